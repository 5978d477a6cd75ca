package org.ioedc.forms.tumour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-003: a follow-up records every baseline target lesion (a measurement, "too small to measure" or "not
 * evaluated", exactly one of them) and a status for every baseline non-target lesion (spec irecist.md
 * section 1; a lesion left out is not "not evaluated", docs/irecist-derivation.md choice 13).
 */
final class EveryBaselineLesionRecorded implements EditCheck {

    @Override
    public String id() {
        return "IR-003";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    /** It compares this scan with the baseline's lesions: a correction there must re-run it. */
    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE);
    }

    @Override
    public String description() {
        return "A follow-up records every baseline target lesion (measured, too small to measure, or marked not evaluated: "
                + "exactly one) and a status for every baseline non-target lesion.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<FormData> baseline = TumourForms.baseline(subject);
        if (baseline.isEmpty()) {
            return List.of();
        }
        List<CheckFinding> findings = new ArrayList<>();
        for (ItemGroupRow base : baseline.get().rows(TumourForms.BASELINE_TARGETS)) {
            String id = base.repeatKey();
            ItemRef at = new ItemRef(TumourForms.TL_DIAMETER, TumourForms.FOLLOW_UP_TARGETS, id);
            Optional<ItemGroupRow> row = form.row(TumourForms.FOLLOW_UP_TARGETS, id);
            int answers = row.map(r -> (r.values().has(TumourForms.TL_DIAMETER) ? 1 : 0)
                    + (TumourForms.isTrue(r.values(), TumourForms.TL_TOO_SMALL) ? 1 : 0)
                    + (TumourForms.isTrue(r.values(), TumourForms.TL_NOT_EVALUATED) ? 1 : 0)).orElse(0);
            String lesion = TumourForms.lesion(base, TumourForms.TL_ORGAN);
            if (answers == 0) {
                findings.add(new CheckFinding(id(), List.of(at), "Baseline target lesion " + lesion + " is not recorded at this "
                        + "follow-up: enter its diameter (0 mm if it has disappeared), tick too small to measure, or mark it "
                        + "not evaluated."));
            } else if (answers > 1 && row.get().values().has(TumourForms.TL_DIAMETER)
                    && !TumourForms.isTrue(row.get().values(), TumourForms.TL_TOO_SMALL)) {
                findings.add(new CheckFinding(id(), List.of(at, new ItemRef(TumourForms.TL_NOT_EVALUATED,
                        TumourForms.FOLLOW_UP_TARGETS, id)), "Target lesion " + lesion + " has a diameter and is marked not "
                        + "evaluated: keep only one of them."));
            } else if (answers > 1 && !TumourForms.isTrue(row.get().values(), TumourForms.TL_NOT_EVALUATED)) {
                // a diameter and "too small": the sum counts 5 mm whatever the diameter says (spec irecist.md section 1)
                findings.add(new CheckFinding(id(), List.of(at, new ItemRef(TumourForms.TL_TOO_SMALL,
                        TumourForms.FOLLOW_UP_TARGETS, id)), "Target lesion " + lesion + " has a diameter and is marked too "
                        + "small to measure (which counts as 5 mm): keep only one of them."));
            } else if (answers > 1) {
                findings.add(new CheckFinding(id(), List.of(new ItemRef(TumourForms.TL_TOO_SMALL, TumourForms.FOLLOW_UP_TARGETS, id),
                        new ItemRef(TumourForms.TL_NOT_EVALUATED, TumourForms.FOLLOW_UP_TARGETS, id)),
                        "Target lesion " + lesion + " is marked both too small to measure and not evaluated: keep only one."));
            }
        }
        for (ItemGroupRow base : baseline.get().rows(TumourForms.BASELINE_NON_TARGETS)) {
            String id = base.repeatKey();
            boolean hasStatus = form.row(TumourForms.FOLLOW_UP_NON_TARGETS, id)
                    .map(r -> r.values().has(TumourForms.NTL_STATUS)).orElse(false);
            if (!hasStatus) {
                findings.add(new CheckFinding(id(), List.of(new ItemRef(TumourForms.NTL_STATUS, TumourForms.FOLLOW_UP_NON_TARGETS, id)),
                        "Baseline non-target lesion " + TumourForms.lesion(base, TumourForms.NTL_ORGAN) + " has no status at this "
                                + "follow-up: record ABSENT, PRESENT, INCREASED, UNEQUIVOCAL_PROGRESSION or NOT_EVALUATED."));
            }
        }
        return findings;
    }
}
