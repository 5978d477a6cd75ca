package org.ioedc.launcher;

import fish.payara.micro.PayaraMicro;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The product's entry point ({@code java -jar ioedc-launcher.jar} followed by Payara Micro's own
 * arguments). Without {@code EDC_DB_URL} it starts the embedded PostgreSQL server under
 * {@code EDC_DATA_DIR} (default {@code ./data}) and hands its address to the application; with it, the
 * user's own server is used and nothing is started. Then Payara Micro boots in this same process.
 */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        if (blank(env.get("EDC_DB_URL")) && blank(System.getProperty("edc.db.url"))) {
            try {
                startEmbedded(env);
            } catch (LauncherException e) {
                System.err.println("IO-EDC cannot start: " + e.getMessage());
                System.exit(1);
            }
        } else {
            LOG.info("Using the PostgreSQL server named by EDC_DB_URL; no embedded server started");
        }
        PayaraMicro.main(args);
    }

    private static void startEmbedded(Map<String, String> env) throws Exception {
        Path dataDir = Path.of(blank(env.get("EDC_DATA_DIR")) ? "data" : env.get("EDC_DATA_DIR")).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        InstanceLock lock = InstanceLock.acquire(dataDir);
        EmbeddedPostgres db = EmbeddedPostgres.in(dataDir, env.get("EDC_DB_OS_USER")).start();
        System.setProperty("edc.db.class", "org.postgresql.ds.PGSimpleDataSource");
        System.setProperty("edc.db.url", db.jdbcUrl(Credentials.APPLICATION_DATABASE));
        System.setProperty("edc.db.user", Credentials.APPLICATION_ROLE);
        System.setProperty("edc.db.password", db.credentials().applicationPassword());
        // The application runs the migrations as the schema's owner; its pool connects as the role above.
        System.setProperty("edc.db.migration.user", Credentials.OWNER_ROLE);
        System.setProperty("edc.db.migration.password", db.credentials().ownerPassword());
        System.setProperty("edc.db.embedded", "true");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.stop();
            LOG.info("Embedded PostgreSQL stopped" + (lock.isHeld() ? "" : " (data directory lock already released)"));
        }, "embedded-postgresql-stop"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
