package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-006: the baseline scan is on or before the first dose and no more than the study's baseline window
 * (default 28 days) before it (spec irecist.md section 1; RECIST 1.1 section 3.4: baseline within 4 weeks).
 */
final class BaselineTiming implements EditCheck {

    @Override
    public String id() {
        return "IR-006";
    }

    @Override
    public String formOid() {
        return TumourForms.BASELINE;
    }

    @Override
    public String description() {
        return "The baseline scan is on or before the first dose and within the study's baseline window before it "
                + "(default 28 days).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<LocalDate> date = TumourForms.date(form);
        if (date.isEmpty() || subject.firstDose().isEmpty()) {
            return List.of();
        }
        LocalDate firstDose = subject.firstDose().get();
        List<ItemRef> at = List.of(ItemRef.of(TumourForms.DATE));
        if (date.get().isAfter(firstDose)) {
            return List.of(new CheckFinding(id(), at, "The baseline scan (" + date.get() + ") is after the first dose ("
                    + firstDose + "): the baseline must be on or before the first dose."));
        }
        long daysBefore = ChronoUnit.DAYS.between(date.get(), firstDose);
        if (daysBefore > subject.baselineWindowDays()) {
            return List.of(new CheckFinding(id(), at, "The baseline scan (" + date.get() + ") is " + daysBefore
                    + " days before the first dose (" + firstDose + "); the study allows at most " + subject.baselineWindowDays()
                    + " days. A new baseline scan may be needed: please check with the investigator."));
        }
        return List.of();
    }
}
