package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** The identifier is already used. */
@ApplicationException(rollback = true)
public class DuplicateException extends ConflictException {
    public DuplicateException(String message) {
        super(message);
    }
}
