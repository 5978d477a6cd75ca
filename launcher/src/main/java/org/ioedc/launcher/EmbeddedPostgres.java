package org.ioedc.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A PostgreSQL server the product starts and stops itself, with its cluster under the data directory:
 * the default database, so that a new user runs the same engine, SQL and audit guard as production.
 *
 * <p>Layout under the data directory: {@code postgresql-VERSION/} the unpacked programs,
 * {@code postgresql/} the cluster, {@code postgresql.credentials} its passwords.
 *
 * <p>Durability: the cluster is created with data checksums and runs with {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on, so a commit the application was told
 * about is on disk before the answer leaves (test libraries for embedded PostgreSQL turn
 * {@code synchronous_commit} off for speed, which loses the last commits when the server dies).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class.getName());
    private static final String SETTINGS = """

            # Written by the IO-EDC launcher when it created this cluster.
            # Only the product connects, over TCP on the loopback address; no Unix socket.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            # Durability: an acknowledged commit is flushed to disk. These are PostgreSQL's defaults, written
            # out so that a later edit cannot turn them off unnoticed.
            fsync = on
            synchronous_commit = on
            full_page_writes = on
            wal_sync_method = fdatasync
            timezone = 'UTC'
            max_connections = 100
            """;

    private final Path dataDir;
    private final Path cluster;
    private final ServerAccount account;
    private PostgresBinaries binaries;
    private Credentials credentials;
    private int port;
    private boolean running;

    private EmbeddedPostgres(Path dataDir, ServerAccount account) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.cluster = this.dataDir.resolve("postgresql");
        this.account = account;
    }

    /**
     * The embedded server whose cluster lives under {@code dataDir}; when this process is root the server
     * runs as {@code unprivilegedUser} (null for the default, {@value ServerAccount#DEFAULT_USER}).
     */
    public static EmbeddedPostgres in(Path dataDir, String unprivilegedUser) {
        return new EmbeddedPostgres(dataDir, ServerAccount.forThisProcess(unprivilegedUser));
    }

    /**
     * Creates the cluster on first use, stops a server left running by an earlier start that was killed,
     * then starts the server on a free loopback port and waits until it accepts connections.
     */
    public synchronized EmbeddedPostgres start() {
        try {
            Files.createDirectories(dataDir);
            binaries = PostgresBinaries.unpackedUnder(dataDir);
            requireReachable();
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                create();
            }
            credentials = Credentials.read(dataDir.resolve("postgresql.credentials"));
            stopLeftOver();
            port = freePort();
            pgCtl(cluster, port, "start");
            running = true;
            if (!credentials.hasOwner()) {
                credentials = handSchemaToOwner(credentials);
            }
            LOG.info("Embedded PostgreSQL " + PostgresBinaries.version() + " started on 127.0.0.1:" + port
                    + " with its cluster in " + cluster + " (runs as " + account.describe() + ")");
            return this;
        } catch (IOException e) {
            throw new LauncherException("Cannot start the embedded PostgreSQL server in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server (fast shutdown: open transactions roll back, committed ones are kept). */
    public synchronized void stop() {
        if (running) {
            running = false;
            run(List.of(binaries.program("pg_ctl").toString(), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "120", "stop"), false);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Path cluster() {
        return cluster;
    }

    /** The process id of the running postmaster, from its pid file. */
    public Optional<Long> postmasterPid() {
        Path pidFile = cluster.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void create() throws IOException {
        Path partial = dataDir.resolve("postgresql.creating");
        PostgresBinaries.deleteTree(partial);
        Files.createDirectory(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        account.own(partial);
        Credentials fresh = Credentials.random();
        Path passwordFile = Files.createTempFile(dataDir, ".initdb", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, fresh.superuserPassword() + "\n");
            account.own(passwordFile);
            run(List.of(binaries.program("initdb").toString(), "-D", partial.toString(), "-U", Credentials.SUPERUSER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
                    "--data-checksums"), true);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.writeString(partial.resolve("postgresql.conf"), SETTINGS, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        int setupPort = freePort();
        pgCtl(partial, setupPort, "start");
        try {
            createRolesAndDatabase(setupPort, fresh);
        } finally {
            run(List.of(binaries.program("pg_ctl").toString(), "-D", partial.toString(), "-m", "fast", "-w", "stop"), true);
        }
        // The credentials first, then the cluster under its final name: a start that dies in between
        // leaves a partial directory that the next start discards.
        fresh.write(dataDir.resolve("postgresql.credentials"));
        Files.move(partial, cluster);
        LOG.info("Created the embedded PostgreSQL cluster in " + cluster);
    }

    /**
     * The schema's owner owns the database and everything in it; the application's role only gets the
     * privileges the migrations grant it, so it can neither alter nor drop the audit trail's guard.
     * Passwords are our own base64url strings: no quote can occur in them.
     */
    private static void createRolesAndDatabase(int port, Credentials fresh) {
        try (Connection c = superuser(port, fresh, "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + Credentials.OWNER_ROLE + " LOGIN PASSWORD '" + fresh.ownerPassword() + "'");
            s.execute("CREATE ROLE " + Credentials.APPLICATION_ROLE + " LOGIN PASSWORD '" + fresh.applicationPassword() + "'");
            s.execute("CREATE DATABASE " + Credentials.APPLICATION_DATABASE + " OWNER " + Credentials.OWNER_ROLE
                    + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new LauncherException("Cannot create the roles of the new embedded cluster: " + e.getMessage(), e);
        }
        ownPublicSchema(port, fresh);
    }

    /**
     * A cluster made by an earlier version: the application's role owns the database and its tables.
     * Makes the owner role and hands it the database and every object in it, then records its password.
     * Each step may be repeated, so a start killed half-way is completed by the next one.
     */
    private Credentials handSchemaToOwner(Credentials old) throws IOException {
        Credentials next = old.withNewOwner();
        try (Connection c = superuser(port, old, "postgres"); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + Credentials.OWNER_ROLE + "') THEN "
                    + "ALTER ROLE " + Credentials.OWNER_ROLE + " LOGIN PASSWORD '" + next.ownerPassword() + "'; ELSE "
                    + "CREATE ROLE " + Credentials.OWNER_ROLE + " LOGIN PASSWORD '" + next.ownerPassword() + "'; END IF; END $$");
            s.execute("ALTER DATABASE " + Credentials.APPLICATION_DATABASE + " OWNER TO " + Credentials.OWNER_ROLE);
        } catch (SQLException e) {
            throw new LauncherException("Cannot make the schema owner role in the embedded cluster: " + e.getMessage(), e);
        }
        try (Connection c = superuser(port, old, Credentials.APPLICATION_DATABASE); Statement s = c.createStatement()) {
            s.execute("REASSIGN OWNED BY " + Credentials.APPLICATION_ROLE + " TO " + Credentials.OWNER_ROLE);
        } catch (SQLException e) {
            throw new LauncherException("Cannot hand the schema to its owner role: " + e.getMessage(), e);
        }
        ownPublicSchema(port, old);
        next.write(dataDir.resolve("postgresql.credentials"));
        LOG.info("The embedded database now belongs to the role " + Credentials.OWNER_ROLE + "; the application's role "
                + Credentials.APPLICATION_ROLE + " keeps only the privileges the migrations grant it");
        return next;
    }

    /**
     * PostgreSQL 14 lets every role create tables in the public schema; the application's role gets no such
     * right (as on PostgreSQL 15 and later), so every table is the owner's.
     */
    private static void ownPublicSchema(int port, Credentials credentials) {
        try (Connection c = superuser(port, credentials, Credentials.APPLICATION_DATABASE); Statement s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO " + Credentials.OWNER_ROLE);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        } catch (SQLException e) {
            throw new LauncherException("Cannot give the public schema to its owner role: " + e.getMessage(), e);
        }
    }

    private static Connection superuser(int port, Credentials credentials, String database) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        return DriverManager.getConnection(url, Credentials.SUPERUSER, credentials.superuserPassword());
    }

    /**
     * A server still running on this cluster was left by a start that ended without stopping it (the
     * product's process was killed). Only one launcher holds the data directory (see InstanceLock), so
     * that server is nobody's: stop it cleanly before starting afresh.
     */
    private void stopLeftOver() {
        if (!Files.exists(cluster.resolve("postmaster.pid"))) {
            return;
        }
        CommandResult status = run(List.of(binaries.program("pg_ctl").toString(), "-D", cluster.toString(), "status"), false);
        if (status.exitCode() == 0) {
            LOG.warning("Stopping the embedded PostgreSQL server left running by an earlier start that ended abnormally");
            run(List.of(binaries.program("pg_ctl").toString(), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "120", "stop"), true);
        }
    }

    private void pgCtl(Path clusterDir, int serverPort, String action) {
        run(List.of(binaries.program("pg_ctl").toString(), "-D", clusterDir.toString(), "-l",
                clusterDir.resolve("server.log").toString(), "-o", "-p " + serverPort, "-w", "-t", "120", action), true);
    }

    /** The unprivileged account must be able to reach the programs and the data directory. */
    private void requireReachable() {
        if (!account.switchesUser()) {
            return;
        }
        CommandResult r = run(List.of(binaries.program("postgres").toString(), "--version"), false);
        if (r.exitCode() != 0) {
            throw new LauncherException("The embedded PostgreSQL server cannot run as " + account.describe()
                    + " because that account cannot reach " + dataDir + " (" + r.output().trim()
                    + "). Set EDC_DATA_DIR to a directory every account can traverse (for example under /srv or /var/lib), "
                    + "name another account with EDC_DB_OS_USER, or run as a non-root user");
        }
    }

    private CommandResult run(List<String> command, boolean mustSucceed) {
        List<String> full = account.command(command);
        try {
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C");
            pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LauncherException("Timed out: " + String.join(" ", full));
            }
            CommandResult result = new CommandResult(p.exitValue(), output);
            if (mustSucceed && result.exitCode() != 0) {
                throw new LauncherException("Embedded PostgreSQL: `" + String.join(" ", command) + "` failed with exit code "
                        + result.exitCode() + ":\n" + output + serverLogTail());
            }
            return result;
        } catch (IOException e) {
            throw new LauncherException("Cannot run " + full.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while running " + command.get(0), e);
        }
    }

    private String serverLogTail() {
        for (Path log : new Path[] {cluster.resolve("server.log"), dataDir.resolve("postgresql.creating").resolve("server.log")}) {
            try {
                List<String> lines = Files.readAllLines(log);
                return "\nserver log (" + log + "):\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            } catch (IOException e) {
                // no log there
            }
        }
        return "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record CommandResult(int exitCode, String output) {
    }
}
