package org.ioedc.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operating-system account the embedded PostgreSQL server runs as. PostgreSQL refuses to run as
 * root ("Please log in ... as the (unprivileged) user that will own the server process"), so when the
 * product itself runs as root its server commands run as an unprivileged account through util-linux
 * {@code setpriv}, and the cluster directory is handed to that account.
 */
final class ServerAccount {

    static final String DEFAULT_USER = "nobody";

    private final String user;
    private final String group;

    private ServerAccount(String user, String group) {
        this.user = user;
        this.group = group;
    }

    /** This process's own account, or the named unprivileged one when this process is root. */
    static ServerAccount forThisProcess(String unprivilegedUser) {
        if (!isRoot()) {
            return new ServerAccount(null, null);
        }
        String name = unprivilegedUser == null || unprivilegedUser.isBlank() ? DEFAULT_USER : unprivilegedUser;
        return new ServerAccount(name, primaryGroupOf(name));
    }

    boolean switchesUser() {
        return user != null;
    }

    /** The account's name for messages: the unprivileged account, or "this user". */
    String describe() {
        return switchesUser() ? "the unprivileged account '" + user + "'" : "this account";
    }

    /** The command line that runs {@code command} as this account. */
    List<String> command(List<String> command) {
        if (!switchesUser()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code path} and everything below it to this account (nothing to do when no switch). */
    void own(Path path) throws IOException {
        if (!switchesUser()) {
            return;
        }
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                view.setOwner(owner);
                view.setGroup(ownerGroup);
            }
        }
    }

    static boolean isRoot() {
        try {
            // The owner of /proc/self is this process's effective user.
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String primaryGroupOf(String user) {
        try {
            Process p = new ProcessBuilder("id", "-gn", user).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (p.waitFor() != 0 || out.isEmpty()) {
                throw new LauncherException("The account '" + user + "' that should run the embedded PostgreSQL server "
                        + "does not exist (" + out + "); name another with EDC_DB_OS_USER");
            }
            return out;
        } catch (IOException e) {
            throw new LauncherException("Cannot look up the account '" + user + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while looking up the account '" + user + "'", e);
        }
    }
}
