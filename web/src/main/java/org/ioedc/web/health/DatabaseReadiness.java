package org.ioedc.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ioedc.edc.user.UserService;

/**
 * Ready when the database answers: without it the EDC can serve nothing. /health is anonymous, so the
 * answer is the status alone; why the database failed goes to the server log, not to the caller.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @EJB
    private UserService users;

    @Override
    public HealthCheckResponse call() {
        try {
            users.count();
            return HealthCheckResponse.up("database");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The database does not answer the readiness check", e);
            return HealthCheckResponse.down("database");
        }
    }
}
