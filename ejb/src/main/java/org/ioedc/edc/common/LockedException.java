package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** The data is frozen or locked and accepts no such change. */
@ApplicationException(rollback = true)
public class LockedException extends ConflictException {
    public LockedException(String message) {
        super(message);
    }
}
