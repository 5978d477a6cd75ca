package org.ioedc.forms.tumour;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.irecist.ConfirmationTiming;
import org.ioedc.forms.irecist.TimepointResponse;
import org.ioedc.forms.irecist.TimepointResult;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-010: a scan made while an iUPD is pending falls 28 to 56 days after the first iUPD of the episode (spec
 * irecist.md section 2, "Confirmation window"). The engine flags every early scan and the first non-early scan
 * when it is late ({@link TimepointResult#confirmationWindowDeviation()}); this check tells the site.
 */
final class ConfirmationScanWindow implements EditCheck {

    @Override
    public String id() {
        return "IR-010";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    /** It compares this scan with the earlier scans that put the iUPD in place: a correction there must re-run it. */
    @Override
    public Set<String> reads() {
        return Set.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP);
    }

    @Override
    public String description() {
        return "A confirmation scan after iUPD is 28 to 56 days after the first iUPD: an earlier scan cannot confirm "
                + "progression (unless a new lesion appears), a later one is used but late.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<TimepointResult> result = IrecistCourse.of(subject).assessment(form.instanceKey())
                .flatMap(CourseAssessment::derived);
        if (result.isEmpty() || !result.get().confirmationWindowDeviation()) {
            return List.of();
        }
        TimepointResult r = result.get();
        String timing = "This scan is " + r.daysSinceFirstIupd() + " days after the first iUPD (" + r.firstIupdDate()
                + "); a confirmation scan should be 28 to 56 days after it.";
        boolean early = r.confirmationTiming() == ConfirmationTiming.EARLY;
        // an early scan confirms only by a new lesion (spec irecist.md, "Confirmation window"); then none is due
        boolean confirms = r.overallResponse() == TimepointResponse.ICPD && !r.afterConfirmedProgression();
        String consequence = early && confirms
                ? " It is early, but it confirms progression (iCPD) because a new lesion appeared."
                : early ? " It is too early to confirm progression unless a new lesion appears; a confirmation scan is still due."
                : " It is late; it is still used to confirm or reset the iUPD.";
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(TumourForms.DATE)), timing + consequence));
    }
}
