package org.ioedc.forms.tbp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.irecist.ConfirmationTiming;
import org.ioedc.forms.irecist.IrecistSettings;
import org.ioedc.forms.irecist.TimepointResponse;
import org.ioedc.forms.irecist.TimepointResult;
import org.ioedc.forms.tumour.CourseAssessment;
import org.ioedc.forms.tumour.IrecistCourse;

/**
 * DEV-CONFIRM-WINDOW: the scan that should confirm an iUPD was made fewer than 28 or more than 56 days
 * after it (iRECIST, Seymour 2017: confirmation 4-8 weeks after iUPD; spec irae-tbp-therapy.md). The
 * timing is the iRECIST engine's ({@link ConfirmationTiming}; days 28 and 56 are inside the window): every
 * early scan is flagged, and the first scan of an episode when it is late. One finding per scan, keyed by
 * its date.
 */
final class ConfirmationScanOutsideWindow implements DeviationRule {
    /** The settings {@link IrecistCourse#of(SubjectRecord)} derives with. */
    private static final IrecistSettings WINDOW = IrecistSettings.defaults();

    @Override
    public String id() {
        return "DEV-CONFIRM-WINDOW";
    }

    @Override
    public Severity severity() {
        return Severity.MAJOR;
    }

    @Override
    public String description() {
        return "An iUPD confirmation scan fewer than 28 or more than 56 days after the first iUPD.";
    }

    @Override
    public String closedBy() {
        return "Closes when the scan date (or the iUPD scan's) is corrected into the 28-56 day window, or the earlier "
                + "assessments are corrected so that no iUPD was pending.";
    }

    @Override
    public Set<String> reads() {
        return Set.copyOf(Tbp.TUMOUR_FORMS);
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        List<DeviationFinding> findings = new ArrayList<>();
        for (CourseAssessment scan : IrecistCourse.of(subject).derived()) {
            TimepointResult r = scan.result();
            if (!r.confirmationWindowDeviation()) {
                continue;
            }
            boolean early = r.confirmationTiming() == ConfirmationTiming.EARLY;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("scanDate", scan.date().toString());
            values.put("iupdDate", r.firstIupdDate().toString());
            values.put("daysAfterIupd", String.valueOf(r.daysSinceFirstIupd()));
            String window = WINDOW.confirmationWindowMinDays() + " to " + WINDOW.confirmationWindowMaxDays()
                    + " days after iUPD (" + r.firstIupdDate().plusDays(WINDOW.confirmationWindowMinDays()) + " to "
                    + r.firstIupdDate().plusDays(WINDOW.confirmationWindowMaxDays()) + ")";
            // spec irecist.md, "Confirmation window": an early scan cannot confirm, a late one is still used
            // an early scan confirms only by a new lesion, and then no further confirmation scan is due
            boolean confirms = r.overallResponse() == TimepointResponse.ICPD && !r.afterConfirmedProgression();
            String what = early && confirms ? "earlier than the confirmation window of " + window
                    + "; it confirms progression (iCPD) because a new lesion appeared."
                    : early ? "too early to confirm it; the confirmation scan is due " + window + "."
                    : "later than the confirmation window of " + window + "; it is still used to confirm or reset the iUPD.";
            findings.add(new DeviationFinding(id(), null, "scan:" + scan.date(),
                    "The tumour assessment of " + scan.date() + " is " + r.daysSinceFirstIupd() + " days after the iUPD of "
                            + r.firstIupdDate() + ": " + what, values));
        }
        return findings;
    }
}
