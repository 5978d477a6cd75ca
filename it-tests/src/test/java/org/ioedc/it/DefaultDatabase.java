package org.ioedc.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A data directory for the product's default database, the embedded PostgreSQL server its launcher
 * starts. It lies under the system's temporary directory, which every account can traverse: run as
 * root, the launcher runs that server as an unprivileged account, which must reach the directory.
 */
final class DefaultDatabase {

    private DefaultDatabase() {
    }

    static Path newDataDir(String purpose) throws IOException {
        return Files.createTempDirectory("ioedc-" + purpose,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
}
