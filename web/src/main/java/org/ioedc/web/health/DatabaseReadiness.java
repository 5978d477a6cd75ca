package org.ioedc.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.ioedc.edc.user.UserService;

/** Ready when the database answers: without it the EDC can serve nothing. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    private UserService users;

    @Override
    public HealthCheckResponse call() {
        try {
            long count = users.count();
            return HealthCheckResponse.named("database").up().withData("users", count).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
