package org.ioedc.edc.crf;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.crf.SubjectRecord;

/** Finds the stored form instances of a subject (scope is the caller's check). */
@Stateless
public class FormInstances {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    /** The instance, or 404 naming it. */
    public FormInstance of(Subject subject, FormLocator locator) {
        if (locator.formOid() == null || (locator.visitOid() == null && locator.logNumber() == null)) {
            throw new NotFoundException("A form is named by its form OID and a visit OID or a log number");
        }
        return find(subject, locator.instanceKey())
                .orElseThrow(() -> new NotFoundException("Form " + locator.label() + " has not been entered for subject "
                        + subject.subjectKey()));
    }

    public Optional<FormInstance> find(Subject subject, String instanceKey) {
        return em.createQuery("select f from FormInstance f where f.subject = :s and f.instanceKey = :k", FormInstance.class)
                .setParameter("s", subject).setParameter("k", instanceKey).getResultStream().findFirst();
    }

    /** Every instance of the subject, visit forms and log forms, in the order they were stored. */
    public List<FormInstance> all(Subject subject) {
        return em.createQuery("select f from FormInstance f where f.subject = :s order by f.id", FormInstance.class)
                .setParameter("s", subject).getResultList();
    }

    /**
     * The subject's record as stored, for rules and derivations that run outside a form save (e.g. after
     * the first dose date changed).
     */
    public SubjectRecord storedRecord(Subject subject) {
        return SubjectRecordAssembler.stored(subject, all(subject));
    }
}
