package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each kind of problem has a stable type URI, with its status and title (docs/api.md, Errors), so that a client
 * can tell a stale version from locked data without reading the detail. One representative of each kind here;
 * the input limits, cross-site refusals and locks assert theirs in their own tests.
 */
@ExtendWith(Suite.class)
class ProblemTypesIT {

    /** The type URI of a kind of problem. */
    static String type(String kind) {
        return "https://ioedc.org/problems/" + kind;
    }

    private static void assertProblem(int status, String kind, String title, Api.Reply r) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(type(kind), r.json().getString("type"), r.body());
        assertEquals(title, r.json().getString("title"), r.body());
        assertEquals(status, r.json().getInt("status"), r.body());
    }

    @Test
    void dataEntryProblemsNameTheirKind() {
        Api coordinator = Suite.as("coordinator1");
        String s = Review.newSubject("PT", "SITE-01");
        var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64"));
        long v = Review.version(saved);

        assertProblem(422, "validation", "Invalid data", coordinator.put(Review.vitals(s), Review.save(v, null, "VS.ECOG", "7")));
        assertProblem(409, "version-conflict", "Version conflict",
                coordinator.put(Review.vitals(s), Review.save(v + 5, null, "VS.PULSE", "65")));
        assertProblem(403, "forbidden", "Forbidden",
                Suite.as("monitor1").put(Review.vitals(s), Review.save(v, null, "VS.PULSE", "65")));
        assertProblem(404, "not-found", "Not found", coordinator.get(Review.STUDY + "/subjects/NO-SUCH-SUBJECT"));
    }

    @Test
    void conflictsOfStateAndDuplicatesAreToldApart() {
        Api admin = Suite.as("admin");
        assertProblem(409, "duplicate", "Already exists",
                admin.post("/api/v1/studies", Api.json("oid", "IO-DEMO-01", "name", "Again", "baselineWindowDays", 28)));
        String s = Review.newSubject("PT", "SITE-01");
        assertProblem(409, "state-conflict", "Not allowed in this state",
                Suite.as("datamanager1").put(Review.STUDY + "/subjects/" + s + "/lock", Course.lock("OPEN", "already open")));
    }

    @Test
    void requestsTheServerCannotTakeNameTheirKind() {
        assertProblem(401, "unauthenticated", "Unauthenticated", new Api(Suite.server().base(), "no-such-user", "wrong-password").get("/api/v1/me"));
        Api coordinator = Suite.basic("coordinator1");
        assertProblem(405, "method-not-allowed", "Method not allowed", coordinator.delete("/api/v1/me"));
        assertProblem(406, "not-acceptable", "Not acceptable", coordinator.get("/api/v1/me", "Accept", "text/csv"));
        assertProblem(400, "malformed-body", "Malformed request body",
                coordinator.raw("POST", Review.STUDY + "/subjects", "application/json", null, false));
    }
}
