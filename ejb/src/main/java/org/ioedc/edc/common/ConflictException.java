package org.ioedc.edc.common;

import jakarta.ejb.ApplicationException;

/**
 * The request conflicts with the state of the data: a step the current state does not allow. Its kinds
 * (a stale version, a duplicate, frozen or locked data) are subclasses, so that a client can tell them apart.
 */
@ApplicationException(rollback = true)
public class ConflictException extends EdcException {
    public ConflictException(String message) {
        super(message);
    }
}
