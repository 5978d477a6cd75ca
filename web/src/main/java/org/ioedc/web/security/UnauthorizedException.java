package org.ioedc.web.security;

/**
 * No usable signed-in user for a call that needs one. Thrown where the caller is resolved
 * ({@link CurrentActor}); the REST boundary answers it with a 401 problem.
 */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException() {
        super("This call needs a signed-in user");
    }
}
