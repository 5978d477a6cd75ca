package org.ioedc.forms.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/** DEV-SUBSEQ-ON-DRUG at its boundaries: a dose on the start day, the day before, none. */
class TherapyWhileOnStudyDrugTest {
    private static final StudySchedule NO_SCHEDULE = new StudySchedule(List.of());
    private final TherapyWhileOnStudyDrug rule = new TherapyWhileOnStudyDrug();

    private List<DeviationFinding> run(Records records) {
        return rule.evaluate(records.record(), NO_SCHEDULE);
    }

    private static Records dosedUntil(LocalDate last) {
        return Records.subject().dose(LocalDate.of(2026, 9, 15)).dose(last);
    }

    @Test
    void aTherapyStartingOnTheDayOfADoseIsADeviation() {
        assertEquals(Severity.MAJOR, rule.severity());
        var findings = run(dosedUntil(LocalDate.of(2027, 1, 12)).therapy(1, "2027-01-12")
                .agents(new String[] {"Dabrafenib", "", ""}, new String[] {"Trametinib", "", ""}));
        assertEquals(1, findings.size());
        var f = findings.get(0);
        assertEquals("therapy:F.ST#1", f.factKey());
        assertEquals("Subsequent therapy Dabrafenib + Trametinib started on 2027-01-12 while the study drug was still given "
                + "(1 dose from that day, the last on 2027-01-12).", f.message());
        assertEquals("2027-01-12", f.values().get("ST.STDAT"));
        assertEquals("1", f.values().get("ST.LINE"));
    }

    @Test
    void aTherapyWhoseAgentsAreNotEnteredYetIsNamedByItsLine() {
        var findings = run(dosedUntil(LocalDate.of(2027, 1, 12)).therapy(2, "2027-01-12"));
        assertEquals("Subsequent therapy line 2 started on 2027-01-12 while the study drug was still given "
                + "(1 dose from that day, the last on 2027-01-12).", findings.get(0).message());
        assertFalse(findings.get(0).values().containsKey("regimen"));
        var noLine = run(dosedUntil(LocalDate.of(2027, 1, 12)).log("F.ST", "ST.STDAT", "2027-01-12"));
        assertEquals("A subsequent therapy started on 2027-01-12 while the study drug was still given "
                + "(1 dose from that day, the last on 2027-01-12).", noLine.get(0).message());
    }

    @Test
    void aTherapyStartingTheDayAfterTheLastDoseIsNot() {
        assertTrue(run(dosedUntil(LocalDate.of(2027, 1, 12)).therapy(1, "2027-01-13")).isEmpty());
        assertTrue(run(Records.subject().therapy(1, "2027-01-13")).isEmpty());
    }

    @Test
    void dosesAfterTheStartAreCountedAndTheFactStaysOne() {
        var findings = run(dosedUntil(LocalDate.of(2027, 1, 12)).dose(LocalDate.of(2027, 2, 2)).therapy(1, "2027-01-01")
                .therapy(2, "2027-03-01"));
        assertEquals(1, findings.size());
        assertEquals("therapy:F.ST#1", findings.get(0).factKey());
        assertTrue(findings.get(0).message().contains("(2 doses from that day, the last on 2027-02-02)"), findings.get(0).message());
    }
}
