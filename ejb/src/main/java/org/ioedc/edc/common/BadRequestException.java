package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** The request itself is malformed. */
@ApplicationException(rollback = true)
public class BadRequestException extends EdcException {
    public BadRequestException(String message) {
        super(message);
    }
}
