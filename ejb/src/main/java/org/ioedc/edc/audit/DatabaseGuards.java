package org.ioedc.edc.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the audit trail append-only in the database itself on PostgreSQL: a trigger refuses every
 * UPDATE, DELETE and TRUNCATE of audit_entry, whoever connects, so not even a bug or a hand-written
 * SQL session of the application's own role can rewrite history (21 CFR 11.10(e)). On the embedded H2
 * database the product simply has no code path that updates or deletes audit rows.
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

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/edc")
    private DataSource dataSource;

    @PostConstruct
    void guard() {
        // Touch the persistence unit first so that its tables exist before the trigger is created.
        em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!"PostgreSQL".equals(product)) {
                LOG.info("Database " + product + ": audit trail append-only by design (no database trigger)");
                return;
            }
            try (Statement s = c.createStatement()) {
                for (String sql : POSTGRES_GUARD) {
                    s.execute(sql);
                }
            }
            LOG.info("PostgreSQL: audit_entry is append-only (trigger installed)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot install the audit trail guard: " + e.getMessage(), e);
        }
    }
}
