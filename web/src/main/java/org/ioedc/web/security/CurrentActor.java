package org.ioedc.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.user.UserService;

/** Who is calling, as the services need it, resolved once per request from the signed-in name. */
@RequestScoped
public class CurrentActor {

    @Inject
    private SecurityContext security;

    @EJB
    private UserService users;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new UnauthorizedException();
            }
            actor = users.actorFor(principal.getName()).orElseThrow(UnauthorizedException::new);
        }
        return actor;
    }
}
