package org.ioedc.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The database of the black-box suite: a fresh PostgreSQL database when a server is reachable (always
 * in CI), otherwise an embedded H2 file, which the output says plainly.
 */
public final class Database {

    private final boolean postgres;
    private final Map<String, String> env = new HashMap<>();

    private Database(boolean postgres) {
        this.postgres = postgres;
    }

    public static Database forSuite() {
        String url = System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/ioedc_it");
        String user = System.getProperty("it.pg.user", "ioedc");
        String password = System.getProperty("it.pg.password", "ioedc");
        try {
            recreate(url, user, password);
            Database db = new Database(true);
            db.env.put("EDC_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            db.env.put("EDC_DB_URL", url);
            db.env.put("EDC_DB_USER", user);
            db.env.put("EDC_DB_PASSWORD", password);
            db.env.put("EDC_DEMO", "true");
            System.out.println("[it-tests] running on PostgreSQL " + url);
            return db;
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                // Reachable but refusing: a set-up fault to fix, never a reason to test on H2 unnoticed.
                throw new IllegalStateException("PostgreSQL is reachable but the suite cannot use it: " + e.getMessage()
                        + " (the role " + user + " needs LOGIN and CREATEDB, see README)", e);
            }
            System.out.println("[it-tests] PostgreSQL not reachable (" + e.getMessage() + "): running on embedded H2 instead");
            return h2(Path.of(System.getProperty("it.server.dir", "target/server"), "h2-suite"));
        }
    }

    /**
     * A fresh PostgreSQL database of its own, next to the suite's (its name with {@code _suffix}), for a test
     * that restarts the product on data it prepares; empty when PostgreSQL is not reachable.
     */
    public static Optional<Database> separatePostgres(String suffix) {
        String url = System.getProperty("it.pg.url", "jdbc:postgresql://127.0.0.1:5432/ioedc_it") + "_" + suffix;
        String user = System.getProperty("it.pg.user", "ioedc");
        String password = System.getProperty("it.pg.password", "ioedc");
        try {
            recreate(url, user, password);
        } catch (SQLException e) {
            return Optional.empty();
        }
        Database db = new Database(true);
        db.env.put("EDC_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        db.env.put("EDC_DB_URL", url);
        db.env.put("EDC_DB_USER", user);
        db.env.put("EDC_DB_PASSWORD", password);
        db.env.put("EDC_DEMO", "true");
        return Optional.of(db);
    }

    public static Database h2(Path dir) {
        Database db = new Database(false);
        db.env.put("EDC_DB_URL", "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ioedc"));
        return db;
    }

    /** Drops and creates the suite's database, so every run starts empty. */
    private static void recreate(String url, String user, String password) throws SQLException {
        String adminUrl = System.getProperty("it.pg.admin.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String dbName = url.substring(url.lastIndexOf('/') + 1);
        // The suite's role (created by .ci/run, or by hand as README says) may create databases.
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + dbName);
        }
    }

    public boolean isPostgres() {
        return postgres;
    }

    public Map<String, String> env() {
        return Map.copyOf(env);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(env.get("EDC_DB_URL"), env.get("EDC_DB_USER"), env.get("EDC_DB_PASSWORD"));
    }
}
