package org.ioedc.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.ioedc.web.problem.ProblemType;

/**
 * Refuses cross-site request forgery on calls that change state (every method but GET, HEAD and
 * OPTIONS). A browser adds the session cookie to requests any site makes, so a call authenticated by
 * the cookie alone must prove it comes from the product's own pages by sending the session's token in
 * X-CSRF-Token, which another site can neither read nor set. Any state-changing call that names its
 * origin (Origin, else Referer) must name this server's own. Calls with Basic credentials and no
 * cookie need no token: no browser adds those headers to another site's requests by itself.
 */
@WebFilter(filterName = "CrossSiteRequestGuard", urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteRequestGuard extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private OwnOrigin ownOrigin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            Optional<String> source = Optional.ofNullable(request.getHeader("Origin"))
                    .or(() -> Optional.ofNullable(request.getHeader("Referer")));
            if (source.isPresent() && !ownOrigin.matches(source.get(), request)) {
                ProblemResponse.send(response, ProblemType.CSRF, "A call that changes data must come from this server's own pages.");
                return;
            }
            boolean byCookieAlone = request.getHeader("Authorization") == null && SignedInSession.caller(request).isPresent();
            if (byCookieAlone && !SignedInSession.tokenMatches(request)) {
                ProblemResponse.send(response, ProblemType.CSRF, "A call that changes data in a signed-in session must send the "
                        + "session's token in " + SignedInSession.TOKEN_HEADER + " (answered by POST /api/v1/session).");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
