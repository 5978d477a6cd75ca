package org.ioedc.forms.core;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** VS-001: the diastolic pressure is below the systolic; the reverse is almost always a transcription swap. */
final class DiastolicBelowSystolic implements EditCheck {

    @Override
    public String id() {
        return "VS-001";
    }

    @Override
    public String formOid() {
        return "F.VS";
    }

    @Override
    public String description() {
        return "Diastolic blood pressure is lower than systolic blood pressure.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var systolic = form.items().number("VS.SYSBP");
        var diastolic = form.items().number("VS.DIABP");
        if (systolic.isEmpty() || diastolic.isEmpty() || diastolic.get().compareTo(systolic.get()) < 0) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of("VS.SYSBP"), ItemRef.of("VS.DIABP")),
                "Diastolic pressure (" + diastolic.get() + " mmHg) is not lower than systolic pressure ("
                        + systolic.get() + " mmHg). Were the two values swapped?"));
    }
}
