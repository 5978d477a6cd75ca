package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/** The caller is known and sees the thing, but the role does not allow the action. */
@ApplicationException(rollback = true)
public class ForbiddenException extends EdcException {
    public ForbiddenException(String message) {
        super(message);
    }
}
