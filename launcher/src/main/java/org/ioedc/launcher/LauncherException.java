package org.ioedc.launcher;

/** A start-up fault the user can act on; its message says what is wrong and what to do. */
public final class LauncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
