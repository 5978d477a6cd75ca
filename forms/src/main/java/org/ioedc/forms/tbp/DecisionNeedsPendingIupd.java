package org.ioedc.forms.tbp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.tumour.CourseAssessment;
import org.ioedc.forms.tumour.CourseState;
import org.ioedc.forms.tumour.IrecistCourse;
import org.ioedc.forms.tumour.TumourForms;

/**
 * TBP-001: a treatment-beyond-progression decision is taken while an iUPD is pending (spec
 * irae-tbp-therapy.md, "Treatment beyond progression"): on its date the subject's latest tumour assessment
 * (the iUPD scan itself counts on its own day) leaves an unconfirmed iUPD.
 */
final class DecisionNeedsPendingIupd implements EditCheck {

    @Override
    public String id() {
        return "TBP-001";
    }

    @Override
    public String formOid() {
        return Tbp.FORM;
    }

    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP);
    }

    @Override
    public String description() {
        return "A treatment-beyond-progression decision is dated while an iRECIST iUPD is pending (unconfirmed).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var decided = form.items().date(Tbp.DECISION_DATE);
        if (decided.isEmpty()) {
            return List.of();
        }
        IrecistCourse course = IrecistCourse.of(subject);
        CourseState state = course.stateAt(decided.get());
        if (state.iupdPending()) {
            return List.of();
        }
        // the course is derived only up to the first assessment that cannot be (an in-progress scan): from the
        // assessments before it, "no pending iUPD" would be said of data that is not all there
        Optional<CourseAssessment> underived = state.progressionConfirmed() ? Optional.empty()
                : firstNotDerived(course, decided.get());
        String why = underived.isPresent()
                ? "the tumour assessment of " + underived.get().date() + " could not be derived ("
                        + String.join("; ", underived.get().problems()) + "), so whether an iUPD was pending is not known"
                : switch (state.status()) {
            case ICPD -> "progression was already confirmed (iCPD) on " + state.confirmedOn()
                    + ", when study treatment stops";
            case NOT_PROGRESSED -> "the latest tumour assessment before it (" + state.lastAssessmentDate()
                    + ") shows no pending iUPD";
            default -> "no follow-up tumour assessment is recorded on or before it";
        };
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Tbp.DECISION_DATE)),
                "This decision to treat beyond progression is dated " + decided.get() + ", but " + why
                        + ". A TBP decision follows an unconfirmed progression (iUPD). Please check the decision date "
                        + "and the tumour assessments."));
    }

    /** The first assessment dated on or before {@code date} that could not be derived (a second baseline aside). */
    private static Optional<CourseAssessment> firstNotDerived(IrecistCourse course, LocalDate date) {
        return course.assessments().stream()
                .filter(a -> a.result() == null && !(a.baseline() && a.input() == null))
                .filter(a -> a.date() != null && !a.date().isAfter(date))
                .findFirst();
    }
}
