package org.ioedc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a benchmark's figures into its own section of {@code docs/benchmarks.md}, between the marker
 * comments {@code <!-- id:start -->} and {@code <!-- id:end -->}, so that several benchmarks update one file.
 * The forms module has a twin of this class for the iRECIST benchmark (it cannot see test classes of this one).
 */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** The report file: system property {@code bench.report}, else {@code ../docs/benchmarks.md}. */
    static Path file() {
        return Path.of(System.getProperty("bench.report", "../docs/benchmarks.md"));
    }

    /** Replaces the section {@code id} (markers included) or appends it when the file has none. */
    static void writeSection(String id, String body) {
        Path file = file();
        String start = "<!-- " + id + ":start -->";
        String end = "<!-- " + id + ":end -->";
        String section = start + "\n" + body.strip() + "\n" + end;
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : "# Benchmarks\n\nWritten by `mvn -B verify -Pbench -pl it-tests -am`.\n";
            int s = text.indexOf(start);
            int e = text.indexOf(end);
            String updated;
            if (s >= 0 && e > s) {
                updated = text.substring(0, s) + section + text.substring(e + end.length());
            } else {
                updated = text.stripTrailing() + "\n\n" + section + "\n";
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, updated, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("[bench] wrote section " + id + " of " + file.toAbsolutePath().normalize());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    /** Markdown lines describing the machine; {@code database} may be null. */
    static String machine(String database) {
        StringBuilder b = new StringBuilder();
        b.append("- Date: ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append('\n');
        b.append("- CPU: ").append(Runtime.getRuntime().availableProcessors()).append(" cores available to the JVM")
                .append(cpuModel().map(m -> " (" + m + ")").orElse("")).append('\n');
        b.append("- Memory: ").append(memTotal().orElse("unknown")).append('\n');
        b.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        b.append("- OS: ").append(osRelease().orElse(System.getProperty("os.name"))).append(", kernel ")
                .append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch")).append('\n');
        if (database != null) {
            b.append("- Database: ").append(database).append('\n');
        }
        return b.toString();
    }

    /** MET / NOT MET, for goal tables. */
    static String verdict(boolean met) {
        return met ? "MET" : "NOT MET";
    }

    private static Optional<String> cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name");
    }

    private static Optional<String> memTotal() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal").map(v -> {
            String[] parts = v.trim().split("\\s+");
            try {
                long kb = Long.parseLong(parts[0]);
                return String.format(java.util.Locale.ROOT, "%.1f GiB (MemTotal %s kB)", kb / 1024.0 / 1024.0, parts[0]);
            } catch (NumberFormatException e) {
                return v.trim();
            }
        });
    }

    private static Optional<String> osRelease() {
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", "").trim());
    }

    /** The value after the first {@code key:} or {@code key=} line of a /proc-style file. */
    static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(key.length()).replaceFirst("^\\s*[:=]?\\s*", ""))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A field of {@code /proc/<pid>/status} in kB, e.g. {@code VmRSS}; -1 when unreadable. */
    static long procStatusKb(long pid, String field) {
        return firstValue(Path.of("/proc/" + pid + "/status"), field + ":")
                .map(v -> Arrays.stream(v.trim().split("\\s+")).findFirst().orElse("-1"))
                .map(Long::parseLong).orElse(-1L);
    }
}
