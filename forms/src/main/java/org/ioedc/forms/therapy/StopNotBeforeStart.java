package org.ioedc.forms.therapy;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** ST-003: a subsequent therapy does not stop before it starts (a one-day therapy stops the day it starts). */
final class StopNotBeforeStart implements EditCheck {

    @Override
    public String id() {
        return "ST-003";
    }

    @Override
    public String formOid() {
        return SubsequentTherapy.FORM;
    }

    @Override
    public String description() {
        return "A subsequent therapy's stop date is not before its start date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var start = form.items().date(SubsequentTherapy.START);
        var stop = form.items().date(SubsequentTherapy.STOP);
        if (start.isEmpty() || stop.isEmpty() || !stop.get().isBefore(start.get())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(SubsequentTherapy.STOP), ItemRef.of(SubsequentTherapy.START)),
                "Stop date " + stop.get() + " is before start date " + start.get() + ". Please correct one of the dates."));
    }
}
