package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * AE-006: an immune-related AE of grade 2 or more is treated with corticosteroids, or the reason it is
 * not is documented (ASCO/ESMO irAE management guidelines).
 */
final class SteroidOrReason implements EditCheck {

    @Override
    public String id() {
        return "AE-006";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "An irAE of grade 2 or more has a corticosteroid given or a documented reason none was given.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var grade = Ae.grade(form);
        if (!Ae.isTrue(form, Ae.IMMUNE_RELATED) || grade.filter(g -> g >= 2).isEmpty()
                || Ae.isTrue(form, Ae.STEROID) || form.items().has(Ae.NO_STEROID_REASON)) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.STEROID), ItemRef.of(Ae.NO_STEROID_REASON)),
                "Immune-related AE of grade " + grade.get() + " with no corticosteroid recorded. Please record the "
                        + "corticosteroid given or the reason none was given."));
    }
}
