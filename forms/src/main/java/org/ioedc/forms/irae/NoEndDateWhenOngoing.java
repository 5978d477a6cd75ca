package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** AE-004: an ongoing AE has no end date. */
final class NoEndDateWhenOngoing implements EditCheck {

    @Override
    public String id() {
        return "AE-004";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "An AE marked ongoing has no end date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        if (!Ae.isTrue(form, Ae.ONGOING) || !form.items().has(Ae.END)) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.ONGOING), ItemRef.of(Ae.END)),
                "The AE is marked ongoing but has an end date (" + form.items().text(Ae.END).orElseThrow()
                        + "). Please clear the end date or untick ongoing."));
    }
}
