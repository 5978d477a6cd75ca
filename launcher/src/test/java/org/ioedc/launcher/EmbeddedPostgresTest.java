package org.ioedc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server as the launcher uses it: created once, durable settings, a commit survives SIGKILL
 * of every PostgreSQL process, a server left running is taken over, a cluster from before the schema
 * owner role gets one, one launcher per data directory.
 * Run as root, it also runs the server as the unprivileged account.
 */
class EmbeddedPostgresTest {

    private static Path dataDir;

    @BeforeAll
    static void dataDirectory() throws Exception {
        // Under the temporary directory, which an unprivileged account can traverse when the test runs as root.
        dataDir = Files.createTempDirectory("ioedc-launcher-test",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        PostgresBinaries.deleteTree(dataDir);
    }

    @Test
    void commitsSurviveKillOfTheServerAndTheClusterIsKeptAcrossStarts() throws Exception {
        EmbeddedPostgres first = EmbeddedPostgres.in(dataDir, null).start();
        try (Connection c = owner(first); Statement s = c.createStatement()) {
            assertEquals("on", setting(s, "synchronous_commit"));
            assertEquals("on", setting(s, "fsync"));
            assertEquals("on", setting(s, "data_checksums"));
            assertEquals("UTF8", setting(s, "server_encoding"));
            s.execute("CREATE TABLE kept (n int)");
            s.execute("INSERT INTO kept SELECT generate_series(1, 1000)");
        }
        assertEquals(ServerAccount.isRoot(), !Files.getOwner(first.cluster()).getName().equals("root"),
                "as root the cluster belongs to the unprivileged account");
        killEveryProcessOf(first);

        EmbeddedPostgres second = EmbeddedPostgres.in(dataDir, null).start();
        try (Connection c = owner(second); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT count(*) FROM kept");
            r.next();
            assertEquals(1000, r.getInt(1), "every committed row after crash recovery");
        }
        // Not stopped: the next start finds it running, as after a kill of the product alone.
        EmbeddedPostgres third = EmbeddedPostgres.in(dataDir, null).start();
        try (Connection c = application(third)) {
            assertTrue(c.isValid(5));
        }
        third.stop();
        assertTrue(Files.notExists(third.cluster().resolve("postmaster.pid")), "stopped cleanly");
    }

    @Test
    void aClusterFromBeforeTheOwnerRoleIsHandedToIt() throws Exception {
        Path dir = Files.createTempDirectory(dataDir, "before-owner");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedPostgres first = EmbeddedPostgres.in(dir, null).start();
        Credentials made = first.credentials();
        // The cluster as the earlier launcher left it: the application's role owns the database and its tables,
        // there is no owner role, and the credentials file has no owner password.
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(Credentials.APPLICATION_DATABASE), Credentials.SUPERUSER,
                made.superuserPassword()); Statement s = c.createStatement()) {
            s.execute("REASSIGN OWNED BY " + Credentials.OWNER_ROLE + " TO " + Credentials.APPLICATION_ROLE);
            s.execute("GRANT CREATE ON SCHEMA public TO PUBLIC");
            s.execute("DROP ROLE " + Credentials.OWNER_ROLE);
        }
        try (Connection c = application(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE audit_entry (id bigint PRIMARY KEY)");
            s.execute("INSERT INTO audit_entry VALUES (1)");
        }
        first.stop();
        Path file = dir.resolve("postgresql.credentials");
        List<String> withoutOwner = Files.readAllLines(file).stream().filter(l -> !l.startsWith("owner.password")).toList();
        Files.write(file, withoutOwner);

        EmbeddedPostgres second = EmbeddedPostgres.in(dir, null).start();
        try {
            assertTrue(second.credentials().ownerPassword() != null, "an owner password was made and kept");
            assertTrue(Files.readString(file).contains("owner.password="), "and written to the credentials file");
            assertEquals(made.applicationPassword(), second.credentials().applicationPassword(), "the application's password stays");
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(Credentials.APPLICATION_DATABASE),
                    Credentials.OWNER_ROLE, second.credentials().ownerPassword()); Statement s = c.createStatement()) {
                assertEquals(Credentials.OWNER_ROLE, single(s, "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry'"));
                assertEquals(Credentials.OWNER_ROLE, single(s, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
                assertEquals("1", single(s, "SELECT count(*) FROM audit_entry"), "the rows are kept");
            }
            try (Connection c = application(second); Statement s = c.createStatement()) {
                assertThrows(java.sql.SQLException.class, () -> s.execute("DROP TABLE audit_entry"), "no longer the application's");
                assertThrows(java.sql.SQLException.class, () -> s.execute("CREATE TABLE own (n int)"), "nor may it create tables");
            }
        } finally {
            second.stop();
        }
    }

    @Test
    void oneLauncherPerDataDirectory() throws Exception {
        Path dir = Files.createTempDirectory("ioedc-lock-test");
        InstanceLock held = InstanceLock.acquire(dir);
        LauncherException refused = assertThrows(LauncherException.class, () -> InstanceLock.acquire(dir));
        assertTrue(refused.getMessage().contains("Another IO-EDC is running"), refused.getMessage());
        assertTrue(held.isHeld());
    }

    private static Connection owner(EmbeddedPostgres pg) throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl(Credentials.APPLICATION_DATABASE), Credentials.OWNER_ROLE,
                pg.credentials().ownerPassword());
    }

    private static Connection application(EmbeddedPostgres pg) throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl(Credentials.APPLICATION_DATABASE), Credentials.APPLICATION_ROLE,
                pg.credentials().applicationPassword());
    }

    private static String single(Statement s, String sql) throws Exception {
        ResultSet r = s.executeQuery(sql);
        r.next();
        return r.getString(1);
    }

    private static String setting(Statement s, String name) throws Exception {
        ResultSet r = s.executeQuery("SHOW " + name);
        r.next();
        return r.getString(1);
    }

    private static void killEveryProcessOf(EmbeddedPostgres pg) throws Exception {
        long pid = pg.postmasterPid().orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }
}
