package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** The data was changed by someone else since it was read, or at the same moment: reload and try again. */
@ApplicationException(rollback = true)
public class StaleVersionException extends ConflictException {
    public StaleVersionException(String message) {
        super(message);
    }
}
