package org.ioedc.forms.tbp;

import java.util.List;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** EOT-002: no dose of study drug is recorded after the end-of-treatment date. */
final class NoDoseAfterEndOfTreatment implements EditCheck {

    @Override
    public String id() {
        return "EOT-002";
    }

    @Override
    public String formOid() {
        return Tbp.EOT_FORM;
    }

    @Override
    public Set<String> reads() {
        return Set.of(ExposureLog.FORM);
    }

    @Override
    public String description() {
        return "No dose of study drug is recorded after the end-of-treatment date.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var end = form.items().date(Tbp.EOT_DATE);
        if (end.isEmpty()) {
            return List.of();
        }
        var later = ExposureLog.dosesAfter(subject, end.get());
        if (later.isEmpty()) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Tbp.EOT_DATE)),
                "Treatment ended on " + end.get() + " but a dose is recorded on " + later.get(later.size() - 1).date()
                        + ". Please correct the end-of-treatment date or the administration log."));
    }
}
