package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** A stale version, a duplicate, or data that can no longer change. */
@ApplicationException(rollback = true)
public class ConflictException extends EdcException {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
