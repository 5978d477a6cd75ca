package org.ioedc.forms.therapy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.exposure.ExposureLog;

/**
 * DEV-SUBSEQ-ON-DRUG: a subsequent anticancer therapy started while the study drug was still being given
 * (spec irae-tbp-therapy.md, "Subsequent anticancer therapy"). "Still given" means a dose of study drug
 * on or after the therapy's start date. One finding per therapy, keyed by its log instance: moving the
 * start date after the last dose, or correcting the doses, closes it.
 */
final class TherapyWhileOnStudyDrug implements DeviationRule {

    @Override
    public String id() {
        return "DEV-SUBSEQ-ON-DRUG";
    }

    @Override
    public Severity severity() {
        return Severity.MAJOR;
    }

    @Override
    public String description() {
        return "A subsequent anticancer therapy started while the study drug was still given (a dose on or after its start date).";
    }

    @Override
    public String closedBy() {
        return "Closes when no dose of study drug is dated on or after the therapy's start date any more (start date "
                + "or dose dates corrected, dose marked not given).";
    }

    @Override
    public Set<String> reads() {
        return Set.of(SubsequentTherapy.FORM, ExposureLog.FORM);
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        List<DeviationFinding> findings = new ArrayList<>();
        var lastDose = ExposureLog.lastDose(subject);
        if (lastDose.isEmpty()) {
            return findings;
        }
        for (FormData therapy : subject.forms(SubsequentTherapy.FORM)) {
            var start = therapy.items().date(SubsequentTherapy.START);
            if (start.isEmpty() || start.get().isAfter(lastDose.get())) {
                continue;
            }
            var dosesFromStart = ExposureLog.doses(subject).stream().filter(d -> !d.date().isBefore(start.get())).toList();
            Map<String, String> values = new LinkedHashMap<>();
            values.put(SubsequentTherapy.START, start.get().toString());
            SubsequentTherapy.line(therapy).ifPresent(l -> values.put(SubsequentTherapy.LINE, l.toString()));
            SubsequentTherapy.regimen(therapy).ifPresent(r -> values.put("regimen", r));
            values.put(ExposureLog.DATE, dosesFromStart.get(0).date().toString());
            values.put("lastStudyDose", lastDose.get().toString());
            findings.add(new DeviationFinding(id(), null, "therapy:" + therapy.instanceKey(),
                    name(therapy) + " started on " + start.get()
                            + " while the study drug was still given (" + dosesFromStart.size()
                            + (dosesFromStart.size() == 1 ? " dose" : " doses") + " from that day, the last on "
                            + lastDose.get() + ").", values));
        }
        return findings;
    }

    /** "Subsequent therapy Dabrafenib + Trametinib", or by its line while no agent is entered. */
    private static String name(FormData therapy) {
        return SubsequentTherapy.regimen(therapy).map(r -> "Subsequent therapy " + r)
                .or(() -> SubsequentTherapy.line(therapy).map(l -> "Subsequent therapy line " + l))
                .orElse("A subsequent therapy");
    }
}
