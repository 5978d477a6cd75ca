package org.ioedc.web.api;

/** No usable signed-in user for a call that needs one. */
public class UnauthorizedException extends RuntimeException {
    public UnauthorizedException() {
        super("This call needs a signed-in user");
    }
}
