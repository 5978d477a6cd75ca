package org.ioedc.forms.exposure;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * EX-003: a dose given is not dated before the subject's first dose date (study day 1, recorded at
 * enrolment): one of the two dates is wrong, and every study day derives from the first.
 */
final class NotBeforeFirstDose implements EditCheck {

    @Override
    public String id() {
        return "EX-003";
    }

    @Override
    public String formOid() {
        return ExposureLog.FORM;
    }

    @Override
    public String description() {
        return "A dose given is not dated before the subject's first dose date (study day 1).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var date = form.items().date(ExposureLog.DATE);
        if (!ExposureLog.administered(form) || date.isEmpty() || subject.firstDose().isEmpty()
                || !date.get().isBefore(subject.firstDoseDate())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(ExposureLog.DATE)),
                "This dose is dated " + date.get() + ", before the subject's first dose on " + subject.firstDoseDate()
                        + ". Please correct the administration date or the subject's first dose date."));
    }
}
