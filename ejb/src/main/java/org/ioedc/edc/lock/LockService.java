package org.ioedc.edc.lock;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.common.StaleVersionException;
import org.ioedc.edc.common.EffectiveLock;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.FreeText;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.crf.FormLocator;
import org.ioedc.edc.query.QueryService;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;

/**
 * Freeze, lock and unlock by data managers at form, subject and study level (docs/review.md). Moving
 * to a weaker state (unfreeze, unlock) needs a reason. A study lock is refused while queries are open
 * unless the data manager overrides with a reason. Every move is audited with old and new state.
 */
@Stateless
public class LockService {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private SubjectService subjects;

    @EJB
    private StudySetupService studies;

    @EJB
    private FormInstances forms;

    @EJB
    private QueryService queries;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public LockView form(Actor actor, String studyOid, String subjectKey, FormLocator locator) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        FormInstance form = forms.of(subject, locator);
        return LockView.of(target(form), form.lock(), form.effectiveLock());
    }

    public LockView subject(Actor actor, String studyOid, String subjectKey) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        return LockView.of("subject " + subjectKey, subject.lock(), subject.effectiveLock());
    }

    public LockView study(Actor actor, String studyOid) {
        Study study = studies.study(actor, studyOid);
        return LockView.of("study " + studyOid, study.lock(), EffectiveLock.NONE.or(study.lock(), "study " + studyOid));
    }

    public LockView changeForm(Actor actor, String studyOid, String subjectKey, FormLocator locator, String state, String reason) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        requireDataManager(actor);
        FormInstance form = forms.of(subject, locator);
        LockState before = form.lock().state();
        reason = FreeText.optional("reason", reason, FreeText.REASON);
        LockState after = move(target(form), before, state, reason);
        Instant now = Instant.now(clock);
        form.changeLock(after, actor.username(), now);
        store(target(form));
        audit.append(new AuditRecord(null, now, actor.username(), AuditAction.LOCK, studyOid, subject.site().oid(), subjectKey,
                form.id(), form.formOid(), form.visitOid(), null, null, null, before.name(), after.name(), clean(reason), null));
        return LockView.of(target(form), form.lock(), form.effectiveLock());
    }

    public LockView changeSubject(Actor actor, String studyOid, String subjectKey, String state, String reason) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        requireDataManager(actor);
        LockState before = subject.lock().state();
        reason = FreeText.optional("reason", reason, FreeText.REASON);
        LockState after = move("subject " + subjectKey, before, state, reason);
        Instant now = Instant.now(clock);
        subject.changeLock(after, actor.username(), now);
        store("subject " + subjectKey);
        audit.append(new AuditRecord(null, now, actor.username(), AuditAction.LOCK, studyOid, subject.site().oid(), subjectKey,
                null, null, null, null, null, null, before.name(), after.name(), clean(reason), null));
        return LockView.of("subject " + subjectKey, subject.lock(), subject.effectiveLock());
    }

    /**
     * Freezes, locks or unlocks a whole study. Locking is refused (409) while queries are open, unless
     * {@code overrideReason} says why the study is locked with them (kept in the audit trail).
     */
    public LockView changeStudy(Actor actor, String studyOid, String state, String reason, String overrideReason) {
        Study study = studies.study(actor, studyOid);
        requireDataManager(actor);
        LockState before = study.lock().state();
        reason = FreeText.optional("reason", reason, FreeText.REASON);
        overrideReason = FreeText.optional("overrideReason", overrideReason, FreeText.REASON);
        LockState after = move("study " + studyOid, before, state, reason);
        String why = clean(reason);
        if (after == LockState.LOCKED) {
            long open = queries.openCount(studyOid);
            if (open > 0) {
                String override = clean(overrideReason);
                if (override == null) {
                    throw new ConflictException("Study " + studyOid + " has " + open + " open quer" + (open == 1 ? "y" : "ies")
                            + ": close them before locking, or lock anyway with an overrideReason");
                }
                why = (why == null ? "" : why + "; ") + "locked with " + open + " open queries, override: " + override;
            }
        }
        Instant now = Instant.now(clock);
        study.changeLock(after, actor.username(), now);
        store("study " + studyOid);
        audit.append(new AuditRecord(null, now, actor.username(), AuditAction.LOCK, studyOid, null, null, null, null, null,
                null, null, null, before.name(), after.name(), why, null));
        return LockView.of("study " + studyOid, study.lock(), EffectiveLock.NONE.or(study.lock(), "study " + studyOid));
    }

    /**
     * Writes the move now, so that a concurrent move of the same target (checked by its version) is a 409
     * naming it rather than a failure at commit.
     */
    private void store(String target) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(capitalised(target) + " was changed by someone else at the same time. Reload it.");
        }
    }

    /** The state asked for, if it is a move: to a weaker state only with a reason. */
    private static LockState move(String target, LockState before, String state, String reason) {
        LockState after;
        try {
            after = LockState.valueOf(state == null ? "" : state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidDataException.of("state", "must be OPEN, FROZEN or LOCKED, got '" + state + "'");
        }
        if (after == before) {
            throw new ConflictException(capitalised(target) + " is already " + before.name().toLowerCase(Locale.ROOT));
        }
        if (after.ordinal() < before.ordinal() && clean(reason) == null) {
            throw InvalidDataException.of("reason", "is required to " + (before == LockState.LOCKED ? "unlock " : "unfreeze ") + target);
        }
        return after;
    }

    private static String target(FormInstance form) {
        return "form " + form.label() + " of subject " + form.subject().subjectKey();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireDataManager(Actor actor) {
        if (actor.role() != Role.DATA_MANAGER) {
            throw new ForbiddenException("Only data managers freeze, lock and unlock data");
        }
    }
}
