package org.ioedc.forms.tumour;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-011: at baseline a target and a non-target lesion do not share an id (spec irecist.md section 1: a
 * lesion id names one lesion at every assessment). Within a group the repeat key is unique already.
 */
final class BaselineLesionIdsUnique implements EditCheck {

    @Override
    public String id() {
        return "IR-011";
    }

    @Override
    public String formOid() {
        return TumourForms.BASELINE;
    }

    @Override
    public String description() {
        return "At baseline a target and a non-target lesion do not share a lesion id.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        return form.rows(TumourForms.BASELINE_TARGETS).stream()
                .filter(t -> form.row(TumourForms.BASELINE_NON_TARGETS, t.repeatKey()).isPresent())
                .map(t -> new CheckFinding(id(), List.of(ItemRef.inRow(TumourForms.TL_ORGAN, t),
                        new ItemRef(TumourForms.NTL_ORGAN, TumourForms.BASELINE_NON_TARGETS, t.repeatKey())),
                        "Lesion id " + t.repeatKey() + " is used for a target and a non-target lesion: give each lesion an "
                                + "id of its own (e.g. T1, T2 for target and N1, N2 for non-target lesions)."))
                .toList();
    }
}
