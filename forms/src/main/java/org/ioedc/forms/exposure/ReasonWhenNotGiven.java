package org.ioedc.forms.exposure;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * EX-002: an administration marked not given has a reason ("Other" with its text) and no dose: a dose
 * on a record of a missed administration would be counted as exposure by nobody, or by mistake.
 */
final class ReasonWhenNotGiven implements EditCheck {

    @Override
    public String id() {
        return "EX-002";
    }

    @Override
    public String formOid() {
        return ExposureLog.FORM;
    }

    @Override
    public String description() {
        return "A study drug administration marked not given has a reason (OTHER specified) and no dose.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        if (!ExposureLog.notAdministered(form)) {
            return List.of();
        }
        var reason = form.items().text(ExposureLog.REASON_NOT_GIVEN);
        if (reason.isEmpty()) {
            return List.of(new CheckFinding(id(), List.of(ItemRef.of(ExposureLog.REASON_NOT_GIVEN)),
                    "The study drug is marked as not given but no reason is entered. Please enter why it was not given."));
        }
        if (reason.get().equals("OTHER") && !form.items().has(ExposureLog.REASON_SPECIFY)) {
            return List.of(new CheckFinding(id(), List.of(ItemRef.of(ExposureLog.REASON_SPECIFY)),
                    "The reason the study drug was not given is OTHER. Please specify the reason."));
        }
        if (form.items().has(ExposureLog.DOSE)) {
            return List.of(new CheckFinding(id(), List.of(ItemRef.of(ExposureLog.DOSE), ItemRef.of(ExposureLog.ADMINISTERED)),
                    "The study drug is marked as not given but a dose of " + form.items().text(ExposureLog.DOSE).orElseThrow()
                            + " is entered. Please clear the dose or mark the study drug as given."));
        }
        return List.of();
    }
}
