package org.ioedc.edc.common;

/**
 * Base of the application exceptions: each kind rolls back and says what went wrong in the caller's terms; the
 * boundary decides how a kind is answered (web: the problem type and HTTP status of each kind).
 */
public abstract class EdcException extends RuntimeException {
    protected EdcException(String message) {
        super(message);
    }
}
