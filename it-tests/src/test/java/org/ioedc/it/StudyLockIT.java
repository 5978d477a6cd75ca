package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Study lock, in a study of its own (locking the shared demo study would stop every other test): refused
 * while queries are open, allowed with an override reason, and then every write is refused.
 */
@ExtendWith(Suite.class)
class StudyLockIT {

    private static final String OID = "IT-LOCK-" + System.currentTimeMillis() % 100000;
    private static final String STUDY = "/api/v1/studies/" + OID;

    private static Api setUp() {
        Api admin = Suite.as("admin");
        assertEquals(201, admin.post("/api/v1/studies", Json.createObjectBuilder().add("oid", OID).add("name", "Lock test")
                .add("modules", Json.createArrayBuilder()).build().toString()).status());
        assertEquals(201, admin.post(STUDY + "/sites", Api.json("oid", "S1", "name", "Site one")).status());
        assertEquals(201, admin.post(STUDY + "/visits", Json.createObjectBuilder().add("oid", "V1").add("name", "Visit 1")
                .add("targetDay", 1).add("forms", Json.createArrayBuilder().add("F.VS")).build().toString()).status());
        assertEquals(201, admin.post("/api/v1/users", Json.createObjectBuilder().add("username", OID.toLowerCase() + ".coord")
                .add("password", "a-long-password").add("role", "COORDINATOR").add("sites", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("studyOid", OID).add("siteOid", "S1"))).build().toString()).status());
        assertEquals(201, admin.post("/api/v1/users", Json.createObjectBuilder().add("username", OID.toLowerCase() + ".dm")
                .add("password", "a-long-password").add("role", "DATA_MANAGER")
                .add("studies", Json.createArrayBuilder().add(OID)).build().toString()).status());
        return new Api(Suite.server().base(), OID.toLowerCase() + ".coord", "a-long-password");
    }

    private static String lock(String state, String reason, String override) {
        var b = Json.createObjectBuilder().add("state", state);
        if (reason != null) {
            b.add("reason", reason);
        }
        if (override != null) {
            b.add("overrideReason", override);
        }
        return b.build().toString();
    }

    @Test
    void studyLockIsRefusedWithOpenQueriesUnlessOverriddenAndThenRefusesEveryWrite() throws SQLException {
        Api coordinator = setUp();
        Api dm = new Api(Suite.server().base(), OID.toLowerCase() + ".dm", "a-long-password");
        assertEquals(201, coordinator.post(STUDY + "/subjects", Api.json("subjectId", "001", "siteOid", "S1",
                "informedConsentDate", "2025-10-01", "firstDoseDate", "2025-10-02")).status());
        String form = STUDY + "/subjects/001/visits/V1/forms/F.VS";
        var saved = coordinator.put(form, Review.save(null, null, "VS.SYSBP", "85", "VS.DIABP", "90"));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(1, saved.json().getJsonArray("queries").size(), "VS-001 opened a query");

        var refused = dm.put(STUDY + "/lock", lock("LOCKED", null, null));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("1 open query"), refused.body());
        assertEquals("OPEN", dm.get(STUDY + "/lock").json().getString("state"));
        assertEquals(403, coordinator.put(STUDY + "/lock", lock("LOCKED", null, "x")).status());
        assertEquals(403, Suite.as("admin").put(STUDY + "/lock", lock("LOCKED", null, "x")).status());
        assertEquals(404, Suite.as("datamanager1").put(STUDY + "/lock", lock("LOCKED", null, "x")).status(),
                "a data manager of another study does not see it");

        var overridden = dm.put(STUDY + "/lock", lock("LOCKED", null, "Interim analysis cut-off; query is on a non-key item"));
        assertEquals(200, overridden.status(), overridden.toString());
        assertEquals("LOCKED", overridden.json().getString("state"));

        var write = coordinator.put(form, Review.save(Review.version(saved), null, "VS.DIABP", "70"));
        assertEquals(409, write.status());
        assertTrue(write.json().getString("detail").contains("study " + OID + " locked by " + OID.toLowerCase() + ".dm"), write.body());
        assertEquals(409, coordinator.post(STUDY + "/subjects", Api.json("subjectId", "002", "siteOid", "S1",
                "informedConsentDate", "2025-10-01")).status(), "no enrolment in a locked study");
        int query = saved.json().getJsonArray("queries").getJsonObject(0).getInt("queryId");
        assertEquals(409, dm.post(STUDY + "/queries/" + query + "/close", Review.text("x")).status());
        assertEquals("LOCKED", coordinator.get(form).json().getString("status"));

        assertEquals(422, dm.put(STUDY + "/lock", lock("OPEN", null, null)).status(), "unlocking needs a reason");
        assertEquals(200, dm.put(STUDY + "/lock", lock("OPEN", "Query to resolve before the final lock", null)).status());
        assertEquals(200, dm.post(STUDY + "/queries/" + query + "/close", Review.text("Confirmed with the site")).status());
        var clean = dm.put(STUDY + "/lock", lock("LOCKED", null, null));
        assertEquals(200, clean.status(), "no open query: locked without override: " + clean);

        List<String> audit = new ArrayList<>();
        try (Connection c = Suite.database().connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT old_value, new_value, reason FROM audit_entry WHERE action = 'LOCK' AND study_oid = ? ORDER BY id")) {
            ps.setString(1, OID);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audit.add(rs.getString(1) + ">" + rs.getString(2) + ": " + rs.getString(3));
                }
            }
        }
        assertEquals(3, audit.size(), audit.toString());
        assertTrue(audit.get(0).startsWith("OPEN>LOCKED: locked with 1 open queries, override: Interim analysis"), audit.get(0));
        assertEquals("LOCKED>OPEN: Query to resolve before the final lock", audit.get(1));
        assertEquals("OPEN>LOCKED: null", audit.get(2));
    }
}
