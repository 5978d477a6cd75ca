package org.ioedc.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * One PostgreSQL database of a test run, and the EDC_* environment that points the product at it: the
 * schema's owner runs the migrations, the application's role is what the product connects as.
 */
public final class Database {

    /** A database role and its password. */
    public record Role(String name, String password) {
    }

    private final String url;
    private final Role owner;
    private final Role application;

    Database(String url, Role owner, Role application) {
        this.url = url;
        this.owner = owner;
        this.application = application;
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

    public String name() {
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    public Role owner() {
        return owner;
    }

    public Role application() {
        return application;
    }

    /** False on a server named by it.pg.url, where the suite has one role only. */
    public boolean separateRoles() {
        return !owner.name().equals(application.name());
    }

    public Map<String, String> env() {
        return Map.of("EDC_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource", "EDC_DB_URL", url,
                "EDC_DB_USER", application.name(), "EDC_DB_PASSWORD", application.password(),
                "EDC_DB_MIGRATION_USER", owner.name(), "EDC_DB_MIGRATION_PASSWORD", owner.password(), "EDC_DEMO", "true");
    }

    /** A connection as the application's role: what the product itself may do. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, application.name(), application.password());
    }

    /** A connection as the schema's owner: what a person holding the owner's password may do around the product. */
    public Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(url, owner.name(), owner.password());
    }

    /** A connection as the server's administrator (a superuser, except on a server named by it.pg.url). */
    public Connection connectAsAdministrator() throws SQLException {
        return TestPostgres.get().administer(name());
    }
}
