package org.ioedc.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The product as a user starts it: Payara Micro with the built WAR, in its own JVM, on a free port,
 * with the database given by the same EDC_* environment variables as in production.
 */
public final class Server implements AutoCloseable {

    private final Path dir;
    private final Path bundle;
    private final Map<String, String> env;
    private final String name;
    private Process process;
    private int port;
    private long startedNanos;
    private long healthyNanos;

    public Server(String name, Map<String, String> env) {
        this.name = name;
        this.env = env;
        this.dir = Path.of(System.getProperty("it.server.dir", "target/server"));
        this.bundle = Path.of(System.getProperty("it.bundle.dir", "../deploy/target/bundle"));
    }

    /**
     * Starts the product and waits until it is healthy. Payara Micro at times deploys the application but not its
     * /health endpoint (404 for good, a defect still open); such a start is ended and made once more, and the
     * output says so, so that the suite tests the product rather than that start.
     */
    public Server start() {
        launch();
        try {
            awaitHealthy();
        } catch (IllegalStateException firstStart) {
            System.out.println("[it-tests] " + name + ": " + firstStart.getMessage() + "; starting once more");
            launch();
            awaitHealthy();
        }
        return this;
    }

    /**
     * Starts the product expecting its deployment to fail: waits until its log holds {@code expected}, stops it,
     * and says whether the text came (false after 240 s, or when the process ended without writing it).
     */
    public boolean startFailsWith(String expected) {
        launch();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.exists(log()) && Files.readString(log()).contains(expected)) {
                    return true;
                }
                if (!process.isAlive()) {
                    return Files.readString(log()).contains(expected);
                }
                sleep(500);
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log(), e);
        } finally {
            close();
        }
    }

    private void launch() {
        try {
            port = freePort();
            // A fresh Payara root each start: a root left by an earlier run would redeploy its old WAR.
            Path root = dir.resolve("root-" + name);
            if (Files.exists(root)) {
                try (var paths = Files.walk(root)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
            Files.createDirectories(root);
            // Started as deploy/run.sh starts it: the launcher, which starts the embedded PostgreSQL server
            // unless EDC_DB_URL names one, then Payara Micro in the same process.
            List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Duser.timezone=UTC", "-Xmx768m", "-jar",
                    bundle.resolve("ioedc-launcher.jar").toString(), "--deploy", bundle.resolve("ioedc.war").toString(),
                    "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--nohostaware",
                    "--rootdir", root.toString(),
                    "--postbootcommandfile", bundle.resolve("post-boot-commands.asadmin").toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server-" + name + ".log").toFile()));
            pb.environment().keySet().removeIf(k -> k.startsWith("EDC_"));
            pb.environment().putAll(env);
            startedNanos = System.nanoTime();
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        }
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The operating-system id of the server's JVM (for benchmarks reading /proc). */
    public long pid() {
        return process.pid();
    }

    /**
     * Milliseconds from starting the process until /health is UP with the application's checks and the
     * API answers, as polled by {@link #start()} (every 500 ms, so up to 500 ms late).
     */
    public long startupMillis() {
        return (healthyNanos - startedNanos) / 1_000_000;
    }

    /** The server's log file (standard output and error of the process). */
    public Path log() {
        return dir.resolve("server-" + name + ".log");
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see server-" + name + ".log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base().resolve("/health"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                last = "/health " + r.statusCode() + " " + abbreviate(r.body());
                // The application's own readiness check is listed only once the WAR is deployed; Payara
                // answers UP with no checks before that.
                if (r.statusCode() == 200 && r.body().contains("\"database\"") && r.body().startsWith("{\"status\":\"UP\"")
                        && apiAnswers(client)) {
                    healthyNanos = System.nanoTime();
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro did not become healthy in 240 s (last: " + last + "); see server-"
                + name + ".log");
    }

    /**
     * The deployment is complete: Payara publishes the application's OpenAPI document only then, while
     * /health and the authentication mechanism can already answer from a half-deployed application.
     */
    private boolean apiAnswers(HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base().resolve("/openapi"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            System.out.println("[it-tests] " + name + ": /openapi answered " + r.statusCode() + " " + abbreviate(r.body()));
        }
        return r.statusCode() == 200 && r.body().contains("/api/v1/studies/{studyOid}/subjects");
    }

    /** Ends the server's process with SIGKILL, as a crash or an operator's kill -9 would, and waits for it. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
