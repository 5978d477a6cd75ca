package org.ioedc.edc.crf;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.subject.Subject;

/** Finds the stored form instances of a subject for the review services (scope is the caller's check). */
@Stateless
public class FormInstances {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    /** The instance, or 404 naming it. */
    public FormInstance of(Subject subject, FormLocator locator) {
        if (locator.formOid() == null || (locator.visitOid() == null && locator.logNumber() == null)) {
            throw new NotFoundException("A form is named by its form OID and a visit OID or a log number");
        }
        return em.createQuery("select f from FormInstance f where f.subject = :s and f.instanceKey = :k", FormInstance.class)
                .setParameter("s", subject).setParameter("k", locator.instanceKey()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Form " + locator.label() + " has not been entered for subject "
                        + subject.subjectKey()));
    }
}
