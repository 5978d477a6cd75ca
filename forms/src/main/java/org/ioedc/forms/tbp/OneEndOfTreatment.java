package org.ioedc.forms.tbp;

import java.util.List;
import java.util.Objects;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** EOT-001: a subject's study treatment ends once: one end-of-treatment record per subject. */
final class OneEndOfTreatment implements EditCheck {

    @Override
    public String id() {
        return "EOT-001";
    }

    @Override
    public String formOid() {
        return Tbp.EOT_FORM;
    }

    @Override
    public String description() {
        return "A subject has one end-of-treatment record.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        long others = subject.forms(Tbp.EOT_FORM).stream()
                .filter(o -> !Objects.equals(o.instanceKey(), form.instanceKey())).count();
        if (others == 0) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Tbp.EOT_DATE)),
                "The subject already has an end-of-treatment record. Study treatment ends once: please correct the "
                        + "existing record instead of adding another."));
    }
}
