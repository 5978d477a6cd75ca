package org.ioedc.edc.subject;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.DuplicateException;
import org.ioedc.edc.common.LockedException;
import org.ioedc.edc.common.StaleVersionException;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.FreeText;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.common.SaveEffects;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.forms.crf.EventDate;

/**
 * Enrolment and look-up of subjects, always within the caller's scope: a subject outside it is
 * answered exactly like one that does not exist (404), so a site cannot learn another site's subjects.
 */
@Stateless
public class SubjectService {

    private static final String SUBJECT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private StudySetupService studies;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<FirstDoseRecorded> firstDoseRecorded;

    public Subject enrol(Actor actor, String studyOid, String siteOid, String subjectKey, String screeningNumber,
                         LocalDate informedConsentDate, LocalDate firstDoseDate) {
        studies.study(actor, studyOid);
        if (siteOid == null || !actor.canSee(studyOid, siteOid)) {
            throw new NotFoundException("Site " + siteOid + " not found in study " + studyOid);
        }
        if (actor.role() != Role.COORDINATOR) {
            throw new ForbiddenException("Only a site coordinator enrols subjects");
        }
        Site site = studies.findSite(studyOid, siteOid)
                .orElseThrow(() -> new NotFoundException("Site " + siteOid + " not found in study " + studyOid));
        if (subjectKey == null || !subjectKey.matches(SUBJECT_ID)) {
            throw InvalidDataException.of("subjectId", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (screeningNumber != null && screeningNumber.strip().length() > 64) {
            throw InvalidDataException.of("screeningNumber", "must be at most 64 characters");
        }
        if (informedConsentDate == null) {
            throw InvalidDataException.of("informedConsentDate", "is required: no subject is enrolled before consent");
        }
        happened("informedConsentDate", informedConsentDate, site);
        if (firstDoseDate != null) {
            happened("firstDoseDate", firstDoseDate, site);
        }
        if (firstDoseDate != null && firstDoseDate.isBefore(informedConsentDate)) {
            throw InvalidDataException.of("firstDoseDate", "cannot be before the informed consent date " + informedConsentDate);
        }
        if (site.study().lock().state() != LockState.OPEN) {
            throw new LockedException("Study " + studyOid + " is " + site.study().lock().state().name().toLowerCase()
                    + " by " + site.study().lock().lockedBy() + " at " + site.study().lock().lockedAt() + " and enrols no subjects");
        }
        if (find(studyOid, subjectKey).isPresent()) {
            // The id is taken, possibly at another site: say so without saying where.
            throw new DuplicateException("Subject id " + subjectKey + " is already used in study " + studyOid);
        }
        Instant now = Instant.now(clock);
        Subject subject = new Subject(site, subjectKey, screeningNumber, informedConsentDate, firstDoseDate, now, actor.username());
        em.persist(subject);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two enrolments of one id at the same moment: the unique (study, subject id) constraint decides.
            throw new DuplicateException("Subject id " + subjectKey + " is already used in study " + studyOid);
        }
        audit.append(AuditRecord.event(now, actor.username(), AuditAction.SUBJECT_ENROLLED, studyOid, siteOid, subjectKey,
                "enrolled; consent " + informedConsentDate + (firstDoseDate == null ? "" : "; first dose " + firstDoseDate)));
        return subject;
    }

    /** A subject the actor may see, or 404. */
    public Subject subject(Actor actor, String studyOid, String subjectKey) {
        return find(studyOid, subjectKey).filter(s -> actor.canSee(studyOid, s.site().oid()))
                .orElseThrow(() -> new NotFoundException("Subject " + subjectKey + " not found in study " + studyOid));
    }

    /**
     * The subjects the actor may see, optionally at one site and matching {@code text} in the subject
     * id or screening number (case-insensitive, contains).
     */
    public List<Subject> list(Actor actor, String studyOid, String siteOid, String text) {
        studies.study(actor, studyOid);
        StringBuilder jpql = new StringBuilder("select s from Subject s where s.study.oid = :study");
        List<String> visibleSites = null;
        if (actor.role() == Role.COORDINATOR || actor.role() == Role.MONITOR) {
            visibleSites = actor.sites().stream().filter(k -> k.studyOid().equals(studyOid)).map(Actor.SiteKey::siteOid).toList();
            jpql.append(" and s.site.oid in :sites");
        }
        if (siteOid != null) {
            jpql.append(" and s.site.oid = :site");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(s.subjectKey) like :text escape '\\' or lower(s.screeningNumber) like :text escape '\\')");
        }
        jpql.append(" order by s.subjectKey");
        TypedQuery<Subject> q = em.createQuery(jpql.toString(), Subject.class).setParameter("study", studyOid);
        if (visibleSites != null) {
            q.setParameter("sites", visibleSites);
        }
        if (siteOid != null) {
            q.setParameter("site", siteOid);
        }
        if (text != null && !text.isBlank()) {
            q.setParameter("text", "%" + escapeLike(text.strip().toLowerCase()) + "%");
        }
        return q.getResultList();
    }

    /**
     * Records or corrects the first dose date, with a reason once one was recorded. The answer holds what the
     * change did to derived values, queries and deviations, which count from the first dose.
     */
    public FirstDoseChange recordFirstDose(Actor actor, String studyOid, String subjectKey, LocalDate firstDose, String reason) {
        Subject subject = subject(actor, studyOid, subjectKey);
        if (!actor.canEnterData()) {
            throw new ForbiddenException("Only a site coordinator changes subject data");
        }
        if (firstDose == null) {
            throw InvalidDataException.of("firstDoseDate", "is required");
        }
        happened("firstDoseDate", firstDose, subject.site());
        if (firstDose.isBefore(subject.informedConsentDate())) {
            throw InvalidDataException.of("firstDoseDate", "cannot be before the informed consent date " + subject.informedConsentDate());
        }
        subject.requireWritable();
        LocalDate old = subject.firstDoseDate();
        reason = FreeText.optional("reasonForChange", reason, FreeText.REASON);
        if (old != null && reason == null) {
            throw InvalidDataException.of("reasonForChange", "is required to change a recorded first dose date");
        }
        subject.changeFirstDose(firstDose);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Subject " + subjectKey + " was changed by someone else at the same time. Reload it.");
        }
        Instant now = Instant.now(clock);
        audit.append(new AuditRecord(null, now, actor.username(), AuditAction.ITEM_VALUE, studyOid,
                subject.site().oid(), subjectKey, null, null, null, null, null, "FIRST_DOSE_DATE",
                old == null ? null : old.toString(), firstDose.toString(), reason, "SITE"));
        SaveEffects effects = new SaveEffects();
        firstDoseRecorded.fire(new FirstDoseRecorded(actor, subject, old, firstDose, now, effects));
        return new FirstDoseChange(subject, effects);
    }

    /** Consent and first dose have happened: the CRF engine's rule for dates ({@link EventDate}), at the site. */
    private void happened(String field, LocalDate date, Site site) {
        EventDate.fault(date, site.today(clock)).ifPresent(fault -> {
            throw InvalidDataException.of(field, fault);
        });
    }

    public Optional<Subject> find(String studyOid, String subjectKey) {
        return em.createQuery("select s from Subject s where s.study.oid = :study and s.subjectKey = :key", Subject.class)
                .setParameter("study", studyOid).setParameter("key", subjectKey).getResultStream().findFirst();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
