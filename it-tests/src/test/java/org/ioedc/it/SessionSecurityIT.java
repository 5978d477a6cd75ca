package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions and credentials (docs/security.md): credentials sent with a session cookie are checked and
 * must name the session's user; Basic calls create no session; only sign-in does, and sign-out ends it.
 */
@ExtendWith(Suite.class)
class SessionSecurityIT {

    private static final String SUBJECTS = "/api/v1/studies/IO-DEMO-01/subjects";

    @Test
    void credentialsSentWithASessionCookieMustBeCorrectAndNameTheSessionsUser() {
        Browser.Session coordinator1 = Browser.signIn("coordinator1", "demo-only");

        var foreign = Browser.send("GET", SUBJECTS, null, "Cookie", coordinator1.cookie(),
                "Authorization", Browser.basic("coordinator2", "demo-only"));
        assertEquals(401, foreign.statusCode(), foreign.body());
        assertFalse(foreign.body().contains("SITE-01"), "no subject of the session's site: " + foreign.body());
        var me = Browser.send("GET", "/api/v1/me", null, "Cookie", coordinator1.cookie(),
                "Authorization", Browser.basic("coordinator2", "demo-only"));
        assertEquals(401, me.statusCode(), me.body());

        var wrongPassword = Browser.send("GET", SUBJECTS, null, "Cookie", coordinator1.cookie(),
                "Authorization", Browser.basic("coordinator1", "wrong-password"));
        assertEquals(401, wrongPassword.statusCode(), wrongPassword.body());
        assertEquals("The user name or password is not correct.", json(wrongPassword).getString("detail"));

        var malformed = Browser.send("GET", SUBJECTS, null, "Cookie", coordinator1.cookie(), "Authorization", "Bearer abc");
        assertEquals(401, malformed.statusCode(), "credentials that cannot be checked do not pass either");

        var same = Browser.send("GET", SUBJECTS, null, "Cookie", coordinator1.cookie(),
                "Authorization", Browser.basic("coordinator1", "demo-only"));
        assertEquals(200, same.statusCode(), same.body());
        var cookieOnly = Browser.send("GET", SUBJECTS, null, "Cookie", coordinator1.cookie());
        assertEquals(200, cookieOnly.statusCode(), cookieOnly.body());
        assertEquals(Set.of("SITE-01"), Json.createReader(new StringReader(cookieOnly.body())).readArray().stream()
                .map(v -> ((JsonObject) v).getString("siteOid")).collect(Collectors.toSet()));
    }

    @Test
    void basicCallsCreateNoSession() {
        var read = Browser.send("GET", "/api/v1/me", null, "Authorization", Browser.basic("coordinator1", "demo-only"));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("coordinator1", json(read).getString("username"));
        assertTrue(read.headers().allValues("Set-Cookie").isEmpty(), "no session: " + read.headers().allValues("Set-Cookie"));

        var change = Browser.send("POST", "/api/v1/ctcae/lab-grade", Api.json("test", "ALT", "value", 121, "upperLimitOfNormal", 40),
                "Authorization", Browser.basic("coordinator1", "demo-only"));
        assertEquals(200, change.statusCode(), change.body());
        assertTrue(change.headers().allValues("Set-Cookie").isEmpty(), "no session: " + change.headers().allValues("Set-Cookie"));

        var refused = Browser.send("GET", "/api/v1/me", null, "Authorization", Browser.basic("nobody", "not-it"));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void signInStartsASessionWithAFreshIdAndSignOutEndsIt() {
        Browser.Session first = Browser.signIn("monitor1", "demo-only");
        assertTrue(first.csrfToken().length() >= 32, first.csrfToken());

        var current = Browser.send("GET", "/api/v1/session", null, "Cookie", first.cookie());
        assertEquals(200, current.statusCode(), current.body());
        assertEquals("monitor1", json(current).getString("username"));
        assertEquals("MONITOR", json(current).getString("role"));
        assertEquals(first.csrfToken(), json(current).getString("csrfToken"));

        // Signing in again with a session cookie in hand (also another user's) never keeps that session id.
        var again = Browser.send("POST", "/api/v1/session", null, "Cookie", first.cookie(),
                "Authorization", Browser.basic("coordinator2", "demo-only"));
        assertEquals(200, again.statusCode(), again.body());
        String second = again.headers().firstValue("Set-Cookie").orElseThrow();
        second = second.substring(0, second.indexOf(';'));
        assertNotEquals(first.cookie(), second);
        assertEquals(401, Browser.send("GET", "/api/v1/me", null, "Cookie", first.cookie()).statusCode(),
                "the replaced session is over");
        assertEquals("coordinator2", json(Browser.send("GET", "/api/v1/me", null, "Cookie", second)).getString("username"));

        String token = json(again).getString("csrfToken");
        assertEquals(403, Browser.send("DELETE", "/api/v1/session", null, "Cookie", second).statusCode(),
                "signing out changes state: it needs the token");
        HttpResponse<String> out = Browser.send("DELETE", "/api/v1/session", null, "Cookie", second, "X-CSRF-Token", token);
        assertEquals(204, out.statusCode(), out.body());
        assertEquals(401, Browser.send("GET", "/api/v1/me", null, "Cookie", second).statusCode());
    }

    @Test
    void signingInNeedsCredentials() {
        var r = Browser.send("POST", "/api/v1/session", null);
        assertEquals(401, r.statusCode());
        assertEquals(401, Browser.send("POST", "/api/v1/session", null,
                "Authorization", Browser.basic("nobody", "wrong")).statusCode());
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }
}
