package org.ioedc.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each item at fault for rejected values (the API
 * contract: {@code { "item": OID or field, "message": ... }}).
 */
public record Problem(String type, String title, int status, String detail, List<ItemFault> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One item at fault. */
    public record ItemFault(String item, String message) {
    }

    public static Response response(int status, String title, String detail, List<ItemFault> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
