package org.ioedc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded cluster, made at random when the cluster is created and kept beside it
 * in a file only the product's account can read: the superuser ({@code postgres}) and the application's
 * own role ({@code ioedc}), which owns the application database and is not a superuser.
 */
public record Credentials(String superuserPassword, String applicationPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String APPLICATION_ROLE = "ioedc";
    public static final String APPLICATION_DATABASE = "ioedc";

    static Credentials random() {
        return new Credentials(secret(), secret());
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
        return new Credentials(superuser, application);
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("superuser.password", superuserPassword);
        p.setProperty("application.password", applicationPassword);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            p.store(out, "Passwords of the embedded PostgreSQL cluster beside this file");
        }
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
