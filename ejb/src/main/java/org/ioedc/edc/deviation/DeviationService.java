package org.ioedc.edc.deviation;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.FreeText;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.crf.FormSaved;
import org.ioedc.edc.deviation.Reconciliation.Fact;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.subject.FirstDoseRecorded;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.ScheduledVisit;
import org.ioedc.forms.deviation.StudySchedule;

/**
 * Protocol deviations: evaluates the enabled modules' rules in the transaction of the save that may
 * break them (spec "Protocol deviations flagged in real time": flagged in the same request that saved
 * the data), stores what is new, closes what a correction removed, and keeps the deviation log with its
 * review actions. Every change is audited in the same transaction and announced, after commit, through
 * {@link DeviationsCommitted}.
 *
 * <p>Changes to a study's deviations are serialised by a row lock on the study, taken only when a save
 * changes something: the ids of the history entries (the live stream's event ids) then grow in commit
 * order, and two saves of one subject cannot both store the same fact.
 */
@Stateless
public class DeviationService {

    private static final Logger LOG = Logger.getLogger(DeviationService.class.getName());
    private static final int MAX_REPLAY = 1000;

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private StudySetupService studies;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormCatalog catalog;

    @EJB
    private FormInstances forms;

    @Inject
    private Clock clock;

    @Inject
    private Event<DeviationsCommitted> committed;

    /** After a form's values are stored: the rules that read the form, over the subject's record as saved. */
    public void onFormSaved(@Observes @Priority(FormSaved.DEVIATIONS) FormSaved event) {
        Study study = event.subject().study();
        List<DeviationRule> rules = catalog.modules().deviationRules(study.modules()).stream()
                .filter(r -> r.reads().contains(event.form().oid())).toList();
        String save = event.actor().username() + " saved " + event.form().oid()
                + (event.instance().visitOid() != null ? " at visit " + event.instance().visitOid()
                : " #" + event.instance().logNumber());
        evaluate(event.subject(), rules, event.record(), event.actor().username(), event.form().oid(), save)
                .forEach(n -> event.effects().add(DeviationNotice.class, n));
    }

    /** Study days and visit windows count from the first dose: every rule is evaluated again when it changes. */
    public void onFirstDose(@Observes FirstDoseRecorded event) {
        Subject subject = event.subject();
        List<DeviationRule> rules = catalog.modules().deviationRules(subject.study().modules());
        String save = event.actor().username() + " changed the first dose date from " + event.previous() + " to " + event.firstDose();
        evaluate(subject, rules, () -> forms.storedRecord(subject), event.actor().username(),
                null, save).forEach(n -> event.effects().add(DeviationNotice.class, n));
    }

    private List<DeviationNotice> evaluate(Subject subject, List<DeviationRule> rules, Supplier<SubjectRecord> record,
                                           String by, String formOid, String save) {
        if (rules.isEmpty()) {
            return List.of();
        }
        SubjectRecord data = record.get();
        StudySchedule schedule = schedule(subject.study().oid());
        Map<String, DeviationRule> evaluated = new LinkedHashMap<>();
        Map<Fact, DeviationFinding> found = new LinkedHashMap<>();
        for (DeviationRule rule : rules) {
            List<DeviationFinding> findings;
            try {
                findings = rule.evaluate(data, schedule);
            } catch (RuntimeException e) {
                // A failing rule must not stop the site from saving; its stored deviations are left as they are.
                LOG.log(Level.SEVERE, "Deviation rule " + rule.id() + " failed for subject " + subject.subjectKey(), e);
                continue;
            }
            evaluated.put(rule.id(), rule);
            findings.forEach(f -> found.putIfAbsent(new Fact(rule.id(), f.factKey()), f));
        }
        if (evaluated.isEmpty() || Reconciliation.plan(evaluated.keySet(), found, storedFacts(subject, evaluated.keySet())).isEmpty()) {
            return List.of();
        }
        // Something changes: take the study's deviation lock, then plan again on what is committed now.
        long previous = lockStudy(subject.study());
        Map<Fact, Deviation> stored = stored(subject, evaluated.keySet());
        Reconciliation.Plan plan = Reconciliation.plan(evaluated.keySet(), found, stored.values().stream()
                .map(d -> new Reconciliation.Stored(new Fact(d.ruleId(), d.factKey()), d.status(), d.closedByCorrection())).toList());
        Instant now = Instant.now(clock);
        List<DeviationHistory> made = new ArrayList<>();
        for (Fact fact : plan.raise()) {
            Deviation d = new Deviation(subject, fact.ruleId(), evaluated.get(fact.ruleId()).severity(), found.get(fact), now, formOid);
            em.persist(d);
            made.add(d.raised(now, by, "Found when " + save));
        }
        for (Fact fact : plan.reopen()) {
            made.add(stored.get(fact).reopen(found.get(fact), now, by, "The data breaks the rule again: " + save, formOid));
        }
        for (Fact fact : plan.close()) {
            made.add(stored.get(fact).closeByCorrection(now, by, "Closed by the system: the data was corrected and rule "
                    + fact.ruleId() + " no longer finds this when " + save, formOid));
        }
        made.forEach(em::persist);
        em.flush();
        made.forEach(h -> audit(h, AuditAction.DEVIATION, "SYSTEM", formOid));
        List<DeviationNotice> notices = made.stream().map(DeviationNotice::of).toList();
        committed.fire(new DeviationsCommitted(subject.study().oid(), previous, notices));
        return notices;
    }

