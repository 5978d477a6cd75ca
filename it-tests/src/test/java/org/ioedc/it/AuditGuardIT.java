package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database itself refuses to rewrite the audit trail, even to the schema's owner while the guard is on.
 * The application's role is refused before the guard is reached: it holds no such privilege (SchemaOwnershipIT).
 */
@ExtendWith(Suite.class)
class AuditGuardIT {

    @Test
    void evenTheOwnerCannotUpdateOrDeleteAuditRows() throws SQLException {
        try (Connection c = Suite.database().connectAsOwner(); Statement s = c.createStatement()) {
            long before = count(s);
            assertTrue(before > 0, "the demo seed wrote audit rows");
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET new_value = 'forged'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
            assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE audit_entry"));
            assertEquals(before, count(s));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_entry WHERE new_value = 'forged'")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }

    @Test
    void auditTimesAreReadableSqlTimestamps() throws SQLException {
        try (Connection c = Suite.database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT data_type, (SELECT count(*) FROM audit_entry "
                     + "WHERE recorded_at > now() AT TIME ZONE 'UTC' - interval '1 day') FROM information_schema.columns "
                     + "WHERE table_name = 'audit_entry' AND column_name = 'recorded_at'")) {
            rs.next();
            assertEquals("timestamp without time zone", rs.getString(1));
            assertTrue(rs.getLong(2) > 0, "the demo seed's entries carry today's UTC time");
        }
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
