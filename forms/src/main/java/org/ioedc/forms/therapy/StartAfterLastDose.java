package org.ioedc.forms.therapy;

import java.util.List;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * ST-001: a subsequent therapy starts after the last dose of study drug (spec irae-tbp-therapy.md,
 * "Subsequent anticancer therapy"). When it does not, either a date is wrong or the subject received
 * both at once, which DEV-SUBSEQ-ON-DRUG flags as a deviation.
 */
final class StartAfterLastDose implements EditCheck {

    @Override
    public String id() {
        return "ST-001";
    }

    @Override
    public String formOid() {
        return SubsequentTherapy.FORM;
    }

    @Override
    public Set<String> reads() {
        return Set.of(ExposureLog.FORM);
    }

    @Override
    public String description() {
        return "A subsequent anticancer therapy starts after the last dose of study drug.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var start = form.items().date(SubsequentTherapy.START);
        var lastDose = ExposureLog.lastDose(subject);
        if (start.isEmpty() || lastDose.isEmpty() || start.get().isAfter(lastDose.get())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(SubsequentTherapy.START)),
                "This therapy starts on " + start.get() + " but the last dose of study drug was given on " + lastDose.get()
                        + ". A subsequent therapy starts after the last study dose. Please check the start date "
                        + "and the study drug administration log."));
    }
}
