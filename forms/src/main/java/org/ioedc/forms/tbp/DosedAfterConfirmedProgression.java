package org.ioedc.forms.tbp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.tumour.CourseState;
import org.ioedc.forms.tumour.IrecistCourse;

/**
 * DEV-ICPD-DOSE: a dose of study drug given after progression was confirmed (iCPD), when study treatment
 * must stop (spec irae-tbp-therapy.md, "Protocol deviations"; iRECIST, Seymour 2017). A dose on the day
 * of the confirming scan is not flagged, a dose the day after is. One finding per dose.
 */
final class DosedAfterConfirmedProgression implements DeviationRule {

    @Override
    public String id() {
        return "DEV-ICPD-DOSE";
    }

    @Override
    public Severity severity() {
        return Severity.CRITICAL;
    }

    @Override
    public String description() {
        return "Study drug given after confirmed progression (iCPD).";
    }

    @Override
    public String closedBy() {
        return "Closes when the dose no longer follows an iCPD: the dose date is corrected or the dose marked not given, "
                + "or the tumour assessments are corrected so that progression is not confirmed before the dose.";
    }

    @Override
    public Set<String> reads() {
        return Stream.concat(Stream.of(ExposureLog.FORM), Tbp.TUMOUR_FORMS.stream()).collect(Collectors.toSet());
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        List<DeviationFinding> findings = new ArrayList<>();
        List<ExposureLog.Dose> doses = ExposureLog.doses(subject);
        if (doses.isEmpty()) {
            return findings;
        }
        IrecistCourse course = IrecistCourse.of(subject);
        for (ExposureLog.Dose dose : doses) {
            CourseState state = Tbp.whenDosed(course, dose);
            if (!state.progressionConfirmed()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put(ExposureLog.DATE, dose.date().toString());
            values.put("icpdDate", state.confirmedOn().toString());
            values.put("progressionDate", state.progressionDate().toString());
            findings.add(new DeviationFinding(id(), null, "dose:" + dose.date(),
                    "Study drug was given on " + dose.date() + " after progression was confirmed (iCPD) by the scan of "
                            + state.confirmedOn() + " (progression from " + state.progressionDate()
                            + "). Study treatment stops at confirmed progression.", values));
        }
        return findings;
    }
}
