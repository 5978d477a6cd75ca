package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-005: assessment dates strictly increase: a follow-up is after the baseline and no two follow-ups share a
 * date (the follow-ups are ordered by date, so one scan is one assessment; spec irecist.md section 3).
 */
final class AssessmentDatesIncrease implements EditCheck {

    @Override
    public String id() {
        return "IR-005";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    /** It compares this scan with the baseline date and the other follow-ups' dates: a correction there must re-run it. */
    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP);
    }

    @Override
    public String description() {
        return "Assessment dates strictly increase: a follow-up is after the baseline and no two follow-ups have the same date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<LocalDate> date = TumourForms.date(form);
        if (date.isEmpty()) {
            return List.of();
        }
        List<CheckFinding> findings = new ArrayList<>();
        List<ItemRef> at = List.of(ItemRef.of(TumourForms.DATE));
        TumourForms.baseline(subject).flatMap(TumourForms::date).filter(b -> !date.get().isAfter(b))
                .ifPresent(b -> findings.add(new CheckFinding(id(), at, "The follow-up date " + date.get()
                        + " is not after the baseline date " + b + ". Please correct one of the dates.")));
        subject.forms(TumourForms.FOLLOW_UP).stream()
                .filter(f -> !f.instanceKey().equals(form.instanceKey()))
                .filter(f -> TumourForms.date(f).filter(date.get()::equals).isPresent())
                .findFirst()
                .ifPresent(f -> findings.add(new CheckFinding(id(), at, "Another follow-up assessment (" + f.instanceKey()
                        + ") has the same date " + date.get() + ". Each scan date is one assessment: correct the date or "
                        + "enter the lesions in that assessment.")));
        return findings;
    }
}
