package org.ioedc.edc.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the audit trail append-only in the database itself on PostgreSQL: a trigger refuses every
 * UPDATE, DELETE and TRUNCATE of audit_entry, whoever connects, so not even a bug or a hand-written
 * SQL session of the application's own role can rewrite history (21 CFR 11.10(e)). On the embedded H2
 * database the product simply has no code path that updates or deletes audit rows.
 *
 * <p>The trigger stops mistakes, not the table's owner, who may drop it; the audit chains
 * ({@link AuditChainHead}) make what the owner changes detectable. On a database written before the
 * chains, their start takes the digest of the entries already there.
 */
@Singleton
@Startup
public class DatabaseGuards {

    private static final Logger LOG = Logger.getLogger(DatabaseGuards.class.getName());

    static final String[] POSTGRES_GUARD = {
        "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            + "BEGIN RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
        "CREATE OR REPLACE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry "
            + "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
        "CREATE OR REPLACE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
            + "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()"
    };

    static final String CHAIN_INDEX = "CREATE INDEX IF NOT EXISTS " + AuditEntry.CHAIN_INDEX
            + " ON audit_entry (study_oid, chain_sequence)";

    @EJB
    private AuditTrail audit;

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/edc")
    private DataSource dataSource;

    @PostConstruct
    void guard() {
        // Touch the persistence unit first so that its tables exist before the trigger is created.
        em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The schema generator makes indexes only with new tables: a table from before the chains needs this one.
            s.execute(CHAIN_INDEX);
            String product = c.getMetaData().getDatabaseProductName();
            if ("PostgreSQL".equals(product)) {
                for (String sql : POSTGRES_GUARD) {
                    s.execute(sql);
                }
                LOG.info("PostgreSQL: audit_entry is append-only (trigger installed)");
            } else {
                LOG.info("Database " + product + ": audit trail append-only by design (no database trigger)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot install the audit trail guard: " + e.getMessage(), e);
        }
        try {
            audit.startChains();
        } catch (RuntimeException e) {
            // Another node started them at the same moment; or they start at each chain's next entry.
            LOG.log(Level.WARNING, "Audit chains not started now: " + e.getMessage(), e);
        }
    }
}
