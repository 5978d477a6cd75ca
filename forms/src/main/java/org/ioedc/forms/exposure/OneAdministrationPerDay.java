package org.ioedc.forms.exposure;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * EX-004: no two administration records on one date. The study drug is given at most once a day, so a
 * second record of the same date is almost always the same administration entered twice.
 */
final class OneAdministrationPerDay implements EditCheck {

    @Override
    public String id() {
        return "EX-004";
    }

    @Override
    public String formOid() {
        return ExposureLog.FORM;
    }

    @Override
    public String description() {
        return "No two study drug administration records have the same date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var date = form.items().date(ExposureLog.DATE);
        if (date.isEmpty()) {
            return List.of();
        }
        boolean twice = subject.forms(ExposureLog.FORM).stream()
                .filter(other -> other.instanceKey() == null || !other.instanceKey().equals(form.instanceKey()))
                .anyMatch(other -> other.items().date(ExposureLog.DATE).equals(date));
        if (!twice) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(ExposureLog.DATE)),
                "Another administration record is already dated " + date.get()
                        + ". Please check whether this administration was entered twice, or correct the date."));
    }
}
