package org.ioedc.edc.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the audit chains of a database written before them, once the schema is migrated: each chain's
 * start takes the digest of the entries already there ({@link AuditChains}). The table, its guard and
 * the chain index belong to the migrations (db/migration).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ChainStart {

    private static final Logger LOG = Logger.getLogger(ChainStart.class.getName());

    @EJB
    private AuditTrail audit;

    @PostConstruct
    void start() {
        try {
            audit.startChains();
        } catch (RuntimeException e) {
            // Another node started them at the same moment; or they start at each chain's next entry.
            LOG.log(Level.WARNING, "Audit chains not started now: " + e.getMessage(), e);
        }
    }
}
