package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Response headers, the session cookie, and what anonymous callers learn from /health and /metrics
 * (docs/security.md).
 */
@ExtendWith(Suite.class)
class HeadersIT {

    @Test
    void answersMayNotBeStoredOrSniffedAndDoNotNameTheRuntime() {
        var ok = Browser.send("GET", "/api/v1/studies/IO-DEMO-01/subjects", null,
                "Authorization", Browser.basic("coordinator1", "demo-only"));
        assertEquals(200, ok.statusCode());
        assertProtected(ok);
        var refused = Browser.send("GET", "/api/v1/studies/IO-DEMO-01/subjects", null);
        assertEquals(401, refused.statusCode());
        assertProtected(refused);
        var missing = Browser.send("GET", "/api/v1/studies/NO-SUCH-STUDY/subjects", null,
                "Authorization", Browser.basic("coordinator1", "demo-only"));
        assertEquals(404, missing.statusCode());
        assertProtected(missing);
    }

    @Test
    void anAddressOutsideTheApiIsAProblemThatDoesNotNameTheRuntime() {
        var r = Browser.send("GET", "/no-such-page", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertFalse(r.body().toLowerCase(Locale.ROOT).contains("payara"), r.body());
        assertProtected(r);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String cookie = Browser.signIn("coordinator2", "demo-only").setCookie().toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("; httponly"), cookie);
        assertTrue(cookie.contains("; samesite=strict"), cookie);
    }

    @Test
    void anonymousHealthSaysOnlyTheStatus() {
        var r = Suite.anonymous().get("/health");
        assertEquals(200, r.status(), r.toString());
        JsonObject health = r.json();
        assertEquals("UP", health.getString("status"));
        for (var check : health.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            assertTrue(!check.containsKey("data") || check.getJsonObject("data").isEmpty(), "no data for anonymous callers: " + r.body());
        }
        assertFalse(r.body().contains("users"), r.body());
    }

    @Test
    void metricsAreNotServedToAnonymousCallers() {
        var r = Browser.send("GET", "/metrics", null);
        assertNotEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("jvm") || r.body().contains("connection_pool") || r.body().contains("memory"), r.body());
    }

    private static void assertProtected(HttpResponse<String> r) {
        String where = r.request().method() + " " + r.uri() + " -> " + r.statusCode() + ": ";
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"), where + r.headers().map());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), where + r.headers().map());
        assertTrue(r.headers().firstValue("Server").isEmpty(), where + "Server: " + r.headers().firstValue("Server"));
        assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), where + "X-Powered-By: " + r.headers().firstValue("X-Powered-By"));
    }
}
