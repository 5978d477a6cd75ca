package org.ioedc.edc.crf;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.StaleVersionException;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.FreeText;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.common.SaveEffects;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.study.VisitDef;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.crf.FormValidator;
import org.ioedc.forms.crf.ItemError;
import org.ioedc.forms.crf.ItemGroupDef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * Data entry: saves a form instance for a subject's visit or log. Order of work: scope and role, form
 * and visit, version, the merged values checked against the ODM metadata (422 naming every fault,
 * nothing stored) and the blocking edit checks (refused the same way), reason for change, store and
 * audit every changed value, then the module's other edit checks over the subject's data, and last
 * the {@link FormSaved} event, whose observers derive, raise queries and flag deviations in the same
 * transaction.
 */
@Stateless
public class DataEntryService {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private SubjectService subjects;

    @EJB
    private StudySetupService studies;

    @EJB
    private AuditTrail audit;

    @EJB
    private FormInstances forms;

    @Inject
    private FormCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private Event<FormSaved> saved;

    public FormSaveResult saveVisitForm(Actor actor, String studyOid, String subjectKey, String visitOid,
                                        String formOid, FormSaveRequest request) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        requireDataEntry(actor);
        FormDef form = formOf(subject.study(), formOid);
        if (form.repeating()) {
            throw new NotFoundException("Form " + formOid + " is a log form: it is kept per subject, not per visit");
        }
        VisitDef visit = studies.findVisit(studyOid, visitOid)
                .orElseThrow(() -> new NotFoundException("Visit " + visitOid + " not found in study " + studyOid));
        if (!visit.allows(formOid)) {
            throw new NotFoundException("Form " + formOid + " is not scheduled at visit " + visitOid);
        }
        Optional<FormInstance> stored = forms.find(subject, FormInstance.visitKey(formOid, visitOid));
        FormInstance instance = stored.orElseGet(() ->
                FormInstance.atVisit(subject, formOid, visitOid, Instant.now(clock), actor.username()));
        return save(actor, subject, form, instance, stored.isEmpty(), request);
    }

    /** Adds a new instance to a subject's log form (e.g. a new adverse event). */
    public FormSaveResult addLogForm(Actor actor, String studyOid, String subjectKey, String formOid, FormSaveRequest request) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        requireDataEntry(actor);
        FormDef form = logForm(subject, formOid);
        int next = em.createQuery("select coalesce(max(f.logNumber), 0) from FormInstance f where f.subject = :s and f.formOid = :f",
                Integer.class).setParameter("s", subject).setParameter("f", formOid).getSingleResult() + 1;
        FormInstance instance = FormInstance.inLog(subject, formOid, next, Instant.now(clock), actor.username());
        return save(actor, subject, form, instance, true, request);
    }

    public FormSaveResult saveLogForm(Actor actor, String studyOid, String subjectKey, String formOid, int logNumber,
                                      FormSaveRequest request) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        requireDataEntry(actor);
        FormDef form = logForm(subject, formOid);
        FormInstance instance = forms.find(subject, FormInstance.logKey(formOid, logNumber))
                .orElseThrow(() -> new NotFoundException(formOid + " #" + logNumber + " not found for subject " + subjectKey));
        return save(actor, subject, form, instance, false, request);
    }

    public FormView visitForm(Actor actor, String studyOid, String subjectKey, String visitOid, String formOid) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        return forms.find(subject, FormInstance.visitKey(formOid, visitOid)).map(FormView::of)
                .orElseThrow(() -> new NotFoundException("Form " + formOid + " has not been entered at visit " + visitOid));
    }

    public FormView logForm(Actor actor, String studyOid, String subjectKey, String formOid, int logNumber) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        return forms.find(subject, FormInstance.logKey(formOid, logNumber)).map(FormView::of)
                .orElseThrow(() -> new NotFoundException(formOid + " #" + logNumber + " not found for subject " + subjectKey));
    }

    /** Every form instance of a subject, visit forms and log forms. */
    public List<FormView> forms(Actor actor, String studyOid, String subjectKey) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        return forms.all(subject).stream().map(FormView::of).toList();
    }

    private FormSaveResult save(Actor actor, Subject subject, FormDef form, FormInstance instance, boolean isNew,
                                FormSaveRequest request) {
        // Frozen or locked data is refused first: the writer learns that, not that their version is stale.
        instance.requireWritable();
        if (!isNew) {
            if (request.version() == null) {
                throw InvalidDataException.of("version", "is required to change a saved form: send the version you read ("
                        + instance.version() + " now)");
            }
            if (request.version() != instance.version()) {
                throw new StaleVersionException("Form " + form.oid() + " was changed by " + instance.updatedBy() + " at "
                        + instance.updatedAt() + " (version " + instance.version() + ", you sent " + request.version()
                        + "). Reload it and enter your change again.");
            }
        }
        if (request.status() != FormStatus.IN_PROGRESS && request.status() != FormStatus.COMPLETE) {
            throw InvalidDataException.of("status", "data entry saves a form IN_PROGRESS or COMPLETE");
        }
        Study study = subject.study();
        FormMetadata metadata = catalog.metadata(study);
        List<ItemError> faults = new ArrayList<>();
        SortedMap<ValueKey, String> target = merge(metadata, form, instance.currentValues(), request, faults);

        FormData data = SubjectRecordAssembler.formData(instance, target);
        FormValidator.Result validation = new FormValidator(metadata, subject.site().today(clock)).validate(data, request.status() == FormStatus.COMPLETE);
        faults.addAll(validation.errors());
        List<EditCheck> checks = catalog.editChecks(study, form.oid());
        SubjectRecord record = checks.isEmpty() ? null : subjectRecord(subject, data);
        // Blocking checks guard values that cannot be true: their findings refuse the save like metadata errors.
        findings(checks, true, data, record).forEach(f -> faults.add(new ItemError(
                f.items().isEmpty() ? org.ioedc.forms.crf.ItemRef.of(form.oid()) : f.items().get(0), f.message())));
        if (!faults.isEmpty()) {
            throw new InvalidDataException(faults.size() + " value(s) of form " + form.oid() + " cannot be saved; nothing was saved",
                    faults.stream().map(e -> new InvalidDataException.Fault(e.item().label(), e.message())).toList());
        }
        boolean valuesChange = !target.equals(instance.currentValues());
        String reason = FreeText.optional("reasonForChange", request.reasonForChange(), FreeText.REASON);
        if (valuesChange && instance.wasEverComplete() && reason == null) {
            throw InvalidDataException.of("reasonForChange", "is required: this form was already saved complete");
        }

        Instant now = Instant.now(clock);
        FormStatus before = instance.status();
        List<ItemChange> changes = instance.replaceValues(target, ValueOrigin.SITE, null, now, actor.username());
        instance.markStatus(request.status(), now, actor.username());
        if (isNew) {
            em.persist(instance);
        }
        flush(form.oid());
        for (ItemChange change : changes) {
            audit.append(new AuditRecord(null, now, actor.username(), AuditAction.ITEM_VALUE, study.oid(), subject.site().oid(),
                    subject.subjectKey(), instance.id(), form.oid(), instance.visitOid(), change.key().itemGroupOid(),
                    change.key().repeatKey().isEmpty() ? null : change.key().repeatKey(), change.key().itemOid(),
                    change.oldValue(), change.newValue(), reason, ValueOrigin.SITE.name()));
        }
        if (before != instance.status() || isNew) {
            audit.append(new AuditRecord(null, now, actor.username(), AuditAction.FORM_STATUS, study.oid(), subject.site().oid(),
                    subject.subjectKey(), instance.id(), form.oid(), instance.visitOid(), null, null, null,
                    isNew ? null : before.name(), instance.status().name(), reason, null));
        }
        List<CheckFinding> findings = findings(checks, false, data, record);
        SaveEffects effects = new SaveEffects();
        SubjectRecord known = record;
        saved.fire(new FormSaved(actor, subject, instance, form, changes, findings, now,
                memoized(() -> known != null ? known : subjectRecord(subject, data)), effects));
        return new FormSaveResult(FormView.of(instance), changes, findings, validation.warnings(), effects);
    }

    /**
     * The values the form will hold: the stored ones with the request applied. Items named in the
     * request that the form does not have are reported as faults.
     */
    private SortedMap<ValueKey, String> merge(FormMetadata metadata, FormDef form, SortedMap<ValueKey, String> stored,
                                              FormSaveRequest request, List<ItemError> faults) {
        SortedMap<ValueKey, String> target = new TreeMap<>(stored);
        List<ItemGroupDef> groups = metadata.groupsOf(form);
        for (Map.Entry<String, String> item : request.items().entrySet()) {
            Optional<ItemGroupDef> group = groups.stream().filter(g -> !g.repeating())
                    .filter(g -> g.items().stream().anyMatch(r -> r.itemOid().equals(item.getKey()))).findFirst();
            if (group.isEmpty()) {
                faults.add(new ItemError(org.ioedc.forms.crf.ItemRef.of(item.getKey()), "is not an item of form " + form.oid()));
                continue;
            }
            if (derived(group.get(), item.getKey())) {
                faults.add(new ItemError(org.ioedc.forms.crf.ItemRef.of(item.getKey()), DERIVED_ITEM));
                continue;
            }
            put(target, new ValueKey(group.get().oid(), "", item.getKey()), item.getValue());
        }
        for (FormSaveRequest.RowChange row : request.rows()) {
            Optional<ItemGroupDef> group = groups.stream().filter(g -> g.repeating() && g.oid().equals(row.itemGroupOid())).findFirst();
            if (group.isEmpty()) {
                faults.add(new ItemError(org.ioedc.forms.crf.ItemRef.of(String.valueOf(row.itemGroupOid())),
                        "is not a repeating item group of form " + form.oid()));
                continue;
            }
            if (row.repeatKey() == null || row.repeatKey().isBlank() || row.repeatKey().length() > 64) {
                faults.add(new ItemError(org.ioedc.forms.crf.ItemRef.of(row.itemGroupOid()), "each row needs a repeat key of 1 to 64 characters"));
                continue;
            }
            String key = row.repeatKey().strip();
            if (row.remove()) {
                target.keySet().removeIf(k -> k.itemGroupOid().equals(row.itemGroupOid()) && k.repeatKey().equals(key));
                continue;
            }
            (row.items() == null ? Map.<String, String>of() : row.items()).forEach((oid, value) -> {
                if (derived(group.get(), oid)) {
                    faults.add(new ItemError(new org.ioedc.forms.crf.ItemRef(oid, row.itemGroupOid(), key), DERIVED_ITEM));
                } else {
                    put(target, new ValueKey(row.itemGroupOid(), key, oid), value);
                }
            });
        }
        return target;
    }

    private static final String DERIVED_ITEM = "is derived by the system and cannot be entered or cleared";

    /** Derived items (an ItemRef with an ODM MethodOID) are the product's to write, never the site's. */
    private static boolean derived(ItemGroupDef group, String itemOid) {
        return group.items().stream().anyMatch(r -> r.itemOid().equals(itemOid) && r.derived());
    }

    private static void put(SortedMap<ValueKey, String> target, ValueKey key, String value) {
        if (value == null || value.isBlank()) {
            target.remove(key);
        } else {
            target.put(key, value.strip());
        }
    }

    /**
     * The subject's record for the rules: every stored form, with {@code data} in place of its stored
     * version (or added, for an instance not stored yet). The values are those the save will store.
     */
    private SubjectRecord subjectRecord(Subject subject, FormData data) {
        List<FormData> all = new ArrayList<>();
        boolean found = false;
        for (FormInstance other : forms.all(subject)) {
            boolean same = other.instanceKey().equals(data.instanceKey());
            found |= same;
            all.add(same ? data : SubjectRecordAssembler.formData(other, other.currentValues()));
        }
        if (!found) {
            all.add(data);
        }
        return SubjectRecordAssembler.subject(subject, all);
    }

    private static <T> Supplier<T> memoized(Supplier<T> source) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = source.get();
                }
                return value;
            }
        };
    }

    private static List<CheckFinding> findings(List<EditCheck> checks, boolean blocking, FormData data, SubjectRecord record) {
        return checks.stream().filter(c -> c.blocking() == blocking).flatMap(c -> c.evaluate(data, record).stream()).toList();
    }

    private void flush(String formOid) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Form " + formOid + " was changed by someone else while you saved. Reload it and enter your change again.");
        } catch (PersistenceException e) {
            throw new StaleVersionException("Form " + formOid + " was created by someone else at the same time. Reload it and enter your change again.");
        }
    }

    private FormDef formOf(Study study, String formOid) {
        return catalog.form(study, formOid)
                .orElseThrow(() -> new NotFoundException("Form " + formOid + " is not a form of study " + study.oid()));
    }

    private FormDef logForm(Subject subject, String formOid) {
        FormDef form = formOf(subject.study(), formOid);
        if (!form.repeating()) {
            throw new NotFoundException("Form " + formOid + " is a visit form: save it at a visit");
        }
        return form;
    }

    private static void requireDataEntry(Actor actor) {
        if (!actor.canEnterData()) {
            throw new ForbiddenException("A " + actor.role().name().toLowerCase().replace('_', ' ')
                    + " cannot enter or change clinical data; only site coordinators can");
        }
    }
}
