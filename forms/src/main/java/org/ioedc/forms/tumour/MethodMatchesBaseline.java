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
 * IR-007: each lesion is assessed by the same imaging method as at baseline (RECIST 1.1 section 3.2: the same
 * method and technique at baseline and during follow-up).
 */
final class MethodMatchesBaseline implements EditCheck {

    @Override
    public String id() {
        return "IR-007";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    /** It compares this scan with the baseline's imaging methods: a correction there must re-run it. */
    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE);
    }

    @Override
    public String description() {
        return "Each target and non-target lesion is assessed by the same imaging method as at baseline (RECIST 1.1 section 3.2).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<FormData> baseline = TumourForms.baseline(subject);
        if (baseline.isEmpty()) {
            return List.of();
        }
        List<CheckFinding> findings = new ArrayList<>();
        compare(form, baseline.get(), TumourForms.FOLLOW_UP_TARGETS, TumourForms.BASELINE_TARGETS, TumourForms.TL_METHOD,
                "Target", findings);
        compare(form, baseline.get(), TumourForms.FOLLOW_UP_NON_TARGETS, TumourForms.BASELINE_NON_TARGETS,
                TumourForms.NTL_METHOD, "Non-target", findings);
        return findings;
    }

    private void compare(FormData form, FormData baseline, String group, String baselineGroup, String item, String kind,
                         List<CheckFinding> findings) {
        for (ItemGroupRow row : form.rows(group)) {
            Optional<String> here = row.values().text(item);
            Optional<String> there = baseline.row(baselineGroup, row.repeatKey()).flatMap(b -> b.values().text(item));
            if (here.isPresent() && there.isPresent() && !here.get().equals(there.get())) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(item, row)), kind + " lesion " + row.repeatKey()
                        + " was assessed by " + there.get() + " at baseline and by " + here.get() + " here: RECIST 1.1 asks for "
                        + "the same method at every assessment. Please check the method."));
            }
        }
    }
}
