package org.ioedc.forms.tbp;

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

/**
 * DEV-TBP-CRITERIA: a decision to treat beyond progression although a clinical stability criterion is not
 * met, or the investigator does not judge the subject to benefit (spec irae-tbp-therapy.md, "Treatment
 * beyond progression": "every criterion met or the decision is a deviation"; iRECIST, Seymour 2017).
 * One finding per decision, keyed by its log instance, whichever criteria are unmet.
 */
final class CriterionNotMet implements DeviationRule {

    @Override
    public String id() {
        return "DEV-TBP-CRITERIA";
    }

    @Override
    public Severity severity() {
        return Severity.MAJOR;
    }

    @Override
    public String description() {
        return "A treatment-beyond-progression decision with a clinical stability criterion not met, or without the "
                + "investigator's judgement of continued benefit.";
    }

    @Override
    public String closedBy() {
        return "Closes when every criterion and the judgement of the decision are answered yes (a corrected entry).";
    }

    @Override
    public Set<String> reads() {
        return Set.of(Tbp.FORM);
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        return subject.forms(Tbp.FORM).stream().flatMap(decision -> finding(decision).stream()).toList();
    }

    private List<DeviationFinding> finding(FormData decision) {
        List<String> unmet = Tbp.unmet(decision);
        if (unmet.isEmpty()) {
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        decision.items().text(Tbp.DECISION_DATE).ifPresent(d -> values.put(Tbp.DECISION_DATE, d));
        unmet.forEach(item -> values.put(item, "false"));
        String date = decision.items().text(Tbp.DECISION_DATE).map(d -> " of " + d).orElse("");
        return List.of(new DeviationFinding(id(), null, "tbp:" + decision.instanceKey(),
                "The decision" + date + " to treat beyond progression was taken with "
                        + String.join(", ", unmet.stream().map(Tbp.CRITERIA::get).map(c -> "'" + c + "'").toList())
                        + " answered no. Treatment beyond progression requires every criterion met.", values));
    }
}
