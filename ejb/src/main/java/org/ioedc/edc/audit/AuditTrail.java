package org.ioedc.edc.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.Role;

/**
 * Appends to, reads and verifies the audit trail. Appending joins the caller's transaction, so an entry
 * exists exactly when the change it records was committed; the entries are linked into their chain as
 * the transaction commits ({@link ChainSealing}). There is no update or delete here.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry registry;

    /**
     * Payara's transaction manager, for the one thing the standard registry cannot do: register a
     * synchronization that runs before the persistence provider's (which is interposed).
     */
    @Resource(lookup = "java:appserver/TransactionManager")
    private TransactionManager transactions;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(AuditRecord record) {
        sealing().add(record);
    }

    /**
     * Verifies the chain of a study's entries, or the system chain (entries with no study) when
     * {@code studyOid} is null, and that the entry at {@code anchorSequence} still has the hash
     * {@code anchorHash} recorded for it at an earlier verification (both or neither, 422 otherwise). Administrators only; whether the study exists and may be seen is the caller's
     * business. Reads outside a transaction, page by page, so nothing accumulates.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify(Actor actor, String studyOid, Long anchorSequence, String anchorHash) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ForbiddenException("Only an administrator verifies the audit trail");
        }
        ChainAnchor anchor = ChainAnchor.of(anchorSequence, anchorHash);
        return new ChainVerifier(new AuditChains(em)).verify(AuditChainHead.keyOf(studyOid), anchor);
    }

    /**
     * On a database written before audit chains existed: starts a chain for every study (and the
     * system) that has entries, taking the digest of those entries, so later changes to them show.
     * Does nothing once any chain exists. In a transaction of its own: when two nodes start at once and
     * the other one wins, this one's attempt is simply rolled back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startChains() {
        AuditChains chains = new AuditChains(em);
        if (!chains.anyStarted()) {
            chains.chainsWithUnchainedEntries().forEach(key -> chains.start(key, clock.instant()));
        }
    }

    /**
     * A subject's entries, oldest first, optionally narrowed to one form OID and one item OID. Site
     * scope is the caller's business (the subject service checks it before calling).
     */
    public List<AuditRecord> forSubject(String studyOid, String subjectKey, String formOid, String itemOid) {
        StringBuilder jpql = new StringBuilder(
                "select a from AuditEntry a where a.studyOid = :study and a.subjectKey = :subject");
        if (formOid != null) {
            jpql.append(" and a.formOid = :form");
        }
        if (itemOid != null) {
            jpql.append(" and a.itemOid = :item");
        }
        jpql.append(" order by a.recordedAt, a.id");
        TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class)
                .setParameter("study", studyOid).setParameter("subject", subjectKey);
        if (formOid != null) {
            q.setParameter("form", formOid);
        }
        if (itemOid != null) {
            q.setParameter("item", itemOid);
        }
        return q.getResultList().stream().map(AuditEntry::toRecord).toList();
    }

    /** This transaction's sealing, registered with the transaction at its first entry. */
    private ChainSealing sealing() {
        ChainSealing sealing = (ChainSealing) registry.getResource(ChainSealing.class);
        if (sealing == null) {
            sealing = new ChainSealing(em, clock);
            try {
                transactions.getTransaction().registerSynchronization(sealing);
            } catch (RollbackException | SystemException e) {
                throw new IllegalStateException("Cannot write the audit trail in this transaction: " + e.getMessage(), e);
            }
            registry.putResource(ChainSealing.class, sealing);
        }
        return sealing;
    }
}
