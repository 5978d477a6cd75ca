package org.ioedc.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ioedc.web.problem.ProblemType;

/**
 * An RFC 9457 problem detail. {@code type} is the URI of its kind ({@link ProblemType}), or {@code about:blank} for
 * a status no kind has. {@code errors} names each item at fault for rejected values (the API contract:
 * {@code { "item": OID or field, "message": ... }}).
 */
public record Problem(String type, String title, int status, String detail, List<ItemFault> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One item at fault. */
    public record ItemFault(String item, String message) {
    }

    /** The type of a problem that has no kind beyond its HTTP status (RFC 9457 section 4.2.1). */
    public static final String ABOUT_BLANK = "about:blank";

    public static Problem of(ProblemType type, String detail, List<ItemFault> errors) {
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, errors == null || errors.isEmpty() ? null : errors);
    }

    /** A problem for a status the container or runtime decided: its kind when it has one, else about:blank. */
    public static Problem ofStatus(int status, String detail) {
        return ProblemType.forStatus(status).map(t -> of(t, detail, null)).orElseGet(() -> {
            Response.StatusType known = Response.Status.fromStatusCode(status);
            return new Problem(ABOUT_BLANK, known == null ? "Error" : known.getReasonPhrase(), status, detail, null);
        });
    }

    public static Response response(ProblemType type, String detail, List<ItemFault> errors) {
        return response(of(type, detail, errors));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
