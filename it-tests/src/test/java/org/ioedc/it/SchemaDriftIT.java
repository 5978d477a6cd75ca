package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The persistence provider creates nothing any more, so an entity that maps a column no migration made
 * would fail only at the first query touching it. The product compares its entities with the migrated
 * schema at start and refuses to run, naming the column. Here the schema of version 1 lacks one column.
 */
class SchemaDriftIT {

    private static final Path BASELINE = Path.of(System.getProperty("it.migrations.dir", "../ejb/src/main/resources/db/migration"))
            .resolve("V1__baseline.sql");

    @Test
    void aColumnTheEntitiesMapButNoMigrationMadeStopsTheStart() throws Exception {
        Database db = Database.create("drift");
        try (Connection c = db.connectAsOwner(); Statement s = c.createStatement()) {
            s.execute(Files.readString(BASELINE));
            s.execute("ALTER TABLE subject DROP COLUMN screening_number");
        }
        Server server = new Server("drift", db.env());
        assertTrue(server.startFailsWith("column subject.screening_number is missing"),
                "the start names the missing column; see " + server.log());
    }
}
