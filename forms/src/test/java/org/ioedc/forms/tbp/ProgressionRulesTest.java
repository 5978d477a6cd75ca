package org.ioedc.forms.tbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/**
 * The deviation rules that read the subject's iRECIST course (through IrecistCourse, over real tumour
 * forms), at the boundaries the issue names: a dose on the day of re-consent, a dose on and the day after
 * iCPD, a confirmation scan 27, 28, 56 and 57 days after iUPD.
 */
class ProgressionRulesTest {
    private static final StudySchedule NO_SCHEDULE = new StudySchedule(List.of());
    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 10);
    private static final LocalDate IUPD = LocalDate.of(2026, 11, 10);
    private static final LocalDate ICPD = LocalDate.of(2026, 12, 15);

    /** Doses every three weeks from the first dose, a new lesion on 2026-11-10 (iUPD). */
    private static Records iupd() {
        return Records.subject().tumourBaseline(BASELINE).dose(Records.FIRST_DOSE).dose(LocalDate.of(2026, 10, 6))
                .scan(LocalDate.of(2026, 10, 20)).dose(LocalDate.of(2026, 10, 27)).scan(IUPD, "NL1");
    }

    /** The iUPD confirmed on 2026-12-15 by a second new lesion (iCPD). */
    private static Records icpd() {
        return iupd().scan(ICPD, "NL1", "NL2");
    }

    private static List<DeviationFinding> run(DeviationRule rule, Records records) {
        List<DeviationFinding> findings = rule.evaluate(records.record(), NO_SCHEDULE);
        findings.forEach(f -> assertEquals(rule.id(), f.ruleId()));
        return findings;
    }

    private static List<String> keys(List<DeviationFinding> findings) {
        return findings.stream().map(DeviationFinding::factKey).toList();
    }

    // DEV-IUPD-DOSE

    @Test
    void aDoseAfterIupdWithoutATbpDecisionIsADeviation() {
        var rule = new DosedDuringPendingIupd();
        assertEquals(Severity.MAJOR, rule.severity());
        var findings = run(rule, iupd().dose(IUPD.plusDays(1)));
        assertEquals(List.of("dose:2026-11-11"), keys(findings));
        assertEquals("Study drug was given on 2026-11-11 after iUPD of 2026-11-10, but no treatment-beyond-progression "
                + "decision has been recorded since the iUPD. Treatment beyond progression needs the investigator's decision "
                + "and the subject's re-consent before the dose.", findings.get(0).message());
        assertEquals("2026-11-10", findings.get(0).values().get("iupdDate"));
    }

    @Test
    void aDoseOnTheDayOfTheIupdScanOrBeforeItIsNot() {
        assertTrue(run(new DosedDuringPendingIupd(), iupd().dose(IUPD)).isEmpty());
        assertTrue(run(new DosedDuringPendingIupd(), iupd()).isEmpty());
    }

    @Test
    void aDoseOnTheDayOfReconsentIsCovered() {
        var onTheDay = iupd().tbpDecision(IUPD.plusDays(1), IUPD.plusDays(2)).dose(IUPD.plusDays(2));
        assertTrue(run(new DosedDuringPendingIupd(), onTheDay).isEmpty());
    }

    @Test
    void aDoseTheDayBeforeReconsentIsADeviation() {
        var findings = run(new DosedDuringPendingIupd(),
                iupd().tbpDecision(IUPD.plusDays(1), IUPD.plusDays(3)).dose(IUPD.plusDays(2)));
        assertEquals(List.of("dose:2026-11-12"), keys(findings));
        assertTrue(findings.get(0).message().contains("but the subject re-consented only on 2026-11-13."), findings.get(0).message());
        assertEquals("2026-11-13", findings.get(0).values().get("TBP.RECONDAT"));
        var noReconsent = run(new DosedDuringPendingIupd(), iupd().tbpDecision(IUPD.plusDays(1), null).dose(IUPD.plusDays(2)));
        assertTrue(noReconsent.get(0).message().contains("but the decision of 2026-11-11 has no re-consent date."));
    }

    @Test
    void aDecisionBeforeTheIupdDoesNotCoverALaterDose() {
        var findings = run(new DosedDuringPendingIupd(),
                iupd().tbpDecision(IUPD.minusDays(5), IUPD.minusDays(5)).dose(IUPD.plusDays(2)));
        assertEquals(List.of("dose:2026-11-12"), keys(findings));
    }

    @Test
    void dosesAfterTheIupdWasResetOrConfirmedAreNotThisRule() {
        // iSD 35 days later resets the iUPD: a dose after that needs no decision
        var reset = iupd().scan(IUPD.plusDays(35), "NL1=ABSENT").dose(IUPD.plusDays(36));
        assertTrue(run(new DosedDuringPendingIupd(), reset).isEmpty());
        assertEquals(List.of("dose:2026-12-15"), keys(run(new DosedDuringPendingIupd(), reset.dose(IUPD.plusDays(35)))));
        // after iCPD the dose is DEV-ICPD-DOSE's, not flagged twice
        assertTrue(run(new DosedDuringPendingIupd(), icpd().tbpDecision(IUPD, IUPD).dose(ICPD.plusDays(1))).isEmpty());
        // on the day of the confirming scan the iUPD was still pending
        assertEquals(List.of("dose:2026-12-15"), keys(run(new DosedDuringPendingIupd(), icpd().dose(ICPD))));
    }

    // DEV-ICPD-DOSE

    @Test
    void aDoseTheDayAfterIcpdIsCritical() {
        var rule = new DosedAfterConfirmedProgression();
        assertEquals(Severity.CRITICAL, rule.severity());
        var findings = run(rule, icpd().dose(ICPD.plusDays(1)));
        assertEquals(List.of("dose:2026-12-16"), keys(findings));
        assertEquals("Study drug was given on 2026-12-16 after progression was confirmed (iCPD) by the scan of 2026-12-15 "
                + "(progression from 2026-11-10). Study treatment stops at confirmed progression.", findings.get(0).message());
        assertEquals("2026-12-15", findings.get(0).values().get("icpdDate"));
    }

    @Test
    void aDoseEnteredTwiceIsOneFact() {
        var findings = run(new DosedAfterConfirmedProgression(), icpd().dose(ICPD.plusDays(1)).dose(ICPD.plusDays(1)));
        assertEquals(List.of("dose:2026-12-16"), keys(findings));
    }

    @Test
    void aDoseOnTheDayOfIcpdIsNot() {
        assertTrue(run(new DosedAfterConfirmedProgression(), icpd().dose(ICPD)).isEmpty());
        assertTrue(run(new DosedAfterConfirmedProgression(), iupd().dose(ICPD.plusDays(1))).isEmpty());
    }

    @Test
    void correctingTheScanRemovesTheFact() {
        var rule = new DosedAfterConfirmedProgression();
        assertEquals(List.of("dose:2026-12-16"), keys(run(rule, icpd().dose(ICPD.plusDays(1)))));
        // the second new lesion was a typing error: the iUPD stays unconfirmed, the dose is the TBP rule's
        var corrected = iupd().scan(ICPD, "NL1").dose(ICPD.plusDays(1));
        assertTrue(run(rule, corrected).isEmpty());
        assertEquals(List.of("dose:2026-12-16"), keys(run(new DosedDuringPendingIupd(), corrected)));
    }

    // DEV-CONFIRM-WINDOW

    @Test
    void confirmationScanAtDay27IsEarly() {
        var findings = run(new ConfirmationScanOutsideWindow(), iupd().scan(IUPD.plusDays(27), "NL1"));
        assertEquals(List.of("scan:2026-12-07"), keys(findings));
        assertEquals("The tumour assessment of 2026-12-07 is 27 days after the iUPD of 2026-11-10: too early to confirm it; "
                + "the confirmation scan is due 28 to 56 days after iUPD (2026-12-08 to 2027-01-05).", findings.get(0).message());
    }

    @Test
    void anEarlyScanThatConfirmsByANewLesionIsStillADeviationButConfirms() {
        var findings = run(new ConfirmationScanOutsideWindow(), iupd().scan(IUPD.plusDays(20), "NL1", "NL2"));
        assertEquals(List.of("scan:2026-11-30"), keys(findings));
        assertEquals("The tumour assessment of 2026-11-30 is 20 days after the iUPD of 2026-11-10: earlier than the "
                + "confirmation window of 28 to 56 days after iUPD (2026-12-08 to 2027-01-05); it confirms progression (iCPD) "
                + "because a new lesion appeared.", findings.get(0).message());
    }

    @Test
    void confirmationScanAtDays28And56IsInTheWindow() {
        assertTrue(run(new ConfirmationScanOutsideWindow(), iupd().scan(IUPD.plusDays(28), "NL1")).isEmpty());
        assertTrue(run(new ConfirmationScanOutsideWindow(), iupd().scan(IUPD.plusDays(56), "NL1")).isEmpty());
    }

    @Test
    void confirmationScanAtDay57IsLate() {
        var findings = run(new ConfirmationScanOutsideWindow(), iupd().scan(IUPD.plusDays(57), "NL1"));
        assertEquals(List.of("scan:2027-01-06"), keys(findings));
        // a late scan still confirms or resets the iUPD (spec irecist.md, "Confirmation window": it is used)
        assertEquals("The tumour assessment of 2027-01-06 is 57 days after the iUPD of 2026-11-10: later than the "
                + "confirmation window of 28 to 56 days after iUPD (2026-12-08 to 2027-01-05); it is still used to confirm or "
                + "reset the iUPD.", findings.get(0).message());
        assertEquals("57", findings.get(0).values().get("daysAfterIupd"));
    }

    @Test
    void scansWithoutAPendingIupdAreNotConfirmationScans() {
        assertTrue(run(new ConfirmationScanOutsideWindow(), iupd()).isEmpty());
        assertTrue(run(new ConfirmationScanOutsideWindow(),
                Records.subject().tumourBaseline(BASELINE).scan(LocalDate.of(2026, 10, 20)).scan(LocalDate.of(2026, 10, 30))).isEmpty());
    }

    // DEV-ECOG-IUPD

    private static Records withEcog(int baseline, LocalDate atIupdDate, int atIupd) {
        return iupd().vs("SCREENING", BASELINE.plusDays(2), baseline).vs("C5D1", atIupdDate, atIupd);
    }

    @Test
    void ecogWorseAtIupdWhileDosingContinuesIsADeviation() {
        var rule = new EcogWorseAtIupd();
        assertEquals(Severity.MAJOR, rule.severity());
        var findings = run(rule, withEcog(0, IUPD.minusDays(2), 1).dose(IUPD.plusDays(7)));
        assertEquals(List.of("iupd:2026-11-10"), keys(findings));
        assertEquals("ECOG performance status was 1 on 2026-11-08 at the iUPD of 2026-11-10, worse than 0 at baseline "
                + "(2026-09-12), yet study drug was given again on 2026-11-17. Treatment beyond progression requires no decline "
                + "in performance status.", findings.get(0).message());
        // two more doses: still one fact
        assertEquals(1, run(rule, withEcog(0, IUPD.minusDays(2), 1).dose(IUPD.plusDays(7)).dose(IUPD.plusDays(28))).size());
        // the vital signs 14 days after the scan still count
        assertEquals(1, run(rule, withEcog(0, IUPD.plusDays(14), 2).dose(IUPD.plusDays(7))).size());
    }

    @Test
    void ecogNotWorseOrTooFarFromTheScanOrNoDoseAfterIupdIsNot() {
        var rule = new EcogWorseAtIupd();
        assertTrue(run(rule, withEcog(1, IUPD.minusDays(2), 1).dose(IUPD.plusDays(7))).isEmpty());
        assertTrue(run(rule, withEcog(0, IUPD.plusDays(15), 2).dose(IUPD.plusDays(7))).isEmpty());
        assertTrue(run(rule, withEcog(0, IUPD.minusDays(2), 1)).isEmpty());
        assertTrue(run(rule, withEcog(0, IUPD.minusDays(2), 1).dose(IUPD)).isEmpty());
    }
}
