package org.ioedc.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.BadRequestException;
import org.ioedc.edc.common.NotFoundException;

/**
 * Sign-in and sign-out of the browser UI. POST with HTTP Basic credentials starts a session (an
 * HttpOnly, SameSite=Strict cookie) and answers the token that the session's state-changing calls send
 * in X-CSRF-Token; DELETE ends it. API clients need none of this: they send Basic on every call.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    /** The path under the context root (the JAX-RS application is at /api/v1). */
    private static final String PATH = "/api/v1/session";

    @Context
    private HttpServletRequest request;

    @Inject
    private CurrentActor actor;

    /** What a signed-in browser keeps: who it is and the token to send back. */
    public record SessionOut(String username, String role, String csrfToken) {
    }

    /** Whether the request is the sign-in call, the one call whose credentials may replace a session's user. */
    static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && (request.getContextPath() + PATH).equals(request.getRequestURI());
    }

    @POST
    @Operation(summary = "Sign in with HTTP Basic credentials and start a browser session (cookie); answers its CSRF token")
    public Response signIn() {
        if (request.getHeader("Authorization") == null) {
            throw new BadRequestException("Signing in needs the user name and password as HTTP Basic credentials");
        }
        Actor who = actor.get();
        String token = SignedInSession.begin(request, who.username(), Set.of(who.role().name()));
        return Response.ok(new SessionOut(who.username(), who.role().name(), token)).build();
    }

    @GET
    @Operation(summary = "The signed-in session: user, role and CSRF token (404 without a session)")
    public SessionOut current() {
        Actor who = actor.get();
        String token = SignedInSession.token(request)
                .orElseThrow(() -> new NotFoundException("This request has no signed-in session"));
        return new SessionOut(who.username(), who.role().name(), token);
    }

    @DELETE
    @Operation(summary = "Sign out: end the session")
    public Response signOut() {
        SignedInSession.end(request);
        return Response.noContent().build();
    }
}
