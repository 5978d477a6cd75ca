package org.ioedc.edc.query;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.common.SaveEffects;
import org.ioedc.edc.crf.DerivedChange;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.crf.FormSaved;
import org.ioedc.edc.crf.ItemChange;
import org.ioedc.edc.crf.SubjectRecordAssembler;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.subject.FirstDoseRecorded;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * Turns edit-check findings into queries after every save, inside the saving transaction. A finding
 * opens a query on its first item (naming all its items) unless one is open for the same check and
 * item. A finding whose last query for that check and item was closed or cancelled by a person is not
 * raised again until one of its items changes: the site already confirmed those values. When a check
 * that ran on the saved form no longer fires on an item, its open queries there are closed by the
 * system and their thread says why. The same is done for every other form of the subject whose derived
 * values the save recomputed, since a check may compare an entry with them (IR-009), and, for the checks
 * that read the saved form ({@link EditCheck#reads()}), on the forms they run on. A change of the first
 * dose date, from which study days and the iRECIST derivation count, runs every check of the subject's
 * forms again.
 */
@ApplicationScoped
public class EditCheckQueries {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormCatalog catalog;

    @EJB
    private FormInstances forms;

    /** What made the checks run: who, when, in words for the closing message, and where the effects go. */
    private record Cause(String by, Instant at, String what, SaveEffects effects) {
    }

    void on(@Observes @Priority(FormSaved.QUERIES) FormSaved event) {
        FormInstance saved = event.instance();
        Subject subject = event.subject();
        Cause cause = new Cause(event.actor().username(), event.at(),
                "the save by " + event.actor().username() + " at " + event.at(), event.effects());
        // The derivations (priority DERIVE, before this) may have rewritten this and other forms of the subject:
        // a derived value that changed counts as a changed item of the form (IR-009 names the computed response).
        List<DerivedChange> derived = event.effects().of(DerivedChange.class);
        Set<String> changed = event.changes().stream().map(EditCheckQueries::key)
                .collect(Collectors.toCollection(HashSet::new));
        derived.stream().filter(d -> isOf(d, saved)).forEach(d -> changed.add(d.itemOid() + "|"));
        reconcile(cause, saved, checks(subject, saved), event.findings(), changed);
        // Most saves (a vital signs or laboratory form) touch no other form: no need to read them.
        boolean recomputedElsewhere = derived.stream().anyMatch(d -> !isOf(d, saved));
        if (!recomputedElsewhere && catalog.editChecksReading(subject.study(), saved.formOid()).isEmpty()) {
            return;
        }
        Set<String> done = new HashSet<>(Set.of(saved.instanceKey()));
        List<FormInstance> instances = forms.all(subject);
        // A check of another recomputed form that compares an entry with a derived value (IR-009: the
        // investigator's response against the computed one) must see that form anew, or its query would say
        // what is no longer true, or stay silent.
        for (FormInstance other : instances) {
            if (done.contains(other.instanceKey()) || derived.stream().noneMatch(d -> isOf(d, other))) {
                continue;
            }
            List<EditCheck> checks = checks(subject, other);
            Set<String> recomputed = derived.stream().filter(d -> isOf(d, other)).map(d -> d.itemOid() + "|")
                    .collect(Collectors.toSet());
            evaluate(event.record().get(), other, checks)
                    .ifPresent(findings -> reconcile(cause, other, checks, findings, recomputed));
            done.add(other.instanceKey());
        }
        // Checks of other forms that read the saved one (TBP-001 reads the tumour assessments) run again too,
        // except on a locked form, which takes no review step (docs/review.md) until it is unlocked.
        for (FormInstance other : instances) {
            if (done.contains(other.instanceKey()) || locked(other)) {
                continue;
            }
            List<EditCheck> readers = checks(subject, other).stream().filter(c -> c.reads().contains(saved.formOid())).toList();
            if (!readers.isEmpty()) {
                evaluate(event.record().get(), other, readers)
                        .ifPresent(findings -> reconcile(cause, other, readers, findings, Set.of()));
            }
        }
    }

    /**
     * Study days, visit windows, the baseline timing (IR-006) and the iRECIST responses (IR-009) count from
     * the first dose date: when it is recorded or corrected, every check runs again on every form of the
     * subject that is not locked, in the same transaction.
     */
    void on(@Observes FirstDoseRecorded event) {
        Subject subject = event.subject();
        List<FormInstance> instances = forms.all(subject);
        SubjectRecord record = SubjectRecordAssembler.stored(subject, instances);
        Cause cause = new Cause(event.actor().username(), event.at(), "the change of the first dose date by "
                + event.actor().username() + " at " + event.at(), event.effects());
        for (FormInstance form : instances) {
            if (!locked(form)) {
                List<EditCheck> checks = checks(subject, form);
                evaluate(record, form, checks).ifPresent(findings -> reconcile(cause, form, checks, findings, Set.of()));
            }
        }
    }

    /**
     * Opens a query for each finding on {@code form} that has none open (unless a person closed the last one
     * and none of its items changed), and closes the open queries of the {@code checks} that ran and no
     * longer fire.
     */
    private void reconcile(Cause cause, FormInstance form, List<EditCheck> checks, List<CheckFinding> findings,
                           Set<String> changed) {
        Set<String> ran = checks.stream().map(EditCheck::id).collect(Collectors.toSet());
        // Locked and read as committed: a monitor's step on one of these queries (close, cancel) commits
        // either before (the system leaves a closed query alone) or after (and gets its 409); the save
        // itself never fails for it.
        List<Query> existing = em.createQuery("select q from Query q where q.form = :f and q.checkId is not null order by q.id",
                        Query.class).setParameter("f", form).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true").getResultList();
        Set<String> firing = new HashSet<>();
        for (CheckFinding finding : findings) {
            ItemRef primary = finding.items().isEmpty() ? ItemRef.of(form.formOid()) : finding.items().get(0);
            String repeatKey = primary.repeatKey() == null ? "" : primary.repeatKey();
            firing.add(finding.checkId() + "|" + primary.itemOid() + "|" + repeatKey);
            List<Query> same = existing.stream().filter(q -> q.checkId().equals(finding.checkId())
                    && q.isOn(primary.itemOid(), repeatKey)).toList();
            if (same.stream().anyMatch(q -> q.state().isOpen())) {
                continue;
            }
            Optional<Query> last = same.isEmpty() ? Optional.empty() : Optional.of(same.get(same.size() - 1));
            boolean confirmedByPerson = last.isPresent() && !Query.SYSTEM.equals(last.get().closedBy());
            boolean itemsChanged = finding.items().stream().anyMatch(i -> changed.contains(key(i)));
            if (confirmedByPerson && !itemsChanged) {
                continue;
            }
            String labels = finding.items().isEmpty() ? form.formOid()
                    : finding.items().stream().map(ItemRef::label).collect(Collectors.joining(", "));
            Query q = Query.fromCheck(form, primary.itemGroupOid(), repeatKey, primary.itemOid(), labels, finding.checkId(),
                    finding.message(), cause.at());
            em.persist(q);
            em.flush();
            audit.append(QueryAudit.of(q, null, finding.message(), Query.SYSTEM, cause.at()));
            cause.effects().add(QueryEffect.class, QueryEffect.of(q, form, labels, "OPENED", finding.message()));
        }
        for (Query q : existing) {
            if (q.state().isOpen() && ran.contains(q.checkId())
                    && !firing.contains(q.checkId() + "|" + q.itemOid() + "|" + q.repeatKey())) {
                QueryState before = q.state();
                String text = "Closed by the system: edit check " + q.checkId() + " no longer fires after " + cause.what() + ".";
                q.closeBySystem(text, cause.at());
                audit.append(QueryAudit.of(q, before, text, Query.SYSTEM, cause.at()));
                cause.effects().add(QueryEffect.class, QueryEffect.of(q, form, q.items(), "CLOSED", text));
            }
        }
    }

    /** The findings of {@code checks} on a form of the subject, as {@code record} holds it. */
    private static Optional<List<CheckFinding>> evaluate(SubjectRecord record, FormInstance form, List<EditCheck> checks) {
        return record.forms().stream().filter(f -> f.instanceKey().equals(form.instanceKey())).findFirst()
                .map(data -> checks.stream().flatMap(c -> c.evaluate(data, record).stream()).toList());
    }

    /** The non-blocking checks of a form (blocking ones refuse the save instead of raising queries). */
    private List<EditCheck> checks(Subject subject, FormInstance form) {
        return catalog.editChecks(subject.study(), form.formOid()).stream().filter(c -> !c.blocking()).toList();
    }


    private static boolean locked(FormInstance form) {
        return form.effectiveLock().state() == LockState.LOCKED;
    }

    private static boolean isOf(DerivedChange change, FormInstance form) {
        return change.formOid().equals(form.formOid()) && Objects.equals(change.visitOid(), form.visitOid())
                && (change.logNumber() == null || change.logNumber() == form.logNumber());
    }

    private static String key(ItemChange change) {
        return change.key().itemOid() + "|" + change.key().repeatKey();
    }

    private static String key(ItemRef item) {
        return item.itemOid() + "|" + (item.repeatKey() == null ? "" : item.repeatKey());
    }
}
