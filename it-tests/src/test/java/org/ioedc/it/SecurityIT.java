package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication, roles and site scope, as seen from outside (demo study users). */
@ExtendWith(Suite.class)
class SecurityIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final String VS_BODY = Api.json("items", jakarta.json.Json.createObjectBuilder()
            .add("VS.VSDAT", "2026-10-06").add("VS.SYSBP", "120").build());

    @Test
    void anonymousCallIsUnauthorizedWithProblemBody() {
        var r = Suite.anonymous().get(STUDY + "/subjects");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(401, r.json().getInt("status"));
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        var r = new Api(Suite.server().base(), "coordinator1", "not-the-password").get(STUDY + "/subjects");
        assertEquals(401, r.status());
        assertEquals("The user name or password is not correct.", r.json().getString("detail"));
    }

    @Test
    void coordinatorsListOnlyTheirSite() {
        assertEquals(Set.of("SITE-01"), sitesListedFor("coordinator1"));
        assertEquals(Set.of("SITE-02"), sitesListedFor("coordinator2"));
        assertEquals(Set.of("SITE-01"), sitesListedFor("monitor1"));
        assertEquals(Set.of("SITE-01", "SITE-02"), sitesListedFor("datamanager1"));
    }

    @Test
    void otherSitesSubjectLooksLikeOneThatDoesNotExist() {
        var foreign = Suite.as("coordinator2").get(STUDY + "/subjects/IO-01-001");
        var missing = Suite.as("coordinator2").get(STUDY + "/subjects/NO-SUCH-1");
        assertEquals(404, foreign.status());
        assertEquals(404, missing.status());
        assertEquals("Subject IO-01-001 not found in study IO-DEMO-01", foreign.json().getString("detail"));
        assertEquals("Subject NO-SUCH-1 not found in study IO-DEMO-01", missing.json().getString("detail"));
        assertEquals(404, Suite.as("coordinator2").get(STUDY + "/subjects/IO-01-001/audit").status());
        assertEquals(404, Suite.as("coordinator2").get(STUDY + "/subjects/IO-01-001/forms").status());
        assertEquals(0, Suite.as("coordinator2").get(STUDY + "/subjects?q=IO-01").array().size());
    }

    @Test
    void coordinatorCannotWriteAnotherSitesSubject() {
        var r = Suite.as("coordinator2").put(STUDY + "/subjects/IO-01-001/visits/C2D1/forms/F.VS", VS_BODY);
        assertEquals(404, r.status());
        assertEquals(404, Suite.as("coordinator1").get(STUDY + "/subjects/IO-01-001/visits/C2D1/forms/F.VS").status(),
                "nothing may have been stored");
        var enrol = Suite.as("coordinator2").post(STUDY + "/subjects", Api.json("subjectId", "IO-X-1", "siteOid", "SITE-01",
                "informedConsentDate", "2025-10-01"));
        assertEquals(404, enrol.status());
    }

    @Test
    void monitorAndDataManagerCannotChangeClinicalData() {
        for (String user : new String[] {"monitor1", "datamanager1"}) {
            var r = Suite.as(user).put(STUDY + "/subjects/IO-01-002/visits/C3D1/forms/F.VS", VS_BODY);
            assertEquals(403, r.status(), user + ": " + r);
            assertTrue(r.json().getString("detail").contains("cannot enter or change clinical data"), r.body());
        }
        assertEquals(404, Suite.as("coordinator1").get(STUDY + "/subjects/IO-01-002/visits/C3D1/forms/F.VS").status());
        assertEquals(403, Suite.as("monitor1").post(STUDY + "/subjects", Api.json("subjectId", "IO-M-1", "siteOid", "SITE-01",
                "informedConsentDate", "2025-10-01")).status());
    }

    @Test
    void monitorReadsOwnSiteOnly() {
        assertEquals(200, Suite.as("monitor1").get(STUDY + "/subjects/IO-01-001").status());
        assertEquals(200, Suite.as("monitor1").get(STUDY + "/subjects/IO-01-001/visits/SCREENING/forms/F.VS").status());
        assertEquals(404, Suite.as("monitor1").get(STUDY + "/subjects/IO-02-001").status());
    }

    @Test
    void onlyAdministratorChangesSetUp() {
        var r = Suite.as("datamanager1").post("/api/v1/studies", Api.json("oid", "X-1", "name", "x"));
        assertEquals(403, r.status());
        assertEquals(403, Suite.as("coordinator1").post(STUDY + "/sites", Api.json("oid", "SITE-99", "name", "x")).status());
        assertEquals(403, Suite.as("monitor1").get("/api/v1/users").status());
    }

    private static Set<String> sitesListedFor(String user) {
        var r = Suite.as(user).get(STUDY + "/subjects");
        assertEquals(200, r.status(), r.toString());
        return r.array().stream().map(v -> ((JsonObject) v).getString("siteOid")).collect(Collectors.toSet());
    }
}
