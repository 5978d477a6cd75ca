package org.ioedc.forms.tumour;

import java.util.ArrayList;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-012: each new lesion target (NLT) has exactly one of a diameter, "too small to measure" or "not evaluated"
 * (spec irecist.md section 1: NLT are measured like target lesions). The derivation counts a lesion marked too
 * small as 5 mm and one marked not evaluated as unmeasured whatever diameter is also entered, so two answers
 * would silently change the NLT sum that confirms progression.
 */
final class NewLesionTargetMeasured implements EditCheck {

    @Override
    public String id() {
        return "IR-012";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    @Override
    public String description() {
        return "Each new lesion target has exactly one of: a diameter (0 mm once it has disappeared), too small to measure, "
                + "or not evaluated.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        List<CheckFinding> findings = new ArrayList<>();
        for (ItemGroupRow row : form.rows(TumourForms.NEW_TARGETS)) {
            List<ItemRef> answered = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (row.values().has(TumourForms.NLT_DIAMETER)) {
                answered.add(ItemRef.inRow(TumourForms.NLT_DIAMETER, row));
                names.add("a diameter");
            }
            if (TumourForms.isTrue(row.values(), TumourForms.NLT_TOO_SMALL)) {
                answered.add(ItemRef.inRow(TumourForms.NLT_TOO_SMALL, row));
                names.add("too small to measure");
            }
            if (TumourForms.isTrue(row.values(), TumourForms.NLT_NOT_EVALUATED)) {
                answered.add(ItemRef.inRow(TumourForms.NLT_NOT_EVALUATED, row));
                names.add("not evaluated");
            }
            String lesion = TumourForms.lesion(row, TumourForms.NLT_ORGAN);
            if (answered.isEmpty()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(TumourForms.NLT_DIAMETER, row)), "New lesion target "
                        + lesion + " has no measurement: enter its diameter (0 mm if it has disappeared), tick too small to "
                        + "measure, or mark it not evaluated."));
            } else if (answered.size() > 1) {
                findings.add(new CheckFinding(id(), answered, "New lesion target " + lesion + " is recorded with "
                        + String.join(" and ", names) + ": keep only one of them."));
            }
        }
        return findings;
    }
}
