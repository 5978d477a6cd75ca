package org.ioedc.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ioedc.launcher.Credentials;
import org.ioedc.launcher.EmbeddedPostgres;

/**
 * The PostgreSQL server the black-box tests and benchmarks run on, decided once per test JVM, always
 * PostgreSQL and never without saying which:
 * <ol>
 * <li>a server the user names with {@code -Dit.pg.url} (a JDBC URL of a database to administer from),
 * {@code -Dit.pg.user} and {@code -Dit.pg.password} (a role that may create databases);</li>
 * <li>otherwise the local server on 127.0.0.1:5432, through its superuser {@code postgres} where this
 * machine lets the tests connect as it without a password; the suite makes its own role there;</li>
 * <li>otherwise a PostgreSQL server of the suite's own, embedded exactly as the product embeds it.</li>
 * </ol>
 * Each run makes databases of its own ({@code ioedc_tYYYYMMDDhhmmss_RANDOM_purpose}) and drops them at
 * the end, so two runs on one server never touch each other's data.
 */
final class TestPostgres {

    private static final Pattern RUN_DATABASE = Pattern.compile("ioedc_t(\\d{14})_[0-9a-f]{6}_.*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String LOCAL_ROLE = "ioedc_it";
    private static final String LOCAL_OWNER = "ioedc_it_owner";
    private static TestPostgres instance;

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final Database.Role owner;
    private final Database.Role application;
    private final String description;
    private final EmbeddedPostgres embedded;
    private final Path embeddedDir;
    private final String runId;
    private final List<String> created = new ArrayList<>();

    private TestPostgres(String adminUrl, String adminUser, String adminPassword, Database.Role owner,
            Database.Role application, String description, EmbeddedPostgres embedded, Path embeddedDir) {
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.owner = owner;
        this.application = application;
        this.description = description;
        this.embedded = embedded;
        this.embeddedDir = embeddedDir;
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        this.runId = "t" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + HexFormat.of().formatHex(random);
    }

    static synchronized TestPostgres get() {
        if (instance == null) {
            instance = choose();
            System.out.println("[it-tests] PostgreSQL: " + instance.description);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::release, "it-postgres-release"));
        }
        return instance;
    }

    /**
     * A new, empty database of this run, owned by the role that runs the product's migrations; the product
     * connects as the application's role (the same role on a server named by it.pg.url).
     */
    synchronized Database createDatabase(String purpose) {
        String name = "ioedc_" + runId + "_" + purpose.replaceAll("[^a-z0-9]", "") + (created.size() + 1);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + owner.name() + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + " on " + description + ": " + e.getMessage(), e);
        }
        created.add(name);
        return new Database(jdbcUrl(name), owner, application);
    }

    String description() {
        return description;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    private static TestPostgres choose() {
        String namedUrl = System.getProperty("it.pg.url", "");
        if (!namedUrl.isBlank()) {
            String user = System.getProperty("it.pg.user", "ioedc");
            String password = System.getProperty("it.pg.password", "");
            Database.Role role = new Database.Role(user, password);
            TestPostgres named = new TestPostgres(namedUrl, user, password, role, role,
                    "the server named by it.pg.url (" + namedUrl + ", role " + user + ")", null, null);
            named.verifyAdmin();
            return named;
        }
        String localUrl = "jdbc:postgresql://127.0.0.1:5432/postgres";
        try (Connection c = DriverManager.getConnection(localUrl, "postgres", "");
             Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
            if (r.next() && r.getBoolean(1)) {
                for (String role : List.of(LOCAL_ROLE, LOCAL_OWNER)) {
                    s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                            + "CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "'; END IF; END $$");
                }
                TestPostgres local = new TestPostgres(localUrl, "postgres", "", new Database.Role(LOCAL_OWNER, LOCAL_OWNER),
                        new Database.Role(LOCAL_ROLE, LOCAL_ROLE), "the local server on 127.0.0.1:5432 (superuser postgres; "
                                + "the schema belongs to role " + LOCAL_OWNER + ", the product connects as role " + LOCAL_ROLE + ")",
                        null, null);
                local.dropStaleDatabases();
                return local;
            }
        } catch (SQLException e) {
            System.out.println("[it-tests] the local PostgreSQL server cannot be used (" + e.getMessage()
                    + "); starting an embedded one");
        }
        return embedded();
    }

    private static TestPostgres embedded() {
        try {
            Path dir = Files.createTempDirectory("ioedc-it-postgres",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            EmbeddedPostgres pg = EmbeddedPostgres.in(dir, null).start();
            Credentials cred = pg.credentials();
            return new TestPostgres(pg.jdbcUrl("postgres"), Credentials.SUPERUSER, cred.superuserPassword(),
                    new Database.Role(Credentials.OWNER_ROLE, cred.ownerPassword()),
                    new Database.Role(Credentials.APPLICATION_ROLE, cred.applicationPassword()),
                    "an embedded server of the suite's own (PostgreSQL on 127.0.0.1:" + pg.port() + ")", pg, dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a directory for the embedded PostgreSQL server", e);
        }
    }

    private void verifyAdmin() {
        try (Connection c = admin()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL server named by it.pg.url cannot be used: " + e.getMessage(), e);
        }
    }

    /** Databases of runs that ended more than six hours ago without dropping them (killed runs). */
    private void dropStaleDatabases() {
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minusHours(6);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            ResultSet r = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'ioedc\\_t%'");
            while (r.next()) {
                Matcher m = RUN_DATABASE.matcher(r.getString(1));
                if (m.matches() && LocalDateTime.parse(m.group(1), STAMP).isBefore(cutoff)) {
                    stale.add(r.getString(1));
                }
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.out.println("[it-tests] could not drop stale test databases: " + e.getMessage());
        }
    }

    private void release() {
        if (embedded != null) {
            embedded.stop();
            try (var paths = Files.walk(embeddedDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            } catch (IOException e) {
                System.out.println("[it-tests] could not delete " + embeddedDir + ": " + e.getMessage());
            }
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.out.println("[it-tests] could not drop this run's databases " + created + ": " + e.getMessage());
        }
    }

    /** A connection to one of this run's databases as the role that administers the server (a superuser here). */
    Connection administer(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    private String jdbcUrl(String database) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, adminUser, adminPassword);
    }
}
