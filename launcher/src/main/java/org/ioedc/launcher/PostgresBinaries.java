package org.ioedc.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server programs (initdb, pg_ctl, postgres), shipped in a jar from Maven Central as an
 * xz-compressed tar and unpacked once into a directory named by their version.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final String COMPLETE = ".unpacked";

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The version of the packaged server, as Maven resolved it (for example 14.22.0). */
    static String version() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("/ioedc-launcher.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("postgres.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The binaries under {@code parent}, unpacked first if no complete copy is there. */
    static PostgresBinaries unpackedUnder(Path parent) throws IOException {
        requireLinuxX64();
        Path home = parent.resolve("postgresql-" + version());
        if (!Files.exists(home.resolve(COMPLETE))) {
            Files.createDirectories(parent);
            Path partial = Files.createTempDirectory(parent, ".postgresql-unpacking");
            unpack(partial);
            Files.createFile(partial.resolve(COMPLETE));
            deleteTree(home);
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        }
        return new PostgresBinaries(home);
    }

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }

    Path home() {
        return home;
    }

    private static void unpack(Path into) throws IOException {
        try (InputStream raw = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new LauncherException("The PostgreSQL binaries (" + ARCHIVE + ") are not on the class path");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = into.resolve(entry.getName()).normalize();
                    if (!target.startsWith(into)) {
                        throw new LauncherException("The PostgreSQL archive names a path outside its directory: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(target, readableBy(entry.getMode()));
                    }
                }
            }
        }
        // Directories readable and searchable by all: the server may run as another, unprivileged account.
        try (Stream<Path> dirs = Files.walk(into)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(d, readableBy(0755));
            }
        }
    }

    private static Set<PosixFilePermission> readableBy(int mode) {
        Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return perms;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void requireLinuxX64() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.startsWith("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new LauncherException("The embedded PostgreSQL server is packaged for Linux x86-64 only (this is "
                    + os + " " + arch + "); set EDC_DB_URL, EDC_DB_USER and EDC_DB_PASSWORD to use a PostgreSQL server");
        }
    }
}
