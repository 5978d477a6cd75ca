package org.ioedc.edc.common;

/** Base of the application exceptions: each maps to one HTTP status at the boundary, and rolls back. */
public abstract class EdcException extends RuntimeException {
    protected EdcException(String message) {
        super(message);
    }

    public abstract int status();

    public abstract String title();
}
