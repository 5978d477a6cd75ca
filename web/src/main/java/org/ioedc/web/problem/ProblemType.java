package org.ioedc.web.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * A kind of problem, identified by a stable URI that clients may compare (docs/api.md lists them). The URIs are
 * identifiers, not necessarily resolvable. A title is the same for every occurrence of a kind (RFC 9457 section
 * 3.1.3); what happened in one request is in the problem's detail.
 */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    MALFORMED_BODY("malformed-body", 400, "Malformed request body"),
    UNAUTHENTICATED("unauthenticated", 401, "Unauthenticated"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    CSRF("csrf", 403, "Cross-site request refused"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    VERSION_CONFLICT("version-conflict", 409, "Version conflict"),
    DUPLICATE("duplicate", 409, "Already exists"),
    LOCKED("locked", 409, "Frozen or locked"),
    STATE_CONFLICT("state-conflict", 409, "Not allowed in this state"),
    TOO_LARGE("too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    VALIDATION("validation", 422, "Invalid data"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    INTERNAL("internal-error", 500, "Internal error");

    /** The base of every type URI. */
    public static final String BASE = "https://ioedc.org/problems/";

    private final URI uri;
    private final int status;
    private final String title;

    ProblemType(String name, int status, String title) {
        this.uri = URI.create(BASE + name);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /**
     * The kind for a bare status, as the runtime or the container decides it (JAX-RS's own 404 or 415, an error
     * page): the first kind declared with that status. A status no kind has is answered as {@code about:blank}.
     */
    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status == status).findFirst();
    }
}
