package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** AE-003: the end date is not before the start date. */
final class EndNotBeforeStart implements EditCheck {

    @Override
    public String id() {
        return "AE-003";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "AE end date is not before its start date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var start = form.items().date(Ae.START);
        var end = form.items().date(Ae.END);
        if (start.isEmpty() || end.isEmpty() || !end.get().isBefore(start.get())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.END), ItemRef.of(Ae.START)),
                "End date " + end.get() + " is before start date " + start.get() + ". Please correct one of the dates."));
    }
}
