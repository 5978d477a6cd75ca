package org.ioedc.forms.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * DM-001: the subject is at least 18 years old on the informed consent date, the usual adult-only
 * eligibility criterion of immunotherapy trials.
 */
final class AdultAtConsent implements EditCheck {

    @Override
    public String id() {
        return "DM-001";
    }

    @Override
    public String formOid() {
        return "F.DM";
    }

    @Override
    public String description() {
        return "Subject is at least 18 years old on the informed consent date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<LocalDate> birth = form.items().date("DM.BRTHDAT");
        if (birth.isEmpty() || subject.consent().isEmpty()) {
            return List.of();
        }
        int age = Period.between(birth.get(), subject.informedConsentDate()).getYears();
        if (age >= 18) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of("DM.BRTHDAT")),
                "Date of birth gives an age of " + age + " at informed consent ("
                        + subject.informedConsentDate() + "); subjects must be at least 18. Please check the date of birth."));
    }
}
