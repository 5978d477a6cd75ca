package org.ioedc.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running product per data directory. The operating system releases the lock when the process ends,
 * however it ends, so a server found running on the cluster while this lock is free was left behind.
 */
final class InstanceLock {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve("ioedc.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new LauncherException("Another IO-EDC is running on the data directory " + dataDir
                        + "; stop it first, or give this one its own EDC_DATA_DIR");
            }
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            throw new LauncherException("Cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Null when another process, or another launcher in this process, holds the lock. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    boolean isHeld() {
        return lock.isValid() && channel.isOpen();
    }
}
