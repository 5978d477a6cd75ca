package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** Thrown when a thing does not exist or is outside the caller's scope (so the caller cannot learn it exists). */
@ApplicationException(rollback = true)
public class NotFoundException extends EdcException {
    public NotFoundException(String message) {
        super(message);
    }
}
