package org.ioedc.edc.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Appends to and reads the audit trail. Appending joins the caller's transaction, so an entry exists
 * exactly when the change it records was committed. There is no update or delete here.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(AuditRecord record) {
        em.persist(new AuditEntry(record));
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
}
