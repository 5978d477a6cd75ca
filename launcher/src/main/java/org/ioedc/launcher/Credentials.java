package org.ioedc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded cluster, made at random when the cluster is created and kept beside it
 * in a file only the product's account can read: the superuser ({@code postgres}), the schema's owner
 * ({@code ioedc_owner}, which owns the application database and runs the migrations) and the application's
 * own role ({@code ioedc}, which reads and writes data but owns nothing, so it cannot touch the audit
 * trail's guard). Neither of the last two is a superuser.
 *
 * <p>A cluster made before the schema had an owner of its own has no owner password in its file
 * ({@link #hasOwner()} is false): the launcher then makes the owner and hands it the schema.
 */
public record Credentials(String superuserPassword, String ownerPassword, String applicationPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER_ROLE = "ioedc_owner";
    public static final String APPLICATION_ROLE = "ioedc";
    public static final String APPLICATION_DATABASE = "ioedc";

    static Credentials random() {
        return new Credentials(secret(), secret(), secret());
    }

    static Credentials read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        String superuser = p.getProperty("superuser.password");
        String application = p.getProperty("application.password");
        if (superuser == null || application == null) {
            throw new LauncherException(file + " lacks a password; it belongs to the embedded database and was altered");
        }
        return new Credentials(superuser, p.getProperty("owner.password"), application);
    }

    boolean hasOwner() {
        return ownerPassword != null;
    }

    /** These credentials with a new random owner password, for a cluster that had no owner role yet. */
    Credentials withNewOwner() {
        return new Credentials(superuserPassword, secret(), applicationPassword);
    }

    /** Writes the file anew in one step: a start killed while writing leaves the previous file whole. */
    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("superuser.password", superuserPassword);
        p.setProperty("owner.password", ownerPassword);
        p.setProperty("application.password", applicationPassword);
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.deleteIfExists(next);
        Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(next, StandardOpenOption.WRITE)) {
            p.store(out, "Passwords of the embedded PostgreSQL cluster beside this file");
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
