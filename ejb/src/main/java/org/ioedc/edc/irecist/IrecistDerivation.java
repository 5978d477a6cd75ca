package org.ioedc.edc.irecist;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.StaleVersionException;
import org.ioedc.edc.common.SaveEffects;
import org.ioedc.edc.crf.DerivedChange;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.crf.FormSaved;
import org.ioedc.edc.crf.ItemChange;
import org.ioedc.edc.crf.ValueKey;
import org.ioedc.edc.crf.ValueOrigin;
import org.ioedc.edc.subject.FirstDoseRecorded;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.tumour.CourseAssessment;
import org.ioedc.forms.tumour.DerivedItems;
import org.ioedc.forms.tumour.IrecistCourse;
import org.ioedc.forms.tumour.IrecistModule;
import org.ioedc.forms.tumour.TumourForms;

/**
 * Recomputes the stored iRECIST values of every tumour assessment of a subject whenever one of them is saved:
 * a corrected week-8 scan changes the nadir, the responses and the iUPD episodes of every later assessment
 * (spec irecist.md section 2). Runs first among the observers of a save ({@link FormSaved#DERIVE}), inside the
 * saving transaction, so queries and deviations see the new values and a failure leaves nothing half-derived.
 *
 * <p>It also recomputes when the subject's first dose date is recorded or corrected ({@link FirstDoseRecorded}):
 * the derivation needs it (iSD minimum interval, baseline on or before the first dose).
 *
 * <p>Each value that changes is stored with origin DERIVED and audited as ITEM_VALUE with origin DERIVED, by
 * the saving user, with a reason naming the save that caused it. A frozen or locked assessment whose derived
 * values would change refuses the whole save (409, {@link FormInstance#requireWritable()}).
 */
@ApplicationScoped
public class IrecistDerivation {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @EJB
    private FormInstances forms;

    void on(@Observes @Priority(FormSaved.DERIVE) FormSaved event) {
        String formOid = event.form().oid();
        if (!(formOid.equals(TumourForms.BASELINE) || formOid.equals(TumourForms.FOLLOW_UP))
                || !event.subject().study().modules().contains(IrecistModule.ID)) {
            return;
        }
        derive(event.actor().username(), event.subject(), event.record().get(), event.at(),
                "Recomputed (iRECIST) when " + event.actor().username() + " saved " + describe(event.instance()), event.effects());
    }

    /** The iSD minimum interval and the baseline's validity depend on the first dose date. */
    void on(@Observes FirstDoseRecorded event) {
        Subject subject = event.subject();
        if (!subject.study().modules().contains(IrecistModule.ID) || assessments(subject).isEmpty()) {
            return;
        }
        derive(event.actor().username(), subject, forms.storedRecord(subject), event.at(),
                "Recomputed (iRECIST) when " + event.actor().username() + " recorded the first dose date " + event.firstDose(),
                event.effects());
    }

    private void derive(String username, Subject subject, SubjectRecord record, Instant at, String reason, SaveEffects effects) {
        // Two saves of one subject's assessments at the same time would each derive from the other's old data.
        // Raising the subject's version serialises them: the second fails at the flush below (409), reload and retry.
        em.lock(subject, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        IrecistCourse course = IrecistCourse.of(record);
        for (FormInstance instance : assessments(subject)) {
            Optional<CourseAssessment> assessment = course.assessment(instance.instanceKey());
            if (assessment.isEmpty()) {
                continue;
            }
            String group = DerivedItems.groupOf(instance.formOid());
            Map<ValueKey, String> derived = new LinkedHashMap<>();
            DerivedItems.of(course, assessment.get()).forEach((item, value) -> derived.put(new ValueKey(group, "", item), value));
            List<ItemChange> changes = instance.replaceDerivedValues(derived, at, username);
            for (ItemChange change : changes) {
                audit.append(new AuditRecord(null, at, username, AuditAction.ITEM_VALUE,
                        subject.study().oid(), subject.site().oid(), subject.subjectKey(), instance.id(), instance.formOid(),
                        instance.visitOid(), change.key().itemGroupOid(), null, change.key().itemOid(), change.oldValue(),
                        change.newValue(), reason, ValueOrigin.DERIVED.name()));
                effects.add(DerivedChange.class, new DerivedChange(instance.formOid(), instance.visitOid(),
                        instance.visitOid() == null ? instance.logNumber() : null, change.key().itemGroupOid(),
                        change.key().itemOid(), change.oldValue(), change.newValue()));
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("A tumour assessment of subject " + subject.subjectKey()
                    + " was saved by someone else at the same time. Reload it and enter your change again.");
        }
    }

    private List<FormInstance> assessments(Subject subject) {
        return em.createQuery("select f from FormInstance f where f.subject = :s and f.formOid in :forms order by f.id",
                        FormInstance.class)
                .setParameter("s", subject).setParameter("forms", List.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP))
                .getResultList();
    }

    private static String describe(FormInstance instance) {
        return instance.visitOid() != null ? instance.formOid() + " at visit " + instance.visitOid()
                : instance.formOid() + " #" + instance.logNumber();
    }
}
