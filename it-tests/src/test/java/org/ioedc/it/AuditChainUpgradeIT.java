package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A database written before the audit chains existed, on PostgreSQL of its own: its entries become
 * unchained entries covered by a digest, new entries are chained after them, and a later change to an
 * old entry is found. The old schema is made by removing what the chains added.
 */
class AuditChainUpgradeIT {

    private static final String DEMO = "/api/v1/studies/IO-DEMO-01";

    @Test
    void entriesFromBeforeTheChainAreCoveredByItsStart() throws Exception {
        Database db = Database.create("upgrade");
        try (Server first = new Server("upgrade-1", db.env()).start()) {
            Api coordinator = new Api(first.base(), "coordinator1", "demo-only");
            assertEquals(200, coordinator.put(DEMO + "/subjects/IO-01-003/visits/SCREENING/forms/F.LB",
                    "{\"items\":{\"LB.LBDAT\":\"2026-10-21\",\"LB.ALT\":\"33.5\"}}").status());
        }
        long before;
        try (Connection c = db.connectAsOwner(); Statement s = c.createStatement()) {
            // The schema as the version before the chains left it, made before migrations owned the schema.
            s.execute("drop table flyway_schema_history");
            s.execute("drop table audit_chain");
            s.execute("drop index audit_chain_idx");
            s.execute("alter table audit_entry drop column chain_sequence, drop column previous_hash, drop column entry_hash");
            s.execute("alter table site drop column time_zone");
            before = count(s, "select count(*) from audit_entry where study_oid = 'IO-DEMO-01'");
        }

        try (Server second = new Server("upgrade-2", db.env()).start()) {
            Api admin = new Api(second.base(), "admin", "demo-only");
            JsonObject started = verify(admin, DEMO + "/audit/verification");
            assertTrue(started.getBoolean("valid"), started.toString());
            assertEquals(before, started.getJsonNumber("unchainedEntries").longValue(), started.toString());
            assertEquals(0, started.getJsonNumber("entries").longValue(), started.toString());
            JsonObject system = verify(admin, "/api/v1/audit/verification");
            assertTrue(system.getBoolean("valid"), system.toString());
            assertTrue(system.getJsonNumber("unchainedEntries").longValue() > 0, "the demo users: " + system);

            Api coordinator = new Api(second.base(), "coordinator1", "demo-only");
            long version = Review.version(coordinator, DEMO + "/subjects/IO-01-003/visits/SCREENING/forms/F.LB");
            assertEquals(200, coordinator.put(DEMO + "/subjects/IO-01-003/visits/SCREENING/forms/F.LB",
                    "{\"items\":{\"LB.ALT\":\"35\"},\"version\":" + version + "}").status());
            JsonObject chained = verify(admin, DEMO + "/audit/verification");
            assertTrue(chained.getBoolean("valid"), chained.toString());
            assertEquals(before, chained.getJsonNumber("unchainedEntries").longValue());
            assertTrue(chained.getJsonNumber("entries").longValue() >= 1, chained.toString());

            try (Connection c = db.connectAsOwner(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("alter table audit_entry disable trigger audit_entry_no_update");
                s.executeUpdate("update audit_entry set username = 'monitor1' where id = (select min(id) from audit_entry "
                        + "where study_oid = 'IO-DEMO-01' and chain_sequence is null and item_oid is not null)");
                s.execute("alter table audit_entry enable trigger audit_entry_no_update");
                c.commit();
            }
            JsonObject altered = verify(admin, DEMO + "/audit/verification");
            assertFalse(altered.getBoolean("valid"), altered.toString());
            assertEquals("unchained entries altered", altered.getJsonObject("firstBrokenEntry").getString("reason"), altered.toString());
        }
    }

    private static JsonObject verify(Api admin, String path) {
        var r = admin.get(path);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
