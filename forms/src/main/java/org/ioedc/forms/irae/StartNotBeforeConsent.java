package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** AE-008: the AE starts on or after informed consent (events before consent are medical history). */
final class StartNotBeforeConsent implements EditCheck {

    @Override
    public String id() {
        return "AE-008";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "AE start date is not before the informed consent date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var start = form.items().date(Ae.START);
        if (start.isEmpty() || subject.consent().isEmpty() || !start.get().isBefore(subject.informedConsentDate())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.START)),
                "AE start date " + start.get() + " is before informed consent (" + subject.informedConsentDate()
                        + "). An event before consent is medical history. Please correct the date or explain."));
    }
}
