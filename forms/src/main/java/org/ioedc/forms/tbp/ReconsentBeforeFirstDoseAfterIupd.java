package org.ioedc.forms.tbp;

import java.util.List;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.tumour.CourseState;
import org.ioedc.forms.tumour.IrecistCourse;
import org.ioedc.forms.tumour.TumourForms;

/**
 * TBP-002: the subject re-consents on or before the first dose given after the iUPD the decision is about
 * (spec irae-tbp-therapy.md, "Treatment beyond progression"). The iUPD is the one pending on the decision
 * date; the first dose after it is the first dose dated after the iUPD scan. A dose on the day of
 * re-consent is allowed.
 */
final class ReconsentBeforeFirstDoseAfterIupd implements EditCheck {

    @Override
    public String id() {
        return "TBP-002";
    }

    @Override
    public String formOid() {
        return Tbp.FORM;
    }

    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP, ExposureLog.FORM);
    }

    @Override
    public String description() {
        return "The re-consent to treatment beyond progression is dated on or before the first dose after the iUPD.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var decided = form.items().date(Tbp.DECISION_DATE);
        var reconsent = form.items().date(Tbp.RECONSENT_DATE);
        if (decided.isEmpty() || reconsent.isEmpty()) {
            return List.of();
        }
        CourseState state = IrecistCourse.of(subject).stateAt(decided.get());
        if (!state.iupdPending()) {
            return List.of();
        }
        var firstDose = ExposureLog.dosesAfter(subject, state.pendingIupdSince()).stream().findFirst();
        if (firstDose.isEmpty() || !reconsent.get().isAfter(firstDose.get().date())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Tbp.RECONSENT_DATE)),
                "The subject re-consented on " + reconsent.get() + ", after the first dose following the iUPD of "
                        + state.pendingIupdSince() + " (given on " + firstDose.get().date() + "). Re-consent comes on or "
                        + "before that dose. Please check the re-consent date and the administration log."));
    }
}
