package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** AE-007: a grade 3 or higher immune-related AE leads to an action with the study drug (held at least). */
final class SevereIraeAction implements EditCheck {

    @Override
    public String id() {
        return "AE-007";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "An irAE of grade 3 or more does not have action taken NONE with the study drug.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var grade = Ae.grade(form);
        if (!Ae.isTrue(form, Ae.IMMUNE_RELATED) || grade.filter(g -> g >= 3).isEmpty()
                || form.items().text(Ae.ACTION).filter("NONE"::equals).isEmpty()) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.ACTION), ItemRef.of(Ae.GRADE)),
                "Immune-related AE of grade " + grade.get() + " with action taken NONE: the study drug is usually held "
                        + "or discontinued. Please confirm the action taken."));
    }
}
