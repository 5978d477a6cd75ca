package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost: eight coordinators save forms while the product is killed with SIGKILL;
 * after the restart every save that was answered 200 is there, with its value, its version and its audit
 * entry, and the database opens. Three kills per database: the default embedded one (where the
 * PostgreSQL server is killed too, as in a crash of the whole machine's processes) and a PostgreSQL
 * server of the suite's (where only the product dies).
 */
class DurabilityIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final int CLIENTS = 8;
    private static final int KILLS = 3;

    @Test
    void defaultDatabaseKeepsEveryAcknowledgedSaveThroughKills() throws Exception {
        Path dataDir = DefaultDatabase.newDataDir("durability");
        Map<String, String> env = Map.of("EDC_DATA_DIR", dataDir.toString());
        Tally tally = run("durable-default", env, () -> killPostgresOf(dataDir));
        report("default embedded PostgreSQL (server killed too)", tally);
    }

    @Test
    void postgresServerKeepsEveryAcknowledgedSaveThroughKills() throws Exception {
        Database db = Database.create("durability");
        Tally tally = run("durable-pg", db.env(), () -> { });
        report("PostgreSQL server of the suite (" + TestPostgres.get().description() + ")", tally);
    }

    private Tally run(String name, Map<String, String> env, Runnable alsoKill) throws Exception {
        List<Writer> writers = new ArrayList<>();
        Tally tally = new Tally();
        try (Server server = new Server(name + "-0", env).start()) {
            for (int i = 0; i < CLIENTS; i++) {
                writers.add(Writer.enrol(server, i));
            }
            for (int kill = 1; kill <= KILLS; kill++) {
                loadThenKill(server, writers, alsoKill);
                server.start();
                for (Writer w : writers) {
                    w.verifyAfterRestart(server, tally);
                }
            }
        }
        return tally;
    }

    /** All writers save until SIGKILL ends the product (and, for the default database, its PostgreSQL). */
    private static void loadThenKill(Server server, List<Writer> writers, Runnable alsoKill) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Writer w : writers) {
                running.add(pool.submit(() -> w.saveUntilRefused(server)));
            }
            long acknowledgedBefore = writers.stream().mapToLong(w -> w.acknowledged.size()).sum();
            // Mid-load: after a random 2 to 5 s with at least some saves answered in this round.
            Thread.sleep(2000 + ThreadLocalRandom.current().nextInt(3000));
            for (int i = 0; i < 100 && writers.stream().mapToLong(w -> w.acknowledged.size()).sum() <= acknowledgedBefore; i++) {
                Thread.sleep(100);
            }
            alsoKill.run();
            server.kill();
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** SIGKILL for the embedded postmaster and every process of it, as the product's own kill leaves it running. */
    private static void killPostgresOf(Path dataDir) {
        Path pidFile = dataDir.resolve("postgresql").resolve("postmaster.pid");
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no postmaster " + pid));
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(0, postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle p : all) {
                p.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + pidFile, e);
        } catch (Exception e) {
            throw new AssertionError("cannot kill the embedded PostgreSQL server", e);
        }
    }

    private static void report(String database, Tally tally) {
        System.out.printf(Locale.ROOT, "[durability] %s: %d kills, %d saves acknowledged, %d found after restart, %d lost; "
                + "%d saves committed whose answer the kill cut off%n", database, KILLS, tally.acknowledged, tally.found,
                tally.lost.size(), tally.committedUnanswered);
        assertTrue(tally.acknowledged >= KILLS * CLIENTS, "too few saves acknowledged to prove anything: " + tally.acknowledged);
        assertEquals(List.of(), tally.lost, "acknowledged saves missing after restart");
    }

    /** What the verification counted over all kills. */
    private static final class Tally {
        long acknowledged;
        long found;
        long committedUnanswered;
        final List<String> lost = new ArrayList<>();
    }

    /** One coordinator correcting the ALT value of one subject's laboratory form, over and over. */
    private static final class Writer {
        final String user;
        final String subject;
        final String form;
        /** Values answered 200, in order, with the version each answer gave. */
        final Map<String, Long> acknowledged = new HashMap<>();
        final Set<String> verified = new LinkedHashSet<>();
        String lastValue;
        long lastVersion;
        String inFlight;
        int next = 1;

        private Writer(String user, String subject) {
            this.user = user;
            this.subject = subject;
            this.form = STUDY + "/subjects/" + subject + "/visits/SCREENING/forms/F.LB";
        }

        static Writer enrol(Server server, int index) {
            String user = index % 2 == 0 ? "coordinator1" : "coordinator2";
            String site = index % 2 == 0 ? "SITE-01" : "SITE-02";
            String subject = String.format(Locale.ROOT, "DUR-%02d", index);
            var r = new Api(server.base(), user, "demo-only").post(STUDY + "/subjects", Api.json("subjectId", subject,
                    "siteOid", site, "screeningNumber", "S" + subject, "informedConsentDate", "2026-09-01",
                    "firstDoseDate", "2026-09-15"));
            assertEquals(201, r.status(), "enrol " + subject + ": " + r);
            return new Writer(user, subject);
        }

        /** Saves until a request fails: the kill. Only a 200 counts as acknowledged. */
        void saveUntilRefused(Server server) {
            Api api = new Api(server.base(), user, "demo-only");
            while (true) {
                String value = String.valueOf(next);
                String body = lastValue == null
                        ? Api.json("items", jakarta.json.Json.createObjectBuilder().add("LB.LBDAT", "2026-08-30").add("LB.ALT", value).build())
                        : Api.json("version", lastVersion, "items", jakarta.json.Json.createObjectBuilder().add("LB.ALT", value).build());
                inFlight = value;
                Api.Reply r;
                try {
                    r = api.put(form, body);
                } catch (IllegalStateException e) {
                    return; // the connection died with the product
                }
                if (r.status() != 200) {
                    return; // a half-stopped product may refuse; not acknowledged
                }
                long version = r.json().getJsonObject("form").getJsonNumber("version").longValue();
                acknowledged.put(value, version);
                lastValue = value;
                lastVersion = version;
                inFlight = null;
                next++;
            }
        }

        /**
         * The stored form holds the last acknowledged value and version, or the one save after it whose
         * commit the kill cut off from its answer; the audit trail holds every acknowledged value.
         */
        void verifyAfterRestart(Server server, Tally tally) {
            Api api = new Api(server.base(), user, "demo-only");
            var reply = api.get(form);
            assertEquals(200, reply.status(), "the form of " + subject + " after restart: " + reply);
            JsonObject stored = reply.json();
            long version = stored.getJsonNumber("version").longValue();
            String value = stored.getJsonArray("values").stream().map(JsonObject.class::cast)
                    .filter(v -> v.getString("itemOid").equals("LB.ALT")).map(v -> v.getString("value")).findFirst().orElse(null);
            if (version == lastVersion + 1 && inFlight != null && inFlight.equals(value)) {
                tally.committedUnanswered++;
                lastValue = value;
                lastVersion = version;
                next++;
            } else if (version != lastVersion || (lastValue != null && !lastValue.equals(value))) {
                tally.lost.add(subject + ": acknowledged ALT " + lastValue + " at version " + lastVersion + ", found " + value
                        + " at version " + version);
            }
            inFlight = null;
            Set<String> audited = new LinkedHashSet<>();
            api.get(STUDY + "/subjects/" + subject + "/audit?formOid=F.LB&itemOid=LB.ALT").array().stream()
                    .map(JsonObject.class::cast).filter(e -> e.containsKey("newValue") && !e.isNull("newValue"))
                    .forEach(e -> audited.add(e.getString("newValue")));
            for (String ack : acknowledged.keySet()) {
                if (verified.contains(ack)) {
                    continue;
                }
                tally.acknowledged++;
                if (audited.contains(ack)) {
                    tally.found++;
                    verified.add(ack);
                } else {
                    tally.lost.add(subject + ": acknowledged ALT " + ack + " has no audit entry");
                    verified.add(ack);
                }
            }
        }
    }
}
