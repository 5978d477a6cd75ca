package org.ioedc.edc.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A database the product wrote before migrations owned the schema: it has the product's tables but no
 * migration history. Its schema is that of the version that wrote it, extended at each start by the
 * persistence provider; so before it is recorded as version 1 (Flyway's baseline), it gets what that
 * extension and the start-up code of the last such version added, each step only if missing
 * ({@code db/pre-migration/complete-to-v1.sql}).
 */
final class PreMigrationSchema {

    private static final Logger LOG = Logger.getLogger(PreMigrationSchema.class.getName());
    private static final String COMPLETION = "db/pre-migration/complete-to-v1.sql";

    private PreMigrationSchema() {
    }

    static boolean isPresent(Connection c) throws SQLException {
        return hasTable(c, "audit_entry") && !hasTable(c, SchemaMigration.HISTORY_TABLE);
    }

    static void completeToVersion1(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(script());
        }
        LOG.info("A database from before the migrations: completed to the schema of version 1, which it is now recorded as");
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    private static String script() {
        try (InputStream in = PreMigrationSchema.class.getClassLoader().getResourceAsStream(COMPLETION)) {
            if (in == null) {
                throw new IllegalStateException(COMPLETION + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + COMPLETION, e);
        }
    }
}
