package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Throughput and latency of saving the 30-item laboratory form (F.LB) over the REST API, as site
 * coordinators do it: the built product (Payara Micro + WAR) on a fresh PostgreSQL database, 16 concurrent
 * clients, each with its own keep-alive connection and its own session (one sign-in at POST /api/v1/session
 * with HTTP Basic, then the session cookie and its CSRF token, as the UI does). Also start-up time, resident memory and the cost of Basic without a
 * session. Writes its figures into the {@code save-form} section of {@code docs/benchmarks.md}.
 *
 * <p>Each client works through its own subjects: the first entry of F.LB at SCREENING, C1D1, C2D1, C3D1 and
 * C4D1 (30 values; 31 with a comment when the values are a potential Hy's law, which fires edit check LB-002),
 * then a correction of 4 values at each visit (the full form re-sent with the version read). Forms stay
 * IN_PROGRESS, so no reason for change is needed. A warm-up phase is discarded; the measured phase is bounded
 * by time and by the subjects enrolled for it. Every save must answer 200 with the expected LB-002 finding
 * or the benchmark fails; missing a performance goal does not fail it, the report says NOT MET.
 *
 * <p>System properties: {@code bench.clients} (16), {@code bench.warmupSeconds} (20),
 * {@code bench.measureSeconds} (30), {@code bench.basicSamples} (10), {@code bench.jfr} (a file: records a
 * Java Flight Recording of the server during the measured phase), {@code bench.report} (the Markdown file).
 */
class SaveFormBenchmark {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final String PASSWORD = "demo-only";
    private static final List<String> VISITS = List.of("SCREENING", "C1D1", "C2D1", "C3D1", "C4D1");
    /** Sample day of each visit relative to first dose (day 0). */
    private static final int[] VISIT_DAY = {-9, 0, 21, 42, 63};
    /** Saves per subject: first entry at each visit, then a correction at each visit. */
    private static final int SAVES_PER_SUBJECT = 2 * VISITS.size();
    private static final List<String> NUMERIC_ITEMS = List.of("LB.HGB", "LB.WBC", "LB.ANC", "LB.LYM", "LB.EOS",
            "LB.PLAT", "LB.ALP", "LB.GGT", "LB.CREAT", "LB.UREA", "LB.SODIUM", "LB.POTASS", "LB.GLUC", "LB.AMYL",
            "LB.LIPASE", "LB.TSH", "LB.FT4", "LB.CORTISOL", "LB.CRP", "LB.CK", "LB.TROPONIN");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final int clientCount = Integer.getInteger("bench.clients", 16);
    private final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 20);
    private final int measureSeconds = Integer.getInteger("bench.measureSeconds", 30);
    private final int basicSamples = Integer.getInteger("bench.basicSamples", 10);
    private final int soloSaves = Integer.getInteger("bench.soloSaves", 100);
    private final int initialSubjectsPerClient = Integer.getInteger("bench.initialSubjectsPerClient", 25);
    private final int maxSubjectsPerClient = Integer.getInteger("bench.maxSubjectsPerClient", 1500);

    @Test
    void saveLabForm() throws Exception {
        Database db = Database.forSuite();
        String pgVersion = query(db, "select version()");
        String dbName = query(db, "select current_database()");
        String loadBefore = loadAverage();

        try (Server server = new Server("bench", db.env()).start()) {
            long startupMs = server.startupMillis();
            long pid = server.pid();
            String payaraReady = payaraReadyIn(server.log());
            long rssStartKb = BenchmarkReport.procStatusKb(pid, "VmRSS");
            System.out.printf(Locale.ROOT, "[bench] started in %d ms (Payara: %s), VmRSS %d MiB%n", startupMs,
                    payaraReady, rssStartKb / 1024);

            ExecutorService pool = Executors.newFixedThreadPool(clientCount);
            try {
                List<Client> clients = new ArrayList<>();
                for (int i = 0; i < clientCount; i++) {
                    boolean first = i % 2 == 0;
                    clients.add(new Client(server.base(), i, first ? "coordinator1" : "coordinator2",
                            first ? "SITE-01" : "SITE-02"));
                }
                runAll(pool, clients, c -> {
                    c.signIn();
                    c.enrol(initialSubjectsPerClient);
                    return null;
                });

                // Warm-up: discarded, but every save must still succeed.
                long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
                runAll(pool, clients, c -> {
                    c.run(warmupEnd, false);
                    return null;
                });
                int warmupSaves = clients.stream().mapToInt(c -> c.saves).sum();
                System.out.printf(Locale.ROOT, "[bench] warm-up: %d saves in %d s%n", warmupSaves, warmupSeconds);

                // Enough subjects for the measured phase: twice each client's warm-up rate, within a bound.
                runAll(pool, clients, c -> {
                    double rate = (double) c.saves / warmupSeconds;
                    int needed = (int) Math.ceil(rate * measureSeconds * 2) + SAVES_PER_SUBJECT * 2;
                    int missing = needed - c.capacity();
                    if (missing > 0) {
                        c.enrol(Math.min(maxSubjectsPerClient - c.subjects.size(),
                                (missing + SAVES_PER_SUBJECT - 1) / SAVES_PER_SUBJECT));
                    }
                    return null;
                });
                Thread.sleep(1500); // let PostgreSQL's statistics catch up before the snapshot
                Snapshot before = Snapshot.take(db, pid);
                Jfr jfr = Jfr.start(pid);

                long measureStart = System.nanoTime();
                long measureEnd = measureStart + Duration.ofSeconds(measureSeconds).toNanos();
                List<Long> ends = runAll(pool, clients, c -> {
                    c.run(measureEnd, true);
                    return System.nanoTime();
                });
                long measureWallNanos = ends.stream().mapToLong(Long::longValue).max().orElseThrow() - measureStart;
                jfr.stop();
                Thread.sleep(1500);
                Snapshot after = Snapshot.take(db, pid);
                long rssLoadKb = BenchmarkReport.procStatusKb(pid, "VmRSS");
                long hwmKb = BenchmarkReport.procStatusKb(pid, "VmHWM");

                // One client alone: the service time of a save without queueing behind the other 15.
                Client solo = new Client(server.base(), 99, "coordinator1", "SITE-01");
                solo.signIn();
                solo.enrol((soloSaves + SAVES_PER_SUBJECT - 1) / SAVES_PER_SUBJECT);
                solo.runSaves(soloSaves);
                Result alone = Result.of(List.of(solo), 1); // latencies only: no rate for this phase

                // Cost of HTTP Basic without a session: a client without a cookie store, a few sequential calls.
                String probe = STUDY + "/subjects/IO-01-001";
                long[] basic = sequential(server.base(), probe, basicSamples, false);
                long[] session = sequential(server.base(), probe, basicSamples, true);

                Result result = Result.of(clients, measureWallNanos);
                int failures = clients.stream().mapToInt(c -> c.failures).sum() + solo.failures;
                int checkMismatches = clients.stream().mapToInt(c -> c.checkMismatches).sum() + solo.checkMismatches;
                int hyLawExpected = clients.stream().mapToInt(c -> c.hyLawExpected).sum();
                int hyLawFired = clients.stream().mapToInt(c -> c.hyLawFired).sum();
                long exhausted = clients.stream().filter(c -> c.exhausted).count();
                List<String> samples = java.util.stream.Stream.concat(clients.stream(), java.util.stream.Stream.of(solo))
                        .flatMap(c -> c.failureSamples.stream()).limit(5).toList();

                String report = report(pgVersion, dbName, loadBefore, startupMs, payaraReady, rssStartKb, rssLoadKb, hwmKb,
                        warmupSaves, result, alone, before, after, basic, session, probe, failures, checkMismatches,
                        hyLawExpected, hyLawFired, exhausted, jfr);
                System.out.println(report);
                BenchmarkReport.writeSection("save-form", report);

                assertEquals(0, failures, "saves that did not answer 200: " + samples);
                assertEquals(0, checkMismatches, "saves whose LB-002 finding was not as expected: " + samples);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The clients

    /** One coordinator at a browser: own connection, own session, own subjects. */
    private static final class Client {
        final URI base;
        final int index;
        final String user;
        final String site;
        final HttpClient http;
        final CookieManager cookies = new CookieManager();
        String csrfToken = "";
        final Random random;
        final List<String> subjects = new ArrayList<>();
        final Map<String, Map<String, Object>> entered = new HashMap<>();
        final Map<String, Long> versions = new HashMap<>();
        int next;
        int saves;
        boolean exhausted;
        int failures;
        int checkMismatches;
        int hyLawExpected;
        int hyLawFired;
        final List<String> failureSamples = new ArrayList<>();
        Samples createMicros = new Samples();
        Samples updateMicros = new Samples();

        Client(URI base, int index, String user, String site) {
            this.base = base;
            this.index = index;
            this.user = user;
            this.site = site;
            this.random = new Random(1000L + index);
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        /**
         * One sign-in (POST /api/v1/session with Basic, as the browser UI does); afterwards only the session
         * cookie is sent, with the session's CSRF token on changes, so a lost session shows as a 401.
         */
        void signIn() {
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/api/v1/session"))
                    .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(user + " cannot sign in: " + r.statusCode() + " " + r.body());
            }
            List<HttpCookie> jar = cookies.getCookieStore().getCookies();
            if (jar.stream().noneMatch(c -> c.getName().equalsIgnoreCase("JSESSIONID"))) {
                throw new IllegalStateException("no session cookie after sign-in of " + user + ": " + jar);
            }
            csrfToken = Json.createReader(new StringReader(r.body())).readObject().getString("csrfToken");
        }

        void enrol(int count) {
            for (int n = 0; n < count; n++) {
                String id = String.format(Locale.ROOT, "BENCH-%02d-%04d", index, subjects.size() + 1);
                LocalDate consent = LocalDate.of(2025, 1, 5).plusDays(subjects.size() % 90);
                String body = Json.createObjectBuilder().add("subjectId", id).add("siteOid", site)
                        .add("screeningNumber", "S" + id).add("informedConsentDate", consent.toString())
                        .add("firstDoseDate", consent.plusDays(14).toString()).build().toString();
                HttpResponse<String> r = send(json(HttpRequest.newBuilder(base.resolve(STUDY + "/subjects")))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("cannot enrol " + id + ": " + r.statusCode() + " " + r.body());
                }
                subjects.add(id);
            }
        }

        int capacity() {
            return subjects.size() * SAVES_PER_SUBJECT - next;
        }

        /** {@code count} saves, one after the other. */
        void runSaves(int count) {
            for (int i = 0; i < count && capacity() > 0; i++) {
                saveNext(true);
            }
        }

        /** Saves until the deadline or until this client's subjects are used up. */
        void run(long deadline, boolean measured) {
            while (System.nanoTime() < deadline) {
                if (capacity() <= 0) {
                    exhausted = measured;
                    return;
                }
                saveNext(measured);
            }
        }

        private void saveNext(boolean measured) {
            int subjectIndex = next / SAVES_PER_SUBJECT;
            int step = next % SAVES_PER_SUBJECT;
            next++;
            String subject = subjects.get(subjectIndex);
            int visit = step % VISITS.size();
            boolean update = step >= VISITS.size();
            String key = subject + "@" + VISITS.get(visit);
            Map<String, Object> values;
            JsonObjectBuilder body = Json.createObjectBuilder();
            if (update) {
                values = correct(entered.remove(key), random);
                Long version = versions.remove(key);
                if (version == null) {
                    failures++; // its first entry failed
                    return;
                }
                body.add("version", version);
            } else {
                LocalDate firstDose = LocalDate.of(2025, 1, 5).plusDays(subjectIndex % 90).plusDays(14);
                values = labValues(random, firstDose.plusDays(VISIT_DAY[visit]), random.nextInt(100) < 8);
                entered.put(key, values);
            }
            JsonObjectBuilder items = Json.createObjectBuilder();
            values.forEach((oid, v) -> {
                if (v instanceof BigDecimal d) {
                    items.add(oid, d);
                } else if (v instanceof Boolean b) {
                    items.add(oid, b);
                } else {
                    items.add(oid, v.toString());
                }
            });
            String json = body.add("items", items).add("status", "IN_PROGRESS").build().toString();
            String path = STUDY + "/subjects/" + subject + "/visits/" + VISITS.get(visit) + "/forms/F.LB";
            HttpRequest.Builder request = json(HttpRequest.newBuilder(base.resolve(path)))
                    .PUT(HttpRequest.BodyPublishers.ofString(json));
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(request);
            long micros = (System.nanoTime() - t0) / 1000;
            saves++;
            if (r.statusCode() != 200) {
                failures++;
                if (failureSamples.size() < 3) {
                    failureSamples.add(user + " PUT " + path + " -> " + r.statusCode() + " " + r.body());
                }
                return;
            }
            JsonObject reply;
            try (var reader = Json.createReader(new StringReader(r.body()))) {
                reply = reader.readObject();
            }
            if (!update) {
                versions.put(key, reply.getJsonObject("form").getJsonNumber("version").longValue());
            }
            boolean expected = hyLaw(values);
            boolean fired = reply.getJsonArray("findings").stream()
                    .anyMatch(f -> "LB-002".equals(((JsonObject) f).getString("checkId")));
            if (expected != fired) {
                checkMismatches++;
                if (failureSamples.size() < 3) {
                    failureSamples.add("LB-002 expected " + expected + " at " + path + ": " + r.body());
                }
            }
            if (measured) {
                (update ? updateMicros : createMicros).add(micros);
                hyLawExpected += expected ? 1 : 0;
                hyLawFired += fired ? 1 : 0;
            }
        }

        private HttpRequest.Builder json(HttpRequest.Builder b) {
            return b.header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-CSRF-Token", csrfToken);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(user + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Realistic laboratory values

    /**
     * A laboratory panel of an adult on a checkpoint inhibitor: 30 values within reference or mildly abnormal
     * ranges, some immune-related changes (thyroiditis); {@code hyLaw} gives ALT &gt; 3 x ULN with bilirubin
     * &gt; 2 x ULN (immune hepatitis), which fires LB-002, and a comment.
     */
    static Map<String, Object> labValues(Random r, LocalDate date, boolean hyLaw) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("LB.LBDAT", date.toString());
        v.put("LB.FASTING", r.nextInt(3) > 0);
        v.put("LB.HGB", num(r, 95, 165, 0));
        v.put("LB.WBC", num(r, 3.2, 11.5, 1));
        v.put("LB.ANC", num(r, 1.4, 7.8, 2));
        v.put("LB.LYM", num(r, 0.6, 3.6, 2));
        v.put("LB.EOS", num(r, 0.02, 0.65, 2));
        v.put("LB.PLAT", num(r, 140, 430, 0));
        BigDecimal altUln = BigDecimal.valueOf(new int[] {33, 40, 45}[r.nextInt(3)]);
        BigDecimal astUln = BigDecimal.valueOf(new int[] {32, 35, 40}[r.nextInt(3)]);
        BigDecimal biliUln = BigDecimal.valueOf(new int[] {17, 21, 21}[r.nextInt(3)]);
        v.put("LB.ALT", hyLaw ? times(altUln, r, 3.6, 9) : num(r, 9, 58, 0));
        v.put("LB.ALTULN", altUln);
        v.put("LB.AST", hyLaw ? times(astUln, r, 2.5, 7) : num(r, 12, 48, 0));
        v.put("LB.ASTULN", astUln);
        v.put("LB.BILI", hyLaw ? times(biliUln, r, 2.3, 4.5) : num(r, 3, 24, 0));
        v.put("LB.BILIULN", biliUln);
        v.put("LB.ALP", num(r, 38, 160, 0));
        v.put("LB.GGT", num(r, 9, 95, 0));
        BigDecimal creatUln = BigDecimal.valueOf(new int[] {90, 104, 110}[r.nextInt(3)]);
        v.put("LB.CREAT", num(r, 52, 125, 0));
        v.put("LB.CREATULN", creatUln);
        v.put("LB.UREA", num(r, 2.6, 9.5, 1));
        v.put("LB.SODIUM", num(r, 132, 146, 0));
        v.put("LB.POTASS", num(r, 3.3, 5.3, 1));
        v.put("LB.GLUC", num(r, 3.9, 9.8, 1));
        v.put("LB.AMYL", num(r, 25, 130, 0));
        v.put("LB.LIPASE", num(r, 8, 75, 0));
        boolean thyroiditis = r.nextInt(100) < 6;
        v.put("LB.TSH", thyroiditis ? num(r, 8, 35, 1) : num(r, 0.35, 5.2, 2));
        v.put("LB.FT4", thyroiditis ? num(r, 4, 9, 1) : num(r, 10, 23, 1));
        v.put("LB.CORTISOL", num(r, 0.14, 0.62, 2));
        v.put("LB.CRP", num(r, 0.3, 35, 1));
        v.put("LB.CK", num(r, 28, 260, 0));
        v.put("LB.TROPONIN", num(r, 0.003, 0.018, 3));
        if (hyLaw) {
            v.put("LB.COMMENT", "ALT and bilirubin raised, immune-related hepatitis suspected; repeat in 72 h.");
        }
        return v;
    }

    /** The correction: four laboratory values changed by up to 10 %, the full form re-sent. */
    static Map<String, Object> correct(Map<String, Object> entered, Random r) {
        Map<String, Object> v = new LinkedHashMap<>(entered);
        List<String> items = new ArrayList<>(NUMERIC_ITEMS);
        for (int i = 0; i < 4; i++) {
            String oid = items.remove(r.nextInt(items.size()));
            BigDecimal old = (BigDecimal) v.get(oid);
            BigDecimal factor = BigDecimal.valueOf(0.9 + r.nextDouble() * 0.2);
            BigDecimal changed = old.multiply(factor).setScale(old.scale(), RoundingMode.HALF_UP);
            v.put(oid, changed.equals(old) ? old.add(BigDecimal.ONE.movePointLeft(old.scale())) : changed);
        }
        return v;
    }

    /** LB-002 as the product words it: (ALT or AST &gt; 3 x ULN) and bilirubin &gt; 2 x ULN. */
    static boolean hyLaw(Map<String, Object> v) {
        boolean transaminases = above(v, "LB.ALT", "LB.ALTULN", 3) || above(v, "LB.AST", "LB.ASTULN", 3);
        return transaminases && above(v, "LB.BILI", "LB.BILIULN", 2);
    }

    private static boolean above(Map<String, Object> v, String value, String uln, int times) {
        return ((BigDecimal) v.get(value)).compareTo(((BigDecimal) v.get(uln)).multiply(BigDecimal.valueOf(times))) > 0;
    }

    private static BigDecimal num(Random r, double low, double high, int scale) {
        return BigDecimal.valueOf(low + r.nextDouble() * (high - low)).setScale(scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal times(BigDecimal uln, Random r, double low, double high) {
        return uln.multiply(BigDecimal.valueOf(low + r.nextDouble() * (high - low))).setScale(0, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------------------------------------
    // Measuring

    /** A growable array of latencies in microseconds. */
    private static final class Samples {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        static long[] merge(List<Samples> all) {
            long[] merged = all.stream().flatMapToLong(s -> Arrays.stream(s.values, 0, s.size)).toArray();
            Arrays.sort(merged);
            return merged;
        }
    }

    /** Nearest-rank percentile of sorted values, in milliseconds. */
    static double percentileMs(long[] sortedMicros, double p) {
        if (sortedMicros.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length);
        return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, rank - 1))] / 1000.0;
    }

    private record Result(long[] all, long[] creates, long[] updates, double wallSeconds) {
        static Result of(List<Client> clients, long wallNanos) {
            long[] creates = Samples.merge(clients.stream().map(c -> c.createMicros).toList());
            long[] updates = Samples.merge(clients.stream().map(c -> c.updateMicros).toList());
            long[] all = new long[creates.length + updates.length];
            System.arraycopy(creates, 0, all, 0, creates.length);
            System.arraycopy(updates, 0, all, creates.length, updates.length);
            Arrays.sort(all);
            return new Result(all, creates, updates, wallNanos / 1e9);
        }

        double savesPerSecond() {
            return all.length / wallSeconds;
        }

        double meanMs() {
            return Arrays.stream(all).average().orElse(Double.NaN) / 1000.0;
        }
    }

    /** CPU of the server JVM, of PostgreSQL, of this JVM and of the machine, and PostgreSQL's work counters. */
    private record Snapshot(long nanos, double serverCpu, double postgresCpu, double selfCpu, long[] machine,
                            Map<String, Long> database) {
        static Snapshot take(Database db, long serverPid) throws SQLException {
            Map<String, Long> counters = new LinkedHashMap<>();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select xact_commit, xact_rollback, tup_inserted, tup_updated, "
                         + "tup_fetched, tup_returned, blks_hit, blks_read from pg_stat_database where datname = current_database()")) {
                rs.next();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    counters.put(rs.getMetaData().getColumnName(i), rs.getLong(i));
                }
            }
            return new Snapshot(System.nanoTime(), cpuSeconds(ProcessHandle.of(serverPid).orElseThrow()),
                    ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").contains("postgres"))
                            .mapToDouble(SaveFormBenchmark::cpuSeconds).sum(),
                    cpuSeconds(ProcessHandle.current()), machineTicks(), counters);
        }
    }

    private static double cpuSeconds(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** {busy, total} jiffies of the whole machine from /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** Sequential GETs, as a client without (Basic on every call) or with a session cookie; sorted microseconds. */
    private static long[] sequential(URI base, String path, int n, boolean keepSession) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        if (keepSession) {
            b.cookieHandler(new CookieManager());
        }
        HttpClient http = b.build();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("coordinator1:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        long[] micros = new long[n];
        try {
            for (int i = -1; i < n; i++) { // i = -1: the connection (and, with a session, the sign-in), not counted
                HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).GET();
                if (keepSession && i < 0) {
                    r = HttpRequest.newBuilder(base.resolve("/api/v1/session")).timeout(REQUEST_TIMEOUT)
                            .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", basic);
                } else if (!keepSession) {
                    r.header("Authorization", basic);
                }
                long t0 = System.nanoTime();
                HttpResponse<String> resp = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
                long t = (System.nanoTime() - t0) / 1000;
                if (resp.statusCode() != 200) {
                    throw new IllegalStateException("GET " + path + " -> " + resp.statusCode() + " " + resp.body());
                }
                if (i >= 0) {
                    micros[i] = t;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Arrays.sort(micros);
        return micros;
    }

    /** Optional Java Flight Recording of the server during the measured phase ({@code -Dbench.jfr=file}). */
    private record Jfr(long pid, String file) {
        static Jfr start(long pid) {
            String file = System.getProperty("bench.jfr", "");
            Jfr jfr = new Jfr(pid, file.isBlank() ? null : Path.of(file).toAbsolutePath().toString());
            if (jfr.file != null) {
                jfr.jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + jfr.file);
            }
            return jfr;
        }

        void stop() {
            if (file != null) {
                jcmd("JFR.stop", "name=bench");
            }
        }

        private void jcmd(String... args) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid)));
            cmd.addAll(List.of(args));
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                System.out.println("[bench] jcmd " + String.join(" ", args) + ": " + out.strip());
            } catch (IOException e) {
                System.out.println("[bench] jcmd failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------

    private String report(String pgVersion, String dbName, String loadBefore, long startupMs, String payaraReady, long rssStartKb,
                          long rssLoadKb, long hwmKb, int warmupSaves, Result r, Result alone, Snapshot before, Snapshot after,
                          long[] basic, long[] session, String probe, int failures, int checkMismatches,
                          int hyLawExpected, int hyLawFired, long exhausted, Jfr jfr) {
        double p50 = percentileMs(r.all, 50);
        double p95 = percentileMs(r.all, 95);
        double p99 = percentileMs(r.all, 99);
        double rate = r.savesPerSecond();
        double seconds = (after.nanos - before.nanos) / 1e9;
        long saves = r.all.length;
        long[] mb = after.machine;
        long[] ma = before.machine;
        double machineBusy = mb[1] == ma[1] ? Double.NaN : 100.0 * (mb[0] - ma[0]) / (mb[1] - ma[1]);
        Map<String, Long> d = new LinkedHashMap<>();
        after.database.forEach((k, v) -> d.put(k, v - before.database.getOrDefault(k, 0L)));
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder b = new StringBuilder();
        b.append("## Saving a form over the API (`SaveFormBenchmark`)\n\n");
        b.append(BenchmarkReport.machine(pgVersion + " (database `" + dbName + "`, fresh, demo seed)"));
        b.append("- Product: Payara Micro + `ioedc.war` started by the suite's `Server` (`-Xmx768m`), all traffic on 127.0.0.1; "
                + "the clients run on the same machine; load average before the start: " + loadBefore + "\n");
        b.append(String.format(Locale.ROOT, "- Workload: %d clients (coordinator1 at SITE-01 and coordinator2 at SITE-02, half each), "
                + "each with its own keep-alive connection and session (one sign-in at POST /api/v1/session, then the session cookie), saving F.LB "
                + "for its own subjects: first entry at SCREENING, C1D1, C2D1, C3D1, C4D1 (30 values; 31 with a comment when "
                + "the values are a potential Hy's law, about 8 %%, which fires LB-002), then a correction of 4 values at each "
                + "visit (the full form re-sent with its version); forms stay IN_PROGRESS. No think time.\n",
                clientCount));
        b.append(String.format(Locale.ROOT, "- Warm-up %d s (%d saves, discarded); measured %d s: **%d saves** "
                + "(%d first entries, %d corrections), %d failed, LB-002 fired %d times where expected %d%s\n\n",
                warmupSeconds, warmupSaves, measureSeconds, saves, r.creates.length, r.updates.length, failures,
                hyLawFired, hyLawExpected, exhausted > 0 ? "; " + exhausted + " client(s) ran out of subjects" : ""));
        b.append("| Figure | Value | Goal | Verdict |\n|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| Save latency p50 | %.1f ms | | |\n", p50));
        b.append(String.format(Locale.ROOT, "| Save latency p95 | %.1f ms | p95 <= 50 ms | %s |\n", p95,
                BenchmarkReport.verdict(p95 <= 50)));
        b.append(String.format(Locale.ROOT, "| Save latency p99 | %.1f ms | | |\n", p99));
        b.append(String.format(Locale.ROOT, "| Throughput | %.1f saves/s | >= 200 saves/s | %s |\n", rate,
                BenchmarkReport.verdict(rate >= 200)));
        b.append(String.format(Locale.ROOT, "| One client alone (no queueing), p50 / p95 of %d sequential saves | %.1f / %.1f ms | | |\n",
                alone.all.length, percentileMs(alone.all, 50), percentileMs(alone.all, 95)));
        b.append(String.format(Locale.ROOT, "| Start-up, process start until ready (/health UP with the application's database check, API published) | %.1f s (polled every 0.5 s; Payara's own \"ready in\": %s) | reported | |\n",
                startupMs / 1000.0, payaraReady));
        b.append(String.format(Locale.ROOT, "| Resident memory of the server JVM after start-up (VmRSS) | %d MiB | reported | |\n",
                rssStartKb / 1024));
        b.append(String.format(Locale.ROOT, "| Resident memory after the measured phase (VmRSS; peak VmHWM) | %d MiB; %d MiB | reported | |\n",
                rssLoadKb / 1024, hwmKb / 1024));
        b.append(String.format(Locale.ROOT, "| GET `%s` with HTTP Basic and no session (PBKDF2 on every call), median of %d sequential | %.1f ms | reported | |\n",
                probe, basic.length, percentileMs(basic, 50)));
        b.append(String.format(Locale.ROOT, "| The same GET with the session cookie, median of %d sequential | %.1f ms | | |\n\n",
                session.length, percentileMs(session, 50)));
        b.append(String.format(Locale.ROOT, "Details of the measured phase: mean %.1f ms, max %.1f ms; first entries p50 %.1f / p95 %.1f ms, "
                + "corrections p50 %.1f / p95 %.1f ms. ", r.meanMs(), percentileMs(r.all, 100),
                percentileMs(r.creates, 50), percentileMs(r.creates, 95), percentileMs(r.updates, 50), percentileMs(r.updates, 95)));
        double server = (after.serverCpu - before.serverCpu) / seconds;
        double postgres = (after.postgresCpu - before.postgresCpu) / seconds;
        double self = (after.selfCpu - before.selfCpu) / seconds;
        double others = Math.max(0, machineBusy / 100 * cores - server - postgres - self);
        b.append(String.format(Locale.ROOT, "CPU (in cores, over %.1f s): server JVM %.2f, PostgreSQL %.2f, benchmark clients %.2f, "
                + "other processes %.2f; machine busy %.0f %% of %d cores%s. ", seconds, server, postgres, self, others, machineBusy,
                cores, others > 0.2 ? " (**other work on the machine disturbed this run**)" : ""));
        b.append(String.format(Locale.ROOT, "Per save: %.1f ms server CPU; PostgreSQL %.2f transactions, %.1f rows inserted, "
                + "%.1f rows updated, %.1f rows fetched by index, %.1f rows returned.",
                (after.serverCpu - before.serverCpu) * 1000 / Math.max(1, saves), per(d, "xact_commit", saves),
                per(d, "tup_inserted", saves), per(d, "tup_updated", saves), per(d, "tup_fetched", saves),
                per(d, "tup_returned", saves)));
        if (jfr.file() != null) {
            b.append(" A flight recording of the server during the measured phase: `").append(jfr.file()).append("`.");
        }
        b.append('\n');
        return b.toString();
    }

    /** The 1-minute load average of the machine. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static double per(Map<String, Long> d, String key, long saves) {
        return (double) d.getOrDefault(key, 0L) / Math.max(1, saves);
    }

    private static String query(Database db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Payara Micro's own start-up figure, the last "ready in N (ms)" of the log; "n/a" when absent. */
    private static String payaraReadyIn(Path log) {
        try {
            Matcher m = Pattern.compile("ready in ([0-9,.]+) \\(ms\\)").matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            if (last == null) {
                return "n/a";
            }
            return String.format(Locale.ROOT, "%.1f s", Long.parseLong(last.replaceAll("[,.]", "")) / 1000.0);
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private interface Step {
        Object apply(Client c) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> runAll(ExecutorService pool, List<Client> clients, Step step) throws Exception {
        List<Future<Object>> futures = new ArrayList<>();
        for (Client c : clients) {
            futures.add(pool.submit((Callable<Object>) () -> step.apply(c)));
        }
        List<T> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add((T) f.get());
        }
        return results;
    }
}
