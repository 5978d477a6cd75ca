package org.ioedc.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** One PostgreSQL database of a test run, and the EDC_* environment that points the product at it. */
public final class Database {

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A fresh database for the black-box suite (or a benchmark) on this run's PostgreSQL server. */
    public static Database forSuite() {
        return TestPostgres.get().createDatabase("suite");
    }

    /** A further fresh database of this run, for a test that needs a product of its own. */
    public static Database create(String purpose) {
        return TestPostgres.get().createDatabase(purpose);
    }

    public String url() {
        return url;
    }

    public Map<String, String> env() {
        return Map.of("EDC_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource", "EDC_DB_URL", url, "EDC_DB_USER", user,
                "EDC_DB_PASSWORD", password, "EDC_DEMO", "true");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
