package org.ioedc.web.problem;

import java.util.Optional;
import org.ioedc.edc.common.BadRequestException;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.common.DuplicateException;
import org.ioedc.edc.common.EdcException;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.LockedException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.StaleVersionException;

/** Which kind of problem each of the core's exceptions is: the core says what went wrong, the boundary how it is answered. */
public final class CoreProblems {

    private CoreProblems() {
    }

    /** The kind of a core exception; empty for one this boundary does not know (answered as an internal error). */
    public static Optional<ProblemType> of(EdcException e) {
        ProblemType type;
        if (e instanceof InvalidDataException) {
            type = ProblemType.VALIDATION;
        } else if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof ForbiddenException) {
            type = ProblemType.FORBIDDEN;
        } else if (e instanceof BadRequestException) {
            type = ProblemType.MALFORMED_REQUEST;
        } else if (e instanceof StaleVersionException) {
            type = ProblemType.VERSION_CONFLICT;
        } else if (e instanceof LockedException) {
            type = ProblemType.LOCKED;
        } else if (e instanceof DuplicateException) {
            type = ProblemType.DUPLICATE;
        } else if (e instanceof ConflictException) {
            type = ProblemType.STATE_CONFLICT;
        } else {
            type = null;
        }
        return Optional.ofNullable(type);
    }
}