    /** What is stored for the rules, read without locking and without loading entities (most saves change nothing). */
    private List<Reconciliation.Stored> storedFacts(Subject subject, Set<String> ruleIds) {
        return em.createQuery("select d.ruleId, d.factKey, d.status, d.closedByCorrection from Deviation d "
                        + "where d.subject = :s and d.ruleId in :rules", Object[].class)
                .setParameter("s", subject).setParameter("rules", ruleIds).getResultList().stream()
                .map(r -> new Reconciliation.Stored(new Fact((String) r[0], (String) r[1]), (DeviationStatus) r[2],
                        Boolean.TRUE.equals(r[3]))).toList();
    }

    private Map<Fact, Deviation> stored(Subject subject, Set<String> ruleIds) {
        return em.createQuery("select d from Deviation d where d.subject = :s and d.ruleId in :rules", Deviation.class)
                .setParameter("s", subject).setParameter("rules", ruleIds).getResultList().stream()
                .collect(Collectors.toMap(d -> new Fact(d.ruleId(), d.factKey()), d -> d));
    }

    // ------------------------------------------------------------------------------------------------
    // The deviation log

    public List<DeviationView> list(Actor actor, String studyOid, DeviationFilter filter) {
        studies.study(actor, studyOid);
        StringBuilder jpql = new StringBuilder("select d from Deviation d where d.studyOid = :study");
        Map<String, Object> params = new HashMap<>();
        params.put("study", studyOid);
        if (actor.role() == Role.COORDINATOR || actor.role() == Role.MONITOR) {
            jpql.append(" and d.siteOid in :sites");
            params.put("sites", actor.sites().stream().filter(k -> k.studyOid().equals(studyOid)).map(Actor.SiteKey::siteOid).toList());
        }
        narrow(jpql, params, "siteOid", "site", filter.siteOid());
        narrow(jpql, params, "subjectKey", "subject", filter.subjectKey());
        narrow(jpql, params, "ruleId", "rule", filter.ruleId());
        narrow(jpql, params, "severity", "severity", filter.severity());
        narrow(jpql, params, "status", "status", filter.status());
        jpql.append(" order by d.detectedAt desc, d.id desc");
        TypedQuery<Deviation> q = em.createQuery(jpql.toString(), Deviation.class)
                // Histories and values in one query each for the whole page, not one per deviation.
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "d.history")
                .setHint("eclipselink.batch", "d.values");
        params.forEach(q::setParameter);
        return q.getResultList().stream().map(DeviationView::of).toList();
    }

    public DeviationView deviation(Actor actor, String studyOid, long id) {
        return DeviationView.of(visible(actor, studyOid, id));
    }

    /** A monitor has seen the deviation. */
    public DeviationView acknowledge(Actor actor, String studyOid, long id, String note) {
        Deviation d = visible(actor, studyOid, id);
        if (actor.role() != Role.MONITOR) {
            throw new ForbiddenException("Only a monitor acknowledges a deviation");
        }
        String text = FreeText.optional("note", note, FreeText.REASON);
        return review(actor, d, dev -> dev.acknowledge(Instant.now(clock), actor.username(), text));
    }

    /** A monitor or data manager closes the deviation with a note saying why. */
    public DeviationView close(Actor actor, String studyOid, long id, String note) {
        Deviation d = visible(actor, studyOid, id);
        if (actor.role() != Role.MONITOR && actor.role() != Role.DATA_MANAGER) {
            throw new ForbiddenException("Only a monitor or a data manager closes a deviation");
        }
        String text = FreeText.optional("note", note, FreeText.REASON);
        if (text == null) {
            throw InvalidDataException.of("note", "is required: say why the deviation is closed");
        }
        return review(actor, d, dev -> dev.close(Instant.now(clock), actor.username(), text));
    }

    private DeviationView review(Actor actor, Deviation d, Function<Deviation, DeviationHistory> action) {
        d.subject().requireNotLocked();
        long previous = lockStudy(d.subject().study());
        em.refresh(d);
        DeviationHistory h = action.apply(d);
        em.persist(h);
        em.flush();
        audit(h, AuditAction.DEVIATION_REVIEW, null, null);
        committed.fire(new DeviationsCommitted(d.studyOid(), previous, List.of(DeviationNotice.of(h))));
        return DeviationView.of(d);
    }

    /**
     * What a reconnecting client of the live stream missed: the changes after {@code lastEventId} at the
     * sites the actor may see, oldest first (at most 1000; the client reads the log for more).
     */
    public List<DeviationNotice> since(Actor actor, String studyOid, long lastEventId) {
        studies.study(actor, studyOid);
        return em.createQuery("select h from DeviationHistory h join fetch h.deviation where h.studyOid = :study "
                        + "and h.id > :last order by h.id", DeviationHistory.class)
                .setParameter("study", studyOid).setParameter("last", lastEventId).getResultList().stream()
                .filter(h -> actor.canSee(studyOid, h.siteOid())).limit(MAX_REPLAY).map(DeviationNotice::of).toList();
    }

    /**
     * The study's committed changes after {@code lastEventId}, oldest first, of every site: for the live
     * streams, which send each one only to the listeners that may see its site. Ids grow in commit order
     * within a study (see the class comment), so reading "after the last one sent" misses nothing.
     */
    public List<DeviationNotice> committedSince(String studyOid, long lastEventId) {
        return em.createQuery("select h from DeviationHistory h join fetch h.deviation where h.studyOid = :study "
                        + "and h.id > :last order by h.id", DeviationHistory.class)
                .setParameter("study", studyOid).setParameter("last", lastEventId).setMaxResults(MAX_REPLAY)
                .getResultList().stream().map(DeviationNotice::of).toList();
    }

    /** The id of the study's latest committed change; 0 when there is none. */
    public long lastEventId(String studyOid) {
        Long max = em.createQuery("select max(h.id) from DeviationHistory h where h.studyOid = :study", Long.class)
                .setParameter("study", studyOid).getSingleResult();
        return max == null ? 0 : max;
    }

    /** Checks that the actor may read the study's deviations at all (404 otherwise). */
    public void requireStudy(Actor actor, String studyOid) {
        studies.study(actor, studyOid);
    }

    private Deviation visible(Actor actor, String studyOid, long id) {
        studies.study(actor, studyOid);
        Deviation d = em.find(Deviation.class, id);
        if (d == null || !d.studyOid().equals(studyOid) || !actor.canSee(studyOid, d.siteOid())) {
            throw new NotFoundException("Deviation " + id + " not found in study " + studyOid);
        }
        return d;
    }

    /**
     * Takes the study's deviation lock (a row lock on the study, held until commit) and says which change
     * was committed last before it: the link of this transaction's batch in the chain of published changes.
     */
    private long lockStudy(Study study) {
        em.find(Study.class, study.id(), LockModeType.PESSIMISTIC_WRITE);
        return lastEventId(study.oid());
    }

    /** The schedule as the rules read it, in one query (the visits' form lists are not needed). */
    private StudySchedule schedule(String studyOid) {
        return new StudySchedule(em.createQuery("select v.oid, v.name, v.targetDay, v.windowBefore, v.windowAfter from VisitDef v "
                        + "where v.study.oid = :study order by v.order", Object[].class)
                .setParameter("study", studyOid).getResultList().stream()
                .map(r -> new ScheduledVisit((String) r[0], (String) r[1], (Integer) r[2], (Integer) r[3], (Integer) r[4])).toList());
    }


    private void audit(DeviationHistory h, AuditAction action, String origin, String formOid) {
        Deviation d = h.deviation();
        audit.append(new AuditRecord(null, h.at(), h.username(), action, d.studyOid(), d.siteOid(), d.subjectKey(), null,
                formOid, d.visitOid(), null, null, null, h.fromStatus() == null ? null : h.fromStatus().name(),
                "deviation " + d.id() + " " + d.ruleId() + " [" + d.factKey() + "] " + h.kind().name() + " -> " + h.toStatus().name()
                        + ": " + d.message(), h.note(), origin));
    }

    private static void narrow(StringBuilder jpql, Map<String, Object> params, String field, String param, Object value) {
        if (value != null) {
            jpql.append(" and d.").append(field).append(" = :").append(param);
            params.put(param, value);
        }
    }
}
