package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrations own the schema: connected as the application's role, as the product is, nothing can
 * change an audit row, switch the audit guard off, replace it, or drop the table. Each refusal is
 * PostgreSQL's own insufficient privilege: "permission denied" for a change of rows the role was not
 * granted, "must be owner" for the guard and the table. AuditGuardIT shows the guard against the owner.
 */
@ExtendWith(Suite.class)
class SchemaOwnershipIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theApplicationRoleCannotTouchTheAuditTrailOrItsGuard() throws SQLException {
        assumeTrue(Suite.database().separateRoles(), "a server named by it.pg.url gives the suite one role only");
        try (Connection c = Suite.database().connect(); Statement s = c.createStatement()) {
            long before = count(s, "SELECT count(*) FROM audit_entry");
            assertTrue(before > 0, "the demo seed wrote audit rows");
            List<String> refusals = new ArrayList<>();
            for (String sql : List.of(
                    "UPDATE audit_entry SET new_value = 'forged'",
                    "DELETE FROM audit_entry",
                    "TRUNCATE audit_entry",
                    "DROP TRIGGER audit_entry_no_update ON audit_entry",
                    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update",
                    "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
                    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                            + "$$ BEGIN RETURN NEW; END $$",
                    "DROP FUNCTION audit_entry_append_only() CASCADE",
                    "DROP TABLE audit_entry",
                    "ALTER TABLE audit_entry OWNER TO " + Suite.database().application().name())) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                refusals.add(sql + " -> " + refused.getMessage());
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
            }
            assertTrue(refusals.get(0).contains("permission denied"), refusals.get(0));
            assertTrue(refusals.get(3).contains("must be owner"), refusals.get(3));
            assertEquals(before, count(s, "SELECT count(*) FROM audit_entry"));
            assertEquals(2, count(s, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass "
                    + "AND NOT tgisinternal AND tgenabled = 'O'"), "both guard triggers still there and enabled");
        }
    }

    @Test
    void theSchemaBelongsToTheMigrationRoleAndIsAtTheLatestVersion() throws SQLException {
        Database db = Suite.database();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND pg_get_userbyid(c.relowner) <> '"
                    + db.owner().name() + "'"), "every table and sequence belongs to " + db.owner().name());
        }
        try (Connection c = db.connectAsOwner(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            List<String> applied = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
                applied.add(rs.getString(1));
            }
            assertEquals(List.of("1", "2", "3"), applied, "a new database runs every migration from the baseline on");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
