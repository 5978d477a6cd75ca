package org.ioedc.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.user.UserService;

/**
 * Decides at start what data an empty database gets. The demo study goes only into an empty embedded
 * database that the launcher started (or anywhere with EDC_DEMO=true), never silently into a user's own server. A production database
 * gets its first administrator from EDC_ADMIN_PASSWORD, so no password is ever in the repository.
 */
@Singleton
@Startup
@DependsOn("ChainStart")
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

    @EJB
    private UserService users;

    @EJB
    private StudySetupService studies;

    @EJB
    private DemoStudy demo;

    @Inject
    @ConfigProperty(name = "edc.demo", defaultValue = "auto")
    private String demoMode;

    @Inject
    @ConfigProperty(name = "edc.db.embedded", defaultValue = "false")
    private boolean embeddedDatabase;

    @Inject
    @ConfigProperty(name = "edc.demo.password", defaultValue = "demo-only")
    private String demoPassword;

    @Inject
    @ConfigProperty(name = "edc.admin.password")
    private Optional<String> adminPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        boolean noUsers = users.count() == 0;
        boolean empty = noUsers && studies.findStudy(DemoStudy.STUDY_OID).isEmpty();
        boolean seedDemo = "true".equalsIgnoreCase(demoMode) || ("auto".equalsIgnoreCase(demoMode) && embeddedDatabase);
        if (empty && seedDemo) {
            demo.seed(demoPassword);
            LOG.warning("DEMO MODE: study " + DemoStudy.STUDY_OID + " seeded with users coordinator1, coordinator2, "
                    + "monitor1, datamanager1 and admin, all with the password '" + demoPassword
                    + "' (EDC_DEMO_PASSWORD). Never use demo mode for a real trial.");
        } else if (noUsers && adminPassword.isPresent() && !adminPassword.get().isBlank()) {
            users.create(Actor.system(), "admin", adminPassword.get(), Role.ADMINISTRATOR, java.util.Set.of(), java.util.Set.of());
            LOG.info("Created the first administrator 'admin' from EDC_ADMIN_PASSWORD");
        } else if (noUsers) {
            LOG.warning("No user exists: set EDC_ADMIN_PASSWORD to create the first administrator, or EDC_DEMO=true for the demo study");
        }
    }
}
