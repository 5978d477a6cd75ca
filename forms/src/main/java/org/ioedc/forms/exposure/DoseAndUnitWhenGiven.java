package org.ioedc.forms.exposure;

import java.util.ArrayList;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** EX-001: an administration marked given has its dose and unit (the exposure the analysis needs). */
final class DoseAndUnitWhenGiven implements EditCheck {

    @Override
    public String id() {
        return "EX-001";
    }

    @Override
    public String formOid() {
        return ExposureLog.FORM;
    }

    @Override
    public String description() {
        return "A study drug administration marked given has its dose and dose unit.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        if (!ExposureLog.administered(form)) {
            return List.of();
        }
        List<ItemRef> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (!form.items().has(ExposureLog.DOSE)) {
            missing.add(ItemRef.of(ExposureLog.DOSE));
            names.add("dose");
        }
        if (!form.items().has(ExposureLog.UNIT)) {
            missing.add(ItemRef.of(ExposureLog.UNIT));
            names.add("unit");
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), missing, "The study drug is marked as given but the "
                + String.join(" and ", names) + (names.size() > 1 ? " are" : " is") + " missing. Please enter "
                + (names.size() > 1 ? "them" : "it") + " from the administration record."));
    }
}
