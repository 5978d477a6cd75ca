package org.ioedc.forms.tbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/** The TBP module's checks and rules that do not need the iRECIST course. */
class TbpChecksTest {
    private static final StudySchedule NO_SCHEDULE = new StudySchedule(List.of());

    private static List<CheckFinding> run(EditCheck check, Records records) {
        List<CheckFinding> findings = check.evaluate(records.last(), records.record());
        findings.forEach(f -> assertEquals(check.id(), f.checkId()));
        return findings;
    }

    static Records decision(Records records, String date, String... answers) {
        String[] items = {"TBP.DECDAT", date, "TBP.ECOG", "true", "TBP.NORAPID", "true", "TBP.NOCRIT", "true",
                "TBP.NOSYMP", "true", "TBP.TOLER", "true", "TBP.BENEFIT", "true", "TBP.RECONDAT", date};
        String[] all = new String[items.length + answers.length];
        System.arraycopy(items, 0, all, 0, items.length);
        System.arraycopy(answers, 0, all, items.length, answers.length);
        return records.log("F.TBP", all);
    }

    @Test
    void treatmentEndsOnce() {
        var check = new OneEndOfTreatment();
        assertTrue(run(check, Records.subject().log("F.EOT", "EOT.EOTDAT", "2027-01-20", "EOT.REASON", "CONFIRMED_PROGRESSION")).isEmpty());
        var twice = Records.subject().log("F.EOT", "EOT.EOTDAT", "2027-01-20", "EOT.REASON", "CONFIRMED_PROGRESSION")
                .log("F.EOT", "EOT.EOTDAT", "2027-02-20", "EOT.REASON", "ADVERSE_EVENT");
        assertEquals(1, run(check, twice).size());
    }

    @Test
    void noDoseAfterTheEndOfTreatment() {
        var check = new NoDoseAfterEndOfTreatment();
        var onTheDay = Records.subject().dose(LocalDate.of(2027, 1, 20)).log("F.EOT", "EOT.EOTDAT", "2027-01-20", "EOT.REASON", "COMPLETED");
        assertTrue(run(check, onTheDay).isEmpty());
        var dayAfter = Records.subject().dose(LocalDate.of(2027, 1, 21)).log("F.EOT", "EOT.EOTDAT", "2027-01-20", "EOT.REASON", "COMPLETED");
        var f = run(check, dayAfter);
        assertEquals(1, f.size());
        assertEquals("Treatment ended on 2027-01-20 but a dose is recorded on 2027-01-21. Please correct the end-of-treatment "
                + "date or the administration log.", f.get(0).message());
    }

    @Test
    void aDecisionWithEveryCriterionMetIsNoDeviation() {
        assertTrue(new CriterionNotMet().evaluate(decision(Records.subject(), "2027-01-05").record(), NO_SCHEDULE).isEmpty());
    }

    @Test
    void aDecisionWithACriterionNotMetIsOneDeviation() {
        var rule = new CriterionNotMet();
        assertEquals(Severity.MAJOR, rule.severity());
        var findings = rule.evaluate(decision(Records.subject(), "2027-01-05", "TBP.ECOG", "false", "TBP.TOLER", "false")
                .record(), NO_SCHEDULE);
        assertEquals(1, findings.size());
        DeviationFinding f = findings.get(0);
        assertEquals("DEV-TBP-CRITERIA", f.ruleId());
        assertEquals("tbp:F.TBP#1", f.factKey());
        assertEquals("The decision of 2027-01-05 to treat beyond progression was taken with 'no decline in ECOG performance "
                + "status', 'tolerating study drug' answered no. Treatment beyond progression requires every criterion met.",
                f.message());
        assertEquals("false", f.values().get("TBP.ECOG"));
        // correcting one of the two keeps the same fact open; correcting both removes it
        var one = rule.evaluate(decision(Records.subject(), "2027-01-05", "TBP.TOLER", "false").record(), NO_SCHEDULE);
        assertEquals("tbp:F.TBP#1", one.get(0).factKey());
    }

    @Test
    void theInvestigatorsJudgementCountsToo() {
        var findings = new CriterionNotMet().evaluate(decision(Records.subject(), "2027-01-05", "TBP.BENEFIT", "false")
                .record(), NO_SCHEDULE);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("'investigator's judgement of continued benefit'"));
    }
}
