package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery (docs/security.md): a call that changes data with only the session
 * cookie must send the session's token, and no state-changing call may come from another origin.
 */
@ExtendWith(Suite.class)
class CrossSiteRequestIT {

    private static final String EVIL = "https://evil.example";

    @Test
    void aQueryIsNotClosedByAnotherSitesPageWithTheMonitorsCookie() {
        String query = openQuery();
        Browser.Session monitor = Browser.signIn("monitor1", "demo-only");

        var forged = Browser.send("POST", query + "/close", null, "Cookie", monitor.cookie(), "Origin", EVIL);
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        var noToken = Browser.send("POST", query + "/close", Review.text("forged"), "Cookie", monitor.cookie());
        assertEquals(403, noToken.statusCode(), "the cookie alone proves nothing: " + noToken.body());
        assertTrue(forged.body().contains(ProblemTypesIT.type("csrf")) && noToken.body().contains(ProblemTypesIT.type("csrf")),
                forged.body() + " " + noToken.body());
        var wrongToken = Browser.send("POST", query + "/close", Review.text("forged"), "Cookie", monitor.cookie(),
                "X-CSRF-Token", "guessed");
        assertEquals(403, wrongToken.statusCode(), wrongToken.body());
        var evilWithToken = Browser.send("POST", query + "/close", Review.text("forged"), "Cookie", monitor.cookie(),
                "X-CSRF-Token", monitor.csrfToken(), "Origin", EVIL);
        assertEquals(403, evilWithToken.statusCode(), evilWithToken.body());
        var evilReferer = Browser.send("POST", query + "/close", Review.text("forged"), "Cookie", monitor.cookie(),
                "X-CSRF-Token", monitor.csrfToken(), "Referer", EVIL + "/page.html");
        assertEquals(403, evilReferer.statusCode(), evilReferer.body());
        assertEquals("NEW", Suite.as("monitor1").get(query).json().getString("state"), "nothing changed");

        var own = Browser.send("POST", query + "/close", Review.text("Confirmed in source"), "Cookie", monitor.cookie(),
                "X-CSRF-Token", monitor.csrfToken(), "Origin", Browser.ownOrigin());
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("CLOSED", Suite.as("monitor1").get(query).json().getString("state"));
    }

    @Test
    void aDeviationIsNotAcknowledgedWithTheCookieAlone() {
        String[] raised = DeviationIT.raise(Suite.as("coordinator1"), "SITE-01");
        String deviation = Review.STUDY + "/deviations/" + raised[1];
        Browser.Session monitor = Browser.signIn("monitor1", "demo-only");

        assertEquals(403, Browser.send("POST", deviation + "/acknowledge", null, "Cookie", monitor.cookie(), "Origin", EVIL)
                .statusCode());
        assertEquals(403, Browser.send("POST", deviation + "/acknowledge", null, "Cookie", monitor.cookie()).statusCode());
        assertEquals("OPEN", Suite.as("monitor1").get(deviation).json().getString("status"), "nothing changed");

        HttpResponse<String> own = Browser.send("POST", deviation + "/acknowledge", "{}", "Cookie", monitor.cookie(),
                "X-CSRF-Token", monitor.csrfToken());
        assertEquals(200, own.statusCode(), own.body());
        assertEquals("ACKNOWLEDGED", Suite.as("monitor1").get(deviation).json().getString("status"));
    }

    @Test
    void basicCallsNeedNoTokenButMayNotComeFromAnotherOrigin() {
        String query = openQuery();
        String basic = Browser.basic("monitor1", "demo-only");
        var evil = Browser.send("POST", query + "/close", Review.text("x"), "Authorization", basic, "Origin", EVIL);
        assertEquals(403, evil.statusCode(), "a browser that remembered Basic credentials sends them anywhere: " + evil.body());
        var client = Browser.send("POST", query + "/close", Review.text("Confirmed in source"), "Authorization", basic);
        assertEquals(200, client.statusCode(), client.body());
    }

    @Test
    void readingNeedsNoToken() {
        Browser.Session monitor = Browser.signIn("monitor1", "demo-only");
        assertEquals(200, Browser.send("GET", Review.STUDY + "/subjects", null, "Cookie", monitor.cookie(), "Origin", EVIL)
                .statusCode(), "a read changes nothing; the browser does not let another site read the answer");
    }

    /** A new manual query on a SITE-01 subject's vital signs, opened by monitor1; its path. */
    private static String openQuery() {
        String s = Review.newSubject("CSRF", "SITE-01");
        var saved = Suite.as("coordinator1").put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64"));
        assertEquals(200, saved.status(), saved.toString());
        var opened = Review.openOnVitals(Suite.as("monitor1"), s, "VS.PULSE", "Pulse 64? Source says 46");
        assertEquals(201, opened.status(), opened.toString());
        return Review.STUDY + "/queries/" + opened.json().getInt("id");
    }
}
