package org.ioedc.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ioedc.web.problem.ProblemType;

/**
 * An RFC 9457 problem written straight to the servlet response, for refusals made before a request
 * reaches JAX-RS (authentication, throttling, cross-site checks), so they read like every other API error.
 */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static void send(HttpServletResponse response, ProblemType type, String detail) {
        send(response, type.uri().toString(), type.status(), type.title(), detail);
    }

    static void send(HttpServletResponse response, String type, int status, String title, String detail) {
        SecurityHeaders.apply(response);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).build().toString();
        try {
            response.getWriter().write(body);
        } catch (IOException e) {
            // The client went away; the status is all it would have read anyway.
        }
    }
}
