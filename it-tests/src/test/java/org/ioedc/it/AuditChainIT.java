package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's hash chain, in a study of its own: an administrator verifies it; a row changed,
 * removed or added by the table's owner behind the product's back is found, at that row. Every tampering
 * is undone before the test ends, so the study verifies again.
 */
@ExtendWith(Suite.class)
class AuditChainIT {

    private static final String OID = "IT-CHAIN-" + System.currentTimeMillis() % 100000;
    private static final String STUDY = "/api/v1/studies/" + OID;
    private static final String VERIFY = STUDY + "/audit/verification";
    private static final String COORDINATOR = OID.toLowerCase() + ".coord";

    private static Api setUp() {
        Api admin = Suite.as("admin");
        assertEquals(201, admin.post("/api/v1/studies", Json.createObjectBuilder().add("oid", OID).add("name", "Chain test")
                .add("modules", Json.createArrayBuilder()).build().toString()).status());
        assertEquals(201, admin.post(STUDY + "/sites", Api.json("oid", "S1", "name", "Site one")).status());
        assertEquals(201, admin.post(STUDY + "/visits", Json.createObjectBuilder().add("oid", "V1").add("name", "Visit 1")
                .add("targetDay", 1).add("forms", Json.createArrayBuilder().add("F.VS")).build().toString()).status());
        assertEquals(201, admin.post("/api/v1/users", Json.createObjectBuilder().add("username", COORDINATOR)
                .add("password", "a-long-password").add("role", "COORDINATOR").add("sites", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("studyOid", OID).add("siteOid", "S1"))).build().toString()).status());
        Api coordinator = new Api(Suite.server().base(), COORDINATOR, "a-long-password");
        for (String subject : List.of("001", "002")) {
            assertEquals(201, coordinator.post(STUDY + "/subjects", Api.json("subjectId", subject, "siteOid", "S1",
                    "informedConsentDate", "2026-10-01", "firstDoseDate", "2026-10-02")).status());
            var saved = coordinator.put(form(subject), Review.save(null, null, "VS.SYSBP", "120", "VS.DIABP", "80"));
            assertEquals(200, saved.status(), saved.toString());
            assertEquals(200, coordinator.put(form(subject), Review.save(Review.version(saved), null, "VS.SYSBP", "128")).status());
        }
        return coordinator;
    }

    private static String form(String subject) {
        return STUDY + "/subjects/" + subject + "/visits/V1/forms/F.VS";
    }

    private static JsonObject verify() {
        var r = Suite.as("admin").get(VERIFY);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static void assertValid(JsonObject v) {
        assertTrue(v.getBoolean("valid"), v.toString());
        assertFalse(v.containsKey("firstBrokenEntry"), v.toString());
    }

    /** Not valid, broken first at the entry with this id and sequence (null: not sent) for this reason. */
    private static void assertBroken(JsonObject v, Long id, Long sequence, String reason) {
        assertFalse(v.getBoolean("valid"), v.toString());
        JsonObject broken = v.getJsonObject("firstBrokenEntry");
        assertEquals(reason, broken.getString("reason"), v.toString());
        assertNumber(sequence, broken, "sequence");
        assertNumber(id, broken, "id");
    }

    private static void assertNumber(Long expected, JsonObject o, String key) {
        if (expected == null) {
            assertFalse(o.containsKey(key), key + " in " + o);
        } else {
            assertEquals(expected.longValue(), o.getJsonNumber(key).longValue(), key + " in " + o);
        }
    }

    @Test
    void anAdministratorVerifiesTheChainAndSeesEachTamperingAtItsRow() throws Exception {
        Api coordinator = setUp();
        JsonObject intact = verify();
        assertValid(intact);
        assertEquals(OID, intact.getString("study"));
        assertEquals(0, intact.getJsonNumber("unchainedEntries").longValue(), "the study began after the chain existed");
        long entries = intact.getJsonNumber("entries").longValue();
        assertTrue(entries >= 10, "set-up, enrolments, values and statuses: " + intact);
        assertEquals(entries, intact.getJsonNumber("lastSequence").longValue());
        assertEquals(64, intact.getString("lastHash").length());

        String anchor = VERIFY + "?anchorSequence=" + entries + "&anchorHash=";
        assertValid(Suite.as("admin").get(anchor + intact.getString("lastHash")).json());
        JsonObject rewritten = Suite.as("admin").get(anchor + "0".repeat(64)).json();
        assertFalse(rewritten.getBoolean("valid"), rewritten.toString());
        assertEquals("anchor mismatch", rewritten.getJsonObject("firstBrokenEntry").getString("reason"), rewritten.toString());
        assertEquals(entries, rewritten.getJsonObject("firstBrokenEntry").getJsonNumber("sequence").longValue());
        var half = Suite.as("admin").get(VERIFY + "?anchorSequence=3");
        assertEquals(422, half.status(), half.toString());
        assertEquals("anchorHash", half.json().getJsonArray("errors").getJsonObject(0).getString("item"));

        assertEquals(403, coordinator.get(VERIFY).status(), "a coordinator of the study may not verify");
        assertEquals(404, Suite.as("datamanager1").get(VERIFY).status(), "a data manager of another study does not see it");
        assertEquals(404, Suite.as("admin").get("/api/v1/studies/NO-SUCH-STUDY/audit/verification").status());
        var system = Suite.as("admin").get("/api/v1/audit/verification");
        assertEquals(200, system.status(), system.toString());
        assertValid(system.json());
        assertTrue(system.json().getJsonNumber("entries").longValue() > 0, "user administration is chained too: " + system);
        assertEquals(403, coordinator.get("/api/v1/audit/verification").status());

        // Tampering around the product needs the schema owner's password: the application's role cannot switch
        // the guard off (SchemaOwnershipIT).
        try (Connection c = Suite.database().connectAsOwner()) {
            c.setAutoCommit(false);
            long[] row = row(c, "select id, chain_sequence from audit_entry where study_oid = ? and subject_key = '002' "
                    + "and item_oid = 'VS.SYSBP' and new_value = '128'");

            // An owner edits a value: the guard trigger stops the role only while it is enabled.
            asOwner(c, "update audit_entry set new_value = '182' where id = " + row[0]);
            assertBroken(verify(), row[0], row[1], "content altered");
            asOwner(c, "update audit_entry set new_value = '128' where id = " + row[0]);
            assertValid(verify());

            // An owner removes a row.
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table removed as select * from audit_entry where id = " + row[0]);
            }
            asOwner(c, "delete from audit_entry where id = " + row[0]);
            assertBroken(verify(), null, row[1], "missing entry");
            asOwner(c, "insert into audit_entry select * from removed");
            assertValid(verify());

            // An owner adds a back-dated entry forged as another user, as if written before the chain existed...
            long forged = nextId(c);
            asOwner(c, "insert into audit_entry (id, recorded_at, username, action, study_oid, site_oid, subject_key, form_oid, "
                    + "visit_oid, item_group_oid, item_oid, old_value, new_value, origin) values (" + forged + ", "
                    + "timestamp '2026-01-05 09:00:00', 'monitor1', 'ITEM_VALUE', '" + OID + "', 'S1', '001', 'F.VS', 'V1', "
                    + "'IG.VS', 'VS.SYSBP', '128', '118', 'SITE')");
            assertBroken(verify(), forged, null, "unexpected entry");
            asOwner(c, "delete from audit_entry where id = " + forged);
            assertValid(verify());

            // ...or as the next link, with a made-up hash, without moving the chain's head.
            long last = verify().getJsonNumber("lastSequence").longValue();
            asOwner(c, "insert into audit_entry (id, recorded_at, username, action, study_oid, site_oid, subject_key, item_oid, "
                    + "new_value, chain_sequence, previous_hash, entry_hash) values (" + forged + ", timestamp '2026-01-05 09:00:00', "
                    + "'monitor1', 'ITEM_VALUE', '" + OID + "', 'S1', '001', 'VS.SYSBP', '118', " + (last + 1) + ", '"
                    + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
            assertBroken(verify(), forged, last + 1, "unexpected entry");
            asOwner(c, "delete from audit_entry where id = " + forged);
        }
        JsonObject restored = verify();
        assertValid(restored);
        assertEquals(entries, restored.getJsonNumber("entries").longValue());
        assertValid(Suite.as("admin").get(anchor + intact.getString("lastHash")).json());
    }

    @Test
    void simultaneousSavesInOneStudyLinkOneChainWithoutAFork() throws Exception {
        String oid = OID + "-P";
        String study = "/api/v1/studies/" + oid;
        Api admin = Suite.as("admin");
        assertEquals(201, admin.post("/api/v1/studies", Json.createObjectBuilder().add("oid", oid).add("name", "Parallel chain")
                .add("modules", Json.createArrayBuilder()).build().toString()).status());
        assertEquals(201, admin.post(study + "/sites", Api.json("oid", "S1", "name", "Site one")).status());
        assertEquals(201, admin.post(study + "/visits", Json.createObjectBuilder().add("oid", "V1").add("name", "Visit 1")
                .add("targetDay", 1).add("forms", Json.createArrayBuilder().add("F.VS")).build().toString()).status());
        String user = oid.toLowerCase() + ".coord";
        assertEquals(201, admin.post("/api/v1/users", Json.createObjectBuilder().add("username", user)
                .add("password", "a-long-password").add("role", "COORDINATOR").add("sites", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("studyOid", oid).add("siteOid", "S1"))).build().toString()).status());
        Api coordinator = new Api(Suite.server().base(), user, "a-long-password");
        int clients = 8;
        for (int i = 0; i < clients; i++) {
            assertEquals(201, coordinator.post(study + "/subjects", Api.json("subjectId", "P" + i, "siteOid", "S1",
                    "informedConsentDate", "2026-10-01", "firstDoseDate", "2026-10-02")).status());
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < clients; i++) {
            String form = study + "/subjects/P" + i + "/visits/V1/forms/F.VS";
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                statuses.add(coordinator.put(form, Review.save(null, null, "VS.SYSBP", "120", "VS.DIABP", "80")).status());
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(java.util.Collections.nCopies(clients, 200), statuses);
        var v = admin.get(study + "/audit/verification");
        assertEquals(200, v.status(), v.toString());
        assertValid(v.json());
        // Set-up (study, site, visit), enrolments, and per save two values and the status.
        assertEquals(3 + clients + 3L * clients, v.json().getJsonNumber("entries").longValue(), v.toString());
    }

    /** The id and chain sequence of the one row the query (with the study as its parameter) finds. */
    private static long[] row(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, OID);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next(), sql);
                long[] row = {rs.getLong(1), rs.getLong(2)};
                assertFalse(rs.next(), "one row: " + sql);
                return row;
            }
        }
    }

    private static long nextId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(id) + 1000000 from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * What the table's owner (the application's own role) can do in one transaction: switch the guard
     * trigger off, change the table, switch it on again, and commit.
     */
    private static void asOwner(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("alter table audit_entry disable trigger audit_entry_no_update");
            s.executeUpdate(sql);
            s.execute("alter table audit_entry enable trigger audit_entry_no_update");
        }
        c.commit();
    }
}
