package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-004: lesion ids are unique and kept (spec irecist.md section 1): follow-up target and non-target rows
 * use the baseline ids, with the baseline's organ and nodal flag; a new lesion has its own id, is either a
 * new target or a new non-target lesion for good, and once recorded is recorded at every later assessment.
 */
final class LesionIdsKept implements EditCheck {

    @Override
    public String id() {
        return "IR-004";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    /** It compares this scan with the lesion ids of the baseline and the other follow-ups: a correction there must re-run it. */
    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP);
    }

    @Override
    public String description() {
        return "Lesion ids are unique and kept: follow-up rows use the baseline ids with the baseline's organ and nodal flag; "
                + "a new lesion keeps its own id, its kind (target or non-target) and is recorded at every later assessment.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<FormData> baseline = TumourForms.baseline(subject);
        List<CheckFinding> findings = new ArrayList<>();
        Set<String> baselineIds = new TreeSet<>();
        baseline.ifPresent(b -> {
            b.rows(TumourForms.BASELINE_TARGETS).forEach(r -> baselineIds.add(r.repeatKey()));
            b.rows(TumourForms.BASELINE_NON_TARGETS).forEach(r -> baselineIds.add(r.repeatKey()));
            followUpRows(form, b, TumourForms.FOLLOW_UP_TARGETS, TumourForms.BASELINE_TARGETS, "target", findings);
            followUpRows(form, b, TumourForms.FOLLOW_UP_NON_TARGETS, TumourForms.BASELINE_NON_TARGETS, "non-target", findings);
        });
        for (ItemGroupRow row : newLesions(form)) {
            if (baselineIds.contains(row.repeatKey())) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(organItem(row), row)), "New lesion id " + row.repeatKey()
                        + " is already a baseline lesion id: give each new lesion an id of its own (e.g. NL1)."));
            }
        }
        form.rows(TumourForms.NEW_TARGETS).stream()
                .filter(r -> form.row(TumourForms.NEW_NON_TARGETS, r.repeatKey()).isPresent())
                .forEach(r -> findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(TumourForms.NLT_ORGAN, r)),
                        "New lesion " + r.repeatKey() + " is recorded both as a new target and as a new non-target lesion: keep one.")));
        earlierNewLesions(form, subject, findings);
        return findings;
    }

    private void followUpRows(FormData form, FormData baseline, String group, String baselineGroup, String kind,
                              List<CheckFinding> findings) {
        String organItem = group.equals(TumourForms.FOLLOW_UP_TARGETS) ? TumourForms.TL_ORGAN : TumourForms.NTL_ORGAN;
        List<String> ids = baseline.rows(baselineGroup).stream().map(ItemGroupRow::repeatKey).toList();
        for (ItemGroupRow row : form.rows(group)) {
            Optional<ItemGroupRow> base = baseline.row(baselineGroup, row.repeatKey());
            if (base.isEmpty()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(organItem, row)), row.repeatKey() + " is not a baseline "
                        + kind + " lesion: use the baseline ids (" + (ids.isEmpty() ? "none" : String.join(", ", ids))
                        + "); record lesions that appeared after baseline as new lesions."));
                continue;
            }
            differs(row, base.get(), organItem, "organ", kind, findings);
            if (group.equals(TumourForms.FOLLOW_UP_TARGETS)) {
                differs(row, base.get(), TumourForms.TL_NODAL, "lymph node flag", kind, findings);
            }
        }
    }

    private void differs(ItemGroupRow row, ItemGroupRow base, String item, String what, String kind, List<CheckFinding> findings) {
        Optional<String> here = row.values().text(item);
        Optional<String> there = base.values().text(item);
        if (here.isPresent() && there.isPresent() && !here.get().equals(there.get())) {
            findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(item, row)), "The " + what + " of " + kind + " lesion "
                    + row.repeatKey() + " is " + here.get() + " here but " + there.get() + " at baseline: a lesion keeps its id; "
                    + "correct the " + what + " or the lesion id."));
        }
    }

    /** New lesions recorded at earlier follow-ups must be recorded here, as the same kind. */
    private void earlierNewLesions(FormData form, SubjectRecord subject, List<CheckFinding> findings) {
        Optional<LocalDate> date = TumourForms.date(form);
        if (date.isEmpty()) {
            return;
        }
        Map<String, String> kindById = new LinkedHashMap<>();
        Map<String, LocalDate> firstSeen = new LinkedHashMap<>();
        subject.forms(TumourForms.FOLLOW_UP).stream()
                .filter(f -> !f.instanceKey().equals(form.instanceKey()))
                .filter(f -> TumourForms.date(f).filter(d -> d.isBefore(date.get())).isPresent())
                .sorted(java.util.Comparator.comparing(f -> TumourForms.date(f).orElseThrow()))
                .forEach(f -> newLesions(f).forEach(r -> {
                    kindById.putIfAbsent(r.repeatKey(), r.itemGroupOid());
                    firstSeen.putIfAbsent(r.repeatKey(), TumourForms.date(f).orElseThrow());
                }));
        kindById.forEach((id, group) -> {
            Optional<ItemGroupRow> sameKind = form.row(group, id);
            String other = group.equals(TumourForms.NEW_TARGETS) ? TumourForms.NEW_NON_TARGETS : TumourForms.NEW_TARGETS;
            Optional<ItemGroupRow> otherKind = form.row(other, id);
            if (otherKind.isPresent() && sameKind.isEmpty()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(organItem(otherKind.get()), otherKind.get())),
                        "New lesion " + id + " was recorded on " + firstSeen.get(id) + " as a " + kindName(group)
                                + "; it stays one: record it in the same group."));
            } else if (sameKind.isEmpty()) {
                findings.add(new CheckFinding(id(), List.of(new ItemRef(group.equals(TumourForms.NEW_TARGETS)
                        ? TumourForms.NLT_DIAMETER : TumourForms.NLNT_STATUS, group, id)),
                        "New lesion " + id + " recorded on " + firstSeen.get(id) + " is not recorded at this follow-up: a new "
                                + "lesion is recorded at every later assessment (0 mm or ABSENT once it has disappeared)."));
            }
        });
    }

    private static String kindName(String group) {
        return group.equals(TumourForms.NEW_TARGETS) ? "new target lesion" : "new non-target lesion";
    }

    private static String organItem(ItemGroupRow row) {
        return row.itemGroupOid().equals(TumourForms.NEW_TARGETS) ? TumourForms.NLT_ORGAN : TumourForms.NLNT_ORGAN;
    }

    private static List<ItemGroupRow> newLesions(FormData form) {
        List<ItemGroupRow> rows = new ArrayList<>(form.rows(TumourForms.NEW_TARGETS));
        rows.addAll(form.rows(TumourForms.NEW_NON_TARGETS));
        return rows;
    }
}
