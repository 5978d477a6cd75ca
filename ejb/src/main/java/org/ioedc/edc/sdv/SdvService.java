package org.ioedc.edc.sdv;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.ForbiddenException;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.crf.FormInstances;
import org.ioedc.edc.crf.FormLocator;
import org.ioedc.edc.crf.ItemValue;
import org.ioedc.edc.crf.ValueOrigin;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;

/**
 * Source data verification: a monitor marks a form's entered values (all, or the items named) as
 * verified against the source; progress per site and subject. A verification is for the value as it
 * is: {@link SdvClearing} removes it when the value changes.
 */
@Stateless
public class SdvService {

    @PersistenceContext(unitName = "edc")
    private EntityManager em;

    @EJB
    private SubjectService subjects;

    @EJB
    private StudySetupService studies;

    @EJB
    private FormInstances forms;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Marks values verified: the items named ({@code ITEM} or {@code ITEM[repeatKey]}), or every stored
     * value of the form when none is named. Values already verified stay as they were.
     */
    public SdvView verify(Actor actor, String studyOid, String subjectKey, FormLocator locator, List<String> items) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        if (actor.role() != Role.MONITOR) {
            throw new ForbiddenException("Only monitors verify source data");
        }
        FormInstance form = forms.of(subject, locator);
        // The form's row lock, with its values read again: a save of the form commits either before
        // (the marks are for its values) or after (its SDV clearing sees these marks), and two
        // verifications of one form cannot both insert the same mark.
        em.refresh(form, LockModeType.PESSIMISTIC_WRITE);
        form.requireNotLocked();
        List<ItemValue> chosen = chosen(form, items == null ? List.of() : items);
        List<SourceVerification> marks = marks(form);
        Instant now = Instant.now(clock);
        for (ItemValue v : chosen) {
            boolean done = marks.stream().anyMatch(m -> m.isAt(v.itemGroupOid(), v.repeatKey(), v.itemOid()));
            if (!done) {
                SourceVerification m = new SourceVerification(form, v.itemGroupOid(), v.repeatKey(), v.itemOid(), v.value(),
                        now, actor.username());
                em.persist(m);
                marks.add(m);
                audit.append(SdvAudit.of(form, v.itemGroupOid(), v.repeatKey(), v.itemOid(), v.value(), "VERIFIED",
                        null, actor.username(), now));
            }
        }
        return view(subject, form, marks);
    }

    public SdvView view(Actor actor, String studyOid, String subjectKey, FormLocator locator) {
        Subject subject = subjects.subject(actor, studyOid, subjectKey);
        FormInstance form = forms.of(subject, locator);
        return view(subject, form, marks(form));
    }

    /** Values stored and verified per site and per subject, within the actor's scope. */
    public SdvProgress progress(Actor actor, String studyOid, String siteOid) {
        studies.study(actor, studyOid);
        Map<List<String>, long[]> rows = new TreeMap<>((a, b) -> (a.get(0) + "|" + a.get(1)).compareTo(b.get(0) + "|" + b.get(1)));
        count(actor, studyOid, siteOid, "ItemValue", "v.form", " and v.origin <> :derived", rows, 0);
        count(actor, studyOid, siteOid, "SourceVerification", "v.form", "", rows, 1);
        Map<String, long[]> sites = new LinkedHashMap<>();
        List<SdvProgress.Row> subjectRows = new ArrayList<>();
        rows.forEach((key, n) -> {
            subjectRows.add(row(key.get(0), key.get(1), n));
            long[] s = sites.computeIfAbsent(key.get(0), k -> new long[2]);
            s[0] += n[0];
            s[1] += n[1];
        });
        return new SdvProgress(sites.entrySet().stream().map(e -> row(e.getKey(), null, e.getValue())).toList(), subjectRows);
    }

    private static SdvProgress.Row row(String site, String subject, long[] n) {
        double percent = n[0] == 0 ? 0 : Math.round(1000.0 * n[1] / n[0]) / 10.0;
        return new SdvProgress.Row(site, subject, n[0], n[1], percent);
    }

    private void count(Actor actor, String studyOid, String siteOid, String entity, String formPath, String condition,
                       Map<List<String>, long[]> rows, int slot) {
        StringBuilder jpql = new StringBuilder("select s.site.oid, s.subjectKey, count(v) from " + entity + " v join "
                + formPath + " f join f.subject s where s.study.oid = :study" + condition);
        List<String> visible = null;
        if (actor.role() == Role.COORDINATOR || actor.role() == Role.MONITOR) {
            visible = actor.sites().stream().filter(k -> k.studyOid().equals(studyOid)).map(Actor.SiteKey::siteOid).toList();
            jpql.append(" and s.site.oid in :sites");
        }
        if (siteOid != null) {
            jpql.append(" and s.site.oid = :site");
        }
        jpql.append(" group by s.site.oid, s.subjectKey");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class).setParameter("study", studyOid);
        if (!condition.isEmpty()) {
            q.setParameter("derived", ValueOrigin.DERIVED);
        }
        if (visible != null) {
            q.setParameter("sites", visible.isEmpty() ? List.of("") : visible);
        }
        if (siteOid != null) {
            q.setParameter("site", siteOid);
        }
        for (Object[] r : q.getResultList()) {
            rows.computeIfAbsent(List.of((String) r[0], (String) r[1]), k -> new long[2])[slot] += ((Number) r[2]).longValue();
        }
    }

    private List<ItemValue> chosen(FormInstance form, List<String> items) {
        List<ItemValue> values = form.itemValues();
        if (items.isEmpty()) {
            return values.stream().filter(SdvService::sourceData).toList();
        }
        List<ItemValue> chosen = new ArrayList<>();
        List<InvalidDataException.Fault> faults = new ArrayList<>();
        for (String label : items) {
            values.stream().filter(v -> label(v).equals(label)).findFirst().ifPresentOrElse(v -> {
                if (sourceData(v)) {
                    chosen.add(v);
                } else {
                    faults.add(new InvalidDataException.Fault(label, "is derived by the system from the form's values; "
                            + "it has no source document to verify against"));
                }
            }, () -> faults.add(new InvalidDataException.Fault(String.valueOf(label),
                    "has no stored value on form " + form.label() + " to verify")));
        }
        if (!faults.isEmpty()) {
            throw new InvalidDataException(faults.size() + " item(s) cannot be verified; nothing was verified", faults);
        }
        return chosen;
    }

    /**
     * Derived values (iRECIST sums and responses) are computed by the product from the entered values: they
     * have no source document, so they are neither verified nor counted, and a recomputation can never leave
     * a mark on a value that changed (docs/review.md).
     */
    private static boolean sourceData(ItemValue v) {
        return v.origin() != ValueOrigin.DERIVED;
    }

    private static String label(ItemValue v) {
        return v.repeatKey().isEmpty() ? v.itemOid() : v.itemOid() + "[" + v.repeatKey() + "]";
    }

    private List<SourceVerification> marks(FormInstance form) {
        return new ArrayList<>(em.createQuery("select m from SourceVerification m where m.form = :f", SourceVerification.class)
                .setParameter("f", form).getResultList());
    }

    private static SdvView view(Subject subject, FormInstance form, List<SourceVerification> marks) {
        List<SdvView.Item> items = form.itemValues().stream().filter(SdvService::sourceData).map(v -> {
            var mark = marks.stream().filter(m -> m.isAt(v.itemGroupOid(), v.repeatKey(), v.itemOid())).findFirst();
            return new SdvView.Item(v.itemGroupOid(), v.repeatKey().isEmpty() ? null : v.repeatKey(), v.itemOid(), v.value(),
                    mark.map(SourceVerification::verifiedBy).orElse(null), mark.map(SourceVerification::verifiedAt).orElse(null));
        }).sorted(java.util.Comparator.comparing(SdvView.Item::itemGroupOid)
                .thenComparing(i -> i.repeatKey() == null ? "" : i.repeatKey()).thenComparing(SdvView.Item::itemOid)).toList();
        int verified = (int) items.stream().filter(i -> i.verifiedBy() != null).count();
        return new SdvView(subject.subjectKey(), form.formOid(), form.visitOid(), form.visitOid() == null ? form.logNumber() : null,
                items.size(), verified, !items.isEmpty() && verified == items.size(), items);
    }
}
