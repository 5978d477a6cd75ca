package org.ioedc.forms.tbp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.tumour.CourseState;
import org.ioedc.forms.tumour.IrecistCourse;

/**
 * DEV-IUPD-DOSE: a dose of study drug given while an iUPD was pending, with no treatment-beyond-progression
 * decision taken since that iUPD, or before the subject re-consented (spec irae-tbp-therapy.md, "Protocol
 * deviations" and "Treatment beyond progression"; iRECIST, Seymour 2017: treatment may continue after
 * iUPD only in a clinically stable subject, with consent). The decision that covers the dose is one dated
 * on or after the first iUPD of the pending episode and on or before the dose; its re-consent date must
 * be on or before the dose (a dose on the day of re-consent is allowed). One finding per dose.
 */
final class DosedDuringPendingIupd implements DeviationRule {

    @Override
    public String id() {
        return "DEV-IUPD-DOSE";
    }

    @Override
    public Severity severity() {
        return Severity.MAJOR;
    }

    @Override
    public String description() {
        return "Study drug given after iUPD (while unconfirmed) with no treatment-beyond-progression decision since the "
                + "iUPD, or before the subject re-consented.";
    }

    @Override
    public String closedBy() {
        return "Closes when the dose is covered: a TBP decision dated from the iUPD to the dose with re-consent on or "
                + "before the dose is entered or corrected, or the dose or the scans are corrected.";
    }

    @Override
    public Set<String> reads() {
        return Stream.concat(Stream.of(ExposureLog.FORM, Tbp.FORM), Tbp.TUMOUR_FORMS.stream()).collect(Collectors.toSet());
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
            if (!state.iupdPending()) {
                continue;
            }
            List<FormData> decisions = Tbp.decisionsBetween(subject, state.pendingIupdSince(), dose.date());
            Optional<FormData> consented = decisions.stream()
                    .filter(d -> d.items().date(Tbp.RECONSENT_DATE).filter(r -> !r.isAfter(dose.date())).isPresent())
                    .findFirst();
            if (consented.isPresent()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put(ExposureLog.DATE, dose.date().toString());
            values.put("iupdDate", state.pendingIupdSince().toString());
            String why;
            if (decisions.isEmpty()) {
                why = "no treatment-beyond-progression decision has been recorded since the iUPD";
            } else {
                FormData decision = decisions.get(decisions.size() - 1);
                String decided = decision.items().text(Tbp.DECISION_DATE).orElseThrow();
                values.put(Tbp.DECISION_DATE, decided);
                var reconsent = decision.items().text(Tbp.RECONSENT_DATE);
                reconsent.ifPresent(r -> values.put(Tbp.RECONSENT_DATE, r));
                why = reconsent.map(r -> "the subject re-consented only on " + r)
                        .orElse("the decision of " + decided + " has no re-consent date");
            }
            findings.add(new DeviationFinding(id(), null, "dose:" + dose.date(),
                    "Study drug was given on " + dose.date() + " after iUPD of " + state.pendingIupdSince()
                            + ", but " + why + ". Treatment beyond progression needs the investigator's decision and the "
                            + "subject's re-consent before the dose.", values));
        }
        return findings;
    }
}
