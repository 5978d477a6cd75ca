package org.ioedc.forms.core;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * A study procedure dated before informed consent (ICH E6(R2) 4.8.8: no trial-specific procedure before
 * consent). One class, one id per form it guards.
 */
final class DateNotBeforeConsent implements EditCheck {
    private final String id;
    private final String formOid;
    private final String dateItem;
    private final String what;

    DateNotBeforeConsent(String id, String formOid, String dateItem, String what) {
        this.id = id;
        this.formOid = formOid;
        this.dateItem = dateItem;
        this.what = what;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String formOid() {
        return formOid;
    }

    @Override
    public String description() {
        return what + " date is not before the informed consent date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var date = form.items().date(dateItem);
        if (date.isEmpty() || subject.consent().isEmpty() || !date.get().isBefore(subject.informedConsentDate())) {
            return List.of();
        }
        return List.of(new CheckFinding(id, List.of(ItemRef.of(dateItem)),
                what + " date " + date.get() + " is before informed consent (" + subject.informedConsentDate()
                        + "). Please correct the date or explain."));
    }
}
