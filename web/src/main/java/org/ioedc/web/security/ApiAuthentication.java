package org.ioedc.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.ioedc.web.problem.ProblemType;

/**
 * Who is calling: HTTP Basic (RFC 7617) against the identity store, or the session a browser opened
 * with POST /api/v1/session (docs/security.md).
 * <ul>
 *   <li>Credentials on a request are always checked, even when a session cookie comes with them, and must
 *       name the session's user: a cookie never makes wrong or foreign credentials pass.</li>
 *   <li>A Basic call creates no session; only the sign-in call does ({@link SessionResource}).</li>
 *   <li>A client address with too many recent wrong passwords is answered 429 before any check.</li>
 * </ul>
 * Refusals are RFC 9457 problem bodies, like every other API error.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "IO-EDC";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<SessionCaller> session = SignedInSession.caller(request);
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            if (session.isPresent()) {
                return context.notifyContainerAboutLogin(session.get().name(), session.get().groups());
            }
            return context.isProtected()
                    ? unauthorized(response, "This call needs a user name and password (HTTP Basic) or a signed-in session.")
                    : context.doNothing();
        }
        Optional<Duration> wait = throttle.retryAfter(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds() + 1)));
            ProblemResponse.send(response, ProblemType.RATE_LIMITED,
                    "Too many wrong passwords from this address; try again later.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
        if (credential.isEmpty()) {
            return unauthorized(response, "The Authorization header is not valid Basic credentials.");
        }
        CredentialValidationResult result = identityStore.validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(request.getRemoteAddr());
            return unauthorized(response, "The user name or password is not correct.");
        }
        String caller = result.getCallerPrincipal().getName();
        if (session.isPresent() && !session.get().name().equals(caller) && !SessionResource.isSignIn(request)) {
            return unauthorized(response, "The credentials name another user than the signed-in session; sign out first.");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ProblemResponse.send(response, ProblemType.UNAUTHENTICATED, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
