package org.ioedc.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The server session of a browser that signed in with POST /api/v1/session: only that call creates
 * one (plain Basic calls never do), and it holds who signed in and the anti-forgery token the session's
 * state-changing calls must send back in {@value #TOKEN_HEADER}.
 */
final class SignedInSession {

    static final String TOKEN_HEADER = "X-CSRF-Token";

    private static final String CALLER = SignedInSession.class.getName() + ".caller";
    private static final String TOKEN = SignedInSession.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignedInSession() {
    }

    /** Who signed in to the request's session, if it has one. */
    static Optional<SessionCaller> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((SessionCaller) attribute(session, CALLER));
    }

    /**
     * Starts a session for the caller and answers its anti-forgery token. A session the request came
     * with is ended first, so a session id planted before sign-in never becomes a signed-in one.
     */
    static String begin(HttpServletRequest request, String name, Set<String> groups) {
        end(request);
        HttpSession session = request.getSession(true);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(CALLER, new SessionCaller(name, groups));
        session.setAttribute(TOKEN, token);
        return token;
    }

    /** The anti-forgery token of the request's signed-in session, if it has one. */
    static Optional<String> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) attribute(session, TOKEN));
    }

    /** Whether the request sends its session's token (compared in constant time). */
    static boolean tokenMatches(HttpServletRequest request) {
        String sent = request.getHeader(TOKEN_HEADER);
        return sent != null && token(request).map(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Another request of the same browser ended it a moment ago.
            }
        }
    }

    private static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
