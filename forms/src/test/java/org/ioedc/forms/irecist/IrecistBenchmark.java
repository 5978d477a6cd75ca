package org.ioedc.forms.irecist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue goal: "derive responses for 10,000 subjects with 10 assessments each; goal under 1 second on one
 * core". Generates 10,000 realistic subjects (fixed seed; 3 to 5 target lesions, most with non-target
 * lesions; trajectories with responses up to complete response, stable disease, progression confirmed or
 * not, pseudo-progression that resets, new lesions, non-target progression, lesions not evaluated or too
 * small to measure, confirmation scans early, in window and late), each a baseline and 9 follow-ups, then
 * times {@link IrecistEngine#evaluate} (input validation included) over all of them on one thread, after
 * a warm-up, several times. Writes the {@code irecist} section of {@code docs/benchmarks.md}; a missed goal
 * is reported, not failed.
 *
 * <p>Runs under the {@code bench} profile ({@code mvn -B verify -Pbench -pl it-tests -am}); system properties
 * {@code bench.irecist.subjects} (10000), {@code bench.irecist.warmups} (5), {@code bench.irecist.repetitions}
 * (9), {@code bench.report} (the Markdown file).
 */
class IrecistBenchmark {

    private static final int ASSESSMENTS = 10;
    private static final long SEED = 20261121L;

    private final int subjectCount = Integer.getInteger("bench.irecist.subjects", 10_000);
    private final int warmups = Integer.getInteger("bench.irecist.warmups", 5);
    private final int repetitions = Integer.getInteger("bench.irecist.repetitions", 9);

    /** One subject's input. */
    record Subject(LocalDate firstDose, List<Assessment> assessments, Scenario scenario) {
    }

    enum Scenario { RESPONSE, RESPONSE_THEN_PROGRESSION, STABLE, PROGRESSION, PSEUDO_PROGRESSION, NEW_LESION, NON_TARGET_PROGRESSION }

    @Test
    void derive10000Subjects() {
        Random random = new Random(SEED);
        List<Subject> subjects = new ArrayList<>(subjectCount);
        for (int i = 0; i < subjectCount; i++) {
            subjects.add(generate(random));
        }
        int invalid = 0;
        for (Subject s : subjects) {
            if (!AssessmentValidator.validate(s.firstDose(), s.assessments()).isEmpty()) {
                invalid++;
            }
        }
        assertEquals(0, invalid, "generated input the validator rejects");

        long sink = 0;
        for (int w = 0; w < warmups; w++) {
            sink += pass(subjects).checksum;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[repetitions];
        long[] cpu = new long[repetitions];
        long gcCount = 0;
        long gcMillis = 0;
        Pass last = null;
        for (int rep = 0; rep < repetitions; rep++) {
            long gc0 = gcCount();
            long gcT0 = gcTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = pass(subjects);
            wall[rep] = System.nanoTime() - t0;
            cpu[rep] = threads.getCurrentThreadCpuTime() - c0;
            gcCount += gcCount() - gc0;
            gcMillis += gcTime() - gcT0;
            sink += last.checksum;
        }
        long[] sortedWall = wall.clone();
        Arrays.sort(sortedWall);
        long[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        double bestMs = sortedWall[0] / 1e6;
        double medianMs = sortedWall[repetitions / 2] / 1e6;
        double worstMs = sortedWall[repetitions - 1] / 1e6;
        double medianCpuMs = sortedCpu[repetitions / 2] / 1e6;

        String report = report(bestMs, medianMs, worstMs, medianCpuMs, wall, gcCount, gcMillis, last, subjects, sink);
        System.out.println(report);
        writeSection("irecist", report);
    }

    /** The result of one pass over every subject. */
    private record Pass(long checksum, Map<TimepointResponse, Integer> ibor, int withIupd, int confirmed, int reset,
                        int windowDeviations, int timepoints) {
    }

    private static Pass pass(List<Subject> subjects) {
        long checksum = 0;
        Map<TimepointResponse, Integer> ibor = new EnumMap<>(TimepointResponse.class);
        int withIupd = 0;
        int confirmed = 0;
        int reset = 0;
        int deviations = 0;
        int timepoints = 0;
        for (Subject s : subjects) {
            ResponseEvaluation e = IrecistEngine.evaluate(s.firstDose(), s.assessments());
            TimepointResponse best = e.bestOverallResponse();
            ibor.merge(best == null ? TimepointResponse.NE : best, 1, Integer::sum);
            boolean iupd = false;
            boolean wasReset = false;
            TimepointResponse previous = null;
            for (TimepointResult t : e.timepoints()) {
                timepoints++;
                TimepointResponse r = t.overallResponse();
                if (r != null) {
                    checksum = checksum * 31 + r.ordinal();
                    iupd |= r == TimepointResponse.IUPD;
                    wasReset |= previous == TimepointResponse.IUPD && r.isResponseOrStable();
                }
                deviations += t.confirmationWindowDeviation() ? 1 : 0;
                previous = r;
            }
            withIupd += iupd ? 1 : 0;
            confirmed += e.progressionDate() != null ? 1 : 0;
            reset += wasReset ? 1 : 0;
        }
        return new Pass(checksum, ibor, withIupd, confirmed, reset, deviations, timepoints);
    }

    // ------------------------------------------------------------------------------------------------
    // Generation

    private static final List<String> TARGET_ORGANS = List.of("LIVER", "LIVER", "LUNG", "LUNG", "LYMPH_NODE",
            "LYMPH_NODE", "ADRENAL", "SOFT_TISSUE", "PERITONEUM", "SPLEEN", "KIDNEY");
    private static final List<String> NON_TARGET_ORGANS = List.of("BONE", "PLEURA", "BRAIN", "LYMPH_NODE", "LIVER",
            "SKIN");

    /** A baseline lesion and its size path. */
    private static final class Lesion {
        final String id;
        final String organ;
        final boolean nodal;
        final double baselineMm;

        Lesion(String id, String organ, boolean nodal, double baselineMm) {
            this.id = id;
            this.organ = organ;
            this.nodal = nodal;
            this.baselineMm = baselineMm;
        }
    }

    static Subject generate(Random r) {
        LocalDate firstDose = LocalDate.of(2024, 1, 8).plusDays(r.nextInt(700));
        LocalDate baselineDate = firstDose.minusDays(1 + r.nextInt(21));
        Scenario scenario = scenario(r);

        List<String> organs = new ArrayList<>(TARGET_ORGANS);
        Collections.shuffle(organs, r);
        int tlCount = 3 + r.nextInt(3);
        List<Lesion> targets = new ArrayList<>();
        for (int i = 0; i < tlCount; i++) {
            String organ = organs.get(i);
            boolean nodal = organ.equals("LYMPH_NODE");
            double mm = nodal ? 15 + r.nextInt(31) : 10 + r.nextInt(71);
            targets.add(new Lesion("TL" + (i + 1), organ, nodal, mm));
        }
        int ntlCount = scenario == Scenario.NON_TARGET_PROGRESSION ? 1 + r.nextInt(3) : r.nextInt(10) < 4 ? 0 : 1 + r.nextInt(3);
        List<String> ntlOrgans = new ArrayList<>(NON_TARGET_ORGANS);
        Collections.shuffle(ntlOrgans, r);

        double[] f = trajectory(scenario, r);
        int eventAt = 2 + r.nextInt(4); // follow-up of the new lesion or non-target progression
        boolean confirms = r.nextBoolean(); // new lesion grows (iCPD) or goes away (reset)

        List<Assessment> assessments = new ArrayList<>(ASSESSMENTS);
        assessments.add(new Assessment(baselineDate,
                targets.stream().map(l -> TargetLesion.measured(l.id, l.organ, l.nodal, l.baselineMm)).toList(),
                ntl(ntlCount, ntlOrgans, t -> LesionStatus.PRESENT), List.of()));
        LocalDate date = baselineDate;
        boolean suspected = false;
        double nadir = 1.0;
        boolean newLesionTarget = r.nextBoolean();
        double newLesionMm = 10 + r.nextInt(11);
        for (int t = 1; t < ASSESSMENTS; t++) {
            date = date.plusDays(interval(r, suspected));
            double factor = f[t];
            List<TargetLesion> tl = new ArrayList<>(tlCount);
            int notEvaluated = r.nextInt(1000) < 15 ? r.nextInt(tlCount) : -1;
            for (int i = 0; i < tlCount; i++) {
                Lesion l = targets.get(i);
                if (i == notEvaluated) {
                    tl.add(TargetLesion.notEvaluated(l.id, l.organ, l.nodal));
                    continue;
                }
                double mm = l.baselineMm * factor * (1 + r.nextGaussian() * 0.04);
                if (l.nodal) {
                    // a node keeps a short axis; below 10 mm it is normal (CR)
                    mm = factor < 0.25 ? 5 + r.nextInt(5) : Math.max(4, mm);
                    tl.add(TargetLesion.measured(l.id, l.organ, true, round(r, mm)));
                } else if (factor < 0.12 || mm < 3) {
                    tl.add(TargetLesion.measured(l.id, l.organ, false, BigDecimal.ZERO));
                } else if (mm < 5 && r.nextBoolean()) {
                    tl.add(TargetLesion.tooSmall(l.id, l.organ, false));
                } else {
                    tl.add(TargetLesion.measured(l.id, l.organ, false, round(r, mm)));
                }
            }
            final int ft = t;
            List<NonTargetLesion> ntls = ntl(ntlCount, ntlOrgans, k -> ntlStatus(scenario, factor, ft, eventAt, r));
            List<NewLesion> newLesions = new ArrayList<>();
            if (scenario == Scenario.NEW_LESION && t >= eventAt) {
                if (t > eventAt) {
                    newLesionMm = confirms ? newLesionMm + 4 + r.nextInt(6) : 0;
                }
                newLesions.add(newLesionTarget
                        ? NewLesion.target("NL1", "LIVER", false, BigDecimal.valueOf(newLesionMm))
                        : NewLesion.nonTarget("NL1", "LIVER", t == eventAt ? LesionStatus.PRESENT
                        : confirms ? LesionStatus.INCREASED : LesionStatus.ABSENT));
                if (confirms && t >= eventAt + 2) {
                    newLesions.add(NewLesion.nonTarget("NL2", "BONE", LesionStatus.PRESENT)); // a second new lesion later
                }
            }
            assessments.add(new Assessment(date, tl, ntls, newLesions));
            boolean progressing = factor >= 1.2 * nadir && (factor - nadir) > 0.05;
            suspected = progressing || (t == eventAt && (scenario == Scenario.NEW_LESION
                    || scenario == Scenario.NON_TARGET_PROGRESSION));
            nadir = Math.min(nadir, factor);
        }
        return new Subject(firstDose, assessments, scenario);
    }

    private static Scenario scenario(Random r) {
        int p = r.nextInt(100);
        if (p < 22) {
            return Scenario.RESPONSE;
        }
        if (p < 30) {
            return Scenario.RESPONSE_THEN_PROGRESSION;
        }
        if (p < 50) {
            return Scenario.STABLE;
        }
        if (p < 70) {
            return Scenario.PROGRESSION;
        }
        if (p < 82) {
            return Scenario.PSEUDO_PROGRESSION;
        }
        if (p < 92) {
            return Scenario.NEW_LESION;
        }
        return Scenario.NON_TARGET_PROGRESSION;
    }

    /** The tumour burden, as a fraction of baseline, at each assessment (index 0 = baseline = 1). */
    private static double[] trajectory(Scenario s, Random r) {
        double[] f = new double[ASSESSMENTS];
        f[0] = 1;
        double depth = 0.35 + r.nextDouble() * 0.65;
        double tau = 1 + r.nextDouble() * 2;
        double growth = 0.08 + r.nextDouble() * 0.2;
        int turn = 5 + r.nextInt(3);
        double peak = 1.25 + r.nextDouble() * 0.3;
        int peakAt = 1 + r.nextInt(2);
        double walk = 1;
        for (int t = 1; t < ASSESSMENTS; t++) {
            switch (s) {
                case RESPONSE -> f[t] = 1 - depth * (1 - Math.exp(-t / tau));
                case RESPONSE_THEN_PROGRESSION -> f[t] = t <= turn ? 1 - depth * (1 - Math.exp(-t / tau))
                        : f[t - 1] * (1.3 + r.nextDouble() * 0.3);
                case STABLE -> {
                    walk = Math.max(0.78, Math.min(1.14, walk + r.nextGaussian() * 0.05));
                    f[t] = walk;
                }
                case PROGRESSION -> f[t] = 1 + growth * t;
                case PSEUDO_PROGRESSION -> f[t] = t <= peakAt ? 1 + (peak - 1) * t / peakAt
                        : peak * Math.exp(-(t - peakAt) / (1.2 + tau / 2));
                case NEW_LESION, NON_TARGET_PROGRESSION -> {
                    walk = Math.max(0.7, Math.min(1.1, walk + r.nextGaussian() * 0.04 - 0.02));
                    f[t] = walk;
                }
            }
        }
        return f;
    }

    private static LesionStatus ntlStatus(Scenario s, double factor, int t, int eventAt, Random r) {
        if (r.nextInt(100) < 2) {
            return LesionStatus.NOT_EVALUATED;
        }
        if (s == Scenario.NON_TARGET_PROGRESSION && t >= eventAt) {
            return t == eventAt ? LesionStatus.UNEQUIVOCAL_PROGRESSION
                    : r.nextInt(4) == 0 ? LesionStatus.PRESENT : LesionStatus.INCREASED;
        }
        if (factor < 0.3) {
            return r.nextInt(3) == 0 ? LesionStatus.PRESENT : LesionStatus.ABSENT;
        }
        if (factor > 1.3) {
            return r.nextInt(3) == 0 ? LesionStatus.INCREASED : LesionStatus.PRESENT;
        }
        return LesionStatus.PRESENT;
    }

    private static List<NonTargetLesion> ntl(int count, List<String> organs,
                                             java.util.function.IntFunction<LesionStatus> status) {
        List<NonTargetLesion> list = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            list.add(new NonTargetLesion("NTL" + (k + 1), organs.get(k), status.apply(k)));
        }
        return list;
    }

    /** Days to the next scan: every 6 to 9 weeks; after a suspected progression a confirmation scan. */
    private static int interval(Random r, boolean suspected) {
        if (!suspected) {
            return 42 + r.nextInt(22);
        }
        int p = r.nextInt(100);
        if (p < 5) {
            return 14 + r.nextInt(14); // early: < 28 days
        }
        if (p < 10) {
            return 57 + r.nextInt(28); // late: > 56 days
        }
        return 28 + r.nextInt(29);
    }

    /** Whole millimetres, a fifth of them with one decimal, as radiologists report. */
    private static BigDecimal round(Random r, double mm) {
        return BigDecimal.valueOf(mm).setScale(r.nextInt(5) == 0 ? 1 : 0, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------------------------------------
    // Report

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .filter(c -> c >= 0).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(c -> c >= 0).sum();
    }

    private String report(double bestMs, double medianMs, double worstMs, double medianCpuMs, long[] wall, long gcCount,
                          long gcMillis, Pass last, List<Subject> subjects, long sink) {
        Map<Scenario, Integer> scenarios = new EnumMap<>(Scenario.class);
        subjects.forEach(s -> scenarios.merge(s.scenario(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        b.append("## iRECIST derivation (`IrecistBenchmark`)\n\n");
        b.append(machine());
        b.append(String.format(Locale.ROOT, "- Input: %,d generated subjects (seed %d), %d assessments each (baseline + %d follow-ups), "
                + "3 to 5 target lesions, %d %% with non-target lesions; scenarios %s\n", subjects.size(), SEED, ASSESSMENTS,
                ASSESSMENTS - 1, 100 * subjects.stream().filter(s -> !s.assessments().get(0).nonTargetLesions().isEmpty()).count()
                        / Math.max(1, subjects.size()), scenarios));
        b.append(String.format(Locale.ROOT, "- Derived (last pass): iBOR %s; %,d subjects with an iUPD, %,d with confirmed progression (iCPD), "
                + "%,d with an iUPD reset by a later response or stable disease; %,d confirmation-window deviations flagged; %,d timepoints\n",
                last.ibor(), last.withIupd(), last.confirmed(), last.reset(), last.windowDeviations(), last.timepoints()));
        b.append(String.format(Locale.ROOT, "- Method: `IrecistEngine.evaluate(firstDose, assessments)` (input validation included) for every subject "
                + "on one thread; %d warm-up passes, then %d timed passes; JVM heap max %d MiB; the JIT compiler and GC threads are "
                + "the JVM's own (not pinned to one core); thread CPU time is reported beside wall time\n\n",
                warmups, repetitions, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        b.append("| Figure | Value | Goal | Verdict |\n|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| %,d subjects x %d assessments, median of %d passes (wall) | %.0f ms | < 1 s on one core | %s |\n",
                subjects.size(), ASSESSMENTS, repetitions, medianMs, verdict(medianMs < 1000)));
        b.append(String.format(Locale.ROOT, "| Best pass (wall) | %.0f ms | | |\n", bestMs));
        b.append(String.format(Locale.ROOT, "| Worst pass (wall) | %.0f ms | | |\n", worstMs));
        b.append(String.format(Locale.ROOT, "| Median pass, CPU time of the benchmark thread | %.0f ms | | |\n", medianCpuMs));
        b.append(String.format(Locale.ROOT, "| Per subject (median pass) | %.1f us | | |\n", medianMs * 1000 / subjects.size()));
        b.append(String.format(Locale.ROOT, "\nAll timed passes (ms): %s; garbage collections during them: %d, %d ms in total. "
                + "Checksum %d.\n", Arrays.stream(wall).mapToObj(w -> String.format(Locale.ROOT, "%.0f", w / 1e6)).toList(),
                gcCount, gcMillis, sink & 0xffff));
        return b.toString();
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }

    // Twin of it-tests' BenchmarkReport (test classes are not shared between modules).

    private static String machine() {
        StringBuilder b = new StringBuilder();
        b.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append('\n');
        b.append("- CPU: ").append(Runtime.getRuntime().availableProcessors()).append(" cores available to the JVM")
                .append(procValue(Path.of("/proc/cpuinfo"), "model name").map(m -> " (" + m + ")").orElse("")).append('\n');
        b.append("- Memory: ").append(procValue(Path.of("/proc/meminfo"), "MemTotal").map(v -> {
            String kb = v.trim().split("\\s+")[0];
            return String.format(Locale.ROOT, "%.1f GiB (MemTotal %s kB)", Long.parseLong(kb) / 1024.0 / 1024.0, kb);
        }).orElse("unknown")).append('\n');
        b.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        b.append("- OS: ").append(procValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", "").trim())
                .orElse(System.getProperty("os.name"))).append(", kernel ").append(System.getProperty("os.version")).append(' ')
                .append(System.getProperty("os.arch")).append('\n');
        return b.toString();
    }

    private static Optional<String> procValue(Path file, String key) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(key.length()).replaceFirst("^\\s*[:=]?\\s*", "")).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void writeSection(String id, String body) {
        Path file = Path.of(System.getProperty("bench.report", "../docs/benchmarks.md"));
        String start = "<!-- " + id + ":start -->";
        String end = "<!-- " + id + ":end -->";
        String section = start + "\n" + body.strip() + "\n" + end;
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : "# Benchmarks\n\nWritten by `mvn -B verify -Pbench -pl it-tests -am`.\n";
            int s = text.indexOf(start);
            int e = text.indexOf(end);
            String updated = s >= 0 && e > s ? text.substring(0, s) + section + text.substring(e + end.length())
                    : text.stripTrailing() + "\n\n" + section + "\n";
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, updated, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("[bench] wrote section " + id + " of " + file.toAbsolutePath().normalize());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }
}
