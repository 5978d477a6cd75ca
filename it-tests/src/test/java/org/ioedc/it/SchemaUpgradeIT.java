package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database from before the migrations owned the schema, the way that version left it: the application's
 * role owns the database and every table (it created them), and there is no migration history. Its
 * owner hands it to the migration role (as the start-up message says), and the new version records its
 * schema as version 1 without running it, runs the later migrations, keeps every row and works.
 *
 * <p>The old database is made by this product with no migration role (the application's role runs the
 * migrations and owns everything, as that version did) and then loses its migration history and what
 * later migrations added: version 1 is, statement for statement, the schema that version created.
 */
class SchemaUpgradeIT {

    private static final String DEMO = "/api/v1/studies/IO-DEMO-01";
    private static final String LAB = DEMO + "/subjects/IO-01-003/visits/SCREENING/forms/F.LB";

    @Test
    void aDatabaseFromBeforeTheMigrationsIsBaselinedAndKeepsItsData() throws Exception {
        Database db = Database.create("beforemigrations");
        assumeTrue(db.separateRoles(), "a server named by it.pg.url gives the suite one role only");
        String app = db.application().name();
        String owner = db.owner().name();
        try (Connection c = db.connectAsAdministrator(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " OWNER TO " + app);
        }
        Map<String, String> alone = new HashMap<>(db.env());
        alone.remove("EDC_DB_MIGRATION_USER");
        alone.remove("EDC_DB_MIGRATION_PASSWORD");
        long entriesBefore;
        try (Server old = new Server("before-migrations", alone).start()) {
            Api coordinator = new Api(old.base(), "coordinator1", "demo-only");
            assertEquals(200, coordinator.put(LAB, "{\"items\":{\"LB.LBDAT\":\"2026-10-21\",\"LB.ALT\":\"33.5\"}}").status());
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE flyway_schema_history");
            // Sites had no time zone before the migrations (version 3 adds it).
            s.execute("ALTER TABLE site DROP COLUMN time_zone");
            entriesBefore = count(s, "SELECT count(*) FROM audit_entry");
            assertEquals(0, count(s, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '" + app + "'"),
                    "the application's role owns every table, as before migrations");
        }
        // What the operator does once, as a superuser.
        try (Connection c = db.connectAsAdministrator(); Statement s = c.createStatement()) {
            s.execute("REASSIGN OWNED BY " + app + " TO " + owner);
            s.execute("ALTER DATABASE " + db.name() + " OWNER TO " + owner);
        }

        try (Server upgraded = new Server("after-migrations", db.env()).start()) {
            Api coordinator = new Api(upgraded.base(), "coordinator1", "demo-only");
            var lab = coordinator.get(LAB);
            assertEquals(200, lab.status(), lab.toString());
            assertEquals("33.5", lab.json().getJsonArray("values").getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getString("itemOid").equals("LB.ALT")).findFirst().orElseThrow().getString("value"),
                    "the value saved before the upgrade");
            long version = Review.version(coordinator, LAB);
            assertEquals(200, coordinator.put(LAB, "{\"items\":{\"LB.ALT\":\"35\"},\"version\":" + version
                    + ",\"reasonForChange\":\"transcription error\"}").status());

            var audit = new Api(upgraded.base(), "datamanager1", "demo-only").get(DEMO + "/subjects/IO-01-003/audit?itemOid=LB.ALT");
            assertEquals(200, audit.status(), audit.toString());
            List<String> values = new ArrayList<>();
            audit.array().forEach(e -> values.add(e.asJsonObject().getString("newValue", null)));
            assertEquals(List.of("33.5", "35"), values, "the entry from before the upgrade and the new one: " + audit);

            JsonObject chain = new Api(upgraded.base(), "admin", "demo-only").get(DEMO + "/audit/verification").json();
            assertTrue(chain.getBoolean("valid"), chain.toString());

            try (Connection c = db.connectAsOwner(); Statement s = c.createStatement()) {
                assertTrue(count(s, "SELECT count(*) FROM audit_entry") > entriesBefore, "entries kept and appended");
                try (ResultSet rs = s.executeQuery("SELECT version, type FROM flyway_schema_history ORDER BY installed_rank")) {
                    List<String> history = new ArrayList<>();
                    while (rs.next()) {
                        history.add(rs.getString(1) + " " + rs.getString(2));
                    }
                    assertEquals(List.of("1 BASELINE", "2 SQL", "3 SQL"), history);
                }
            }
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update"));
                assertTrue(refused.getMessage().contains("must be owner"), refused.getMessage());
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
