package org.ioedc.forms.therapy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/** Each SUBSEQUENT_THERAPY edit check firing and not firing at its boundaries. */
class TherapyChecksTest {
    private static final LocalDate LAST_DOSE = LocalDate.of(2027, 1, 12);

    private static List<CheckFinding> run(EditCheck check, Records records) {
        return run(check, records, records.last());
    }

    private static List<CheckFinding> run(EditCheck check, Records records, FormData form) {
        List<CheckFinding> findings = check.evaluate(form, records.record());
        findings.forEach(f -> assertEquals(check.id(), f.checkId()));
        return findings;
    }

    private static List<String> items(CheckFinding finding) {
        return finding.items().stream().map(ItemRef::label).toList();
    }

    private static Records dosed() {
        return Records.subject().dose(LocalDate.of(2026, 9, 15)).dose(LAST_DOSE);
    }

    @Test
    void startIsAfterTheLastStudyDose() {
        var check = new StartAfterLastDose();
        assertTrue(run(check, dosed().therapy(1, "2027-01-13")).isEmpty());
        var sameDay = run(check, dosed().therapy(1, "2027-01-12"));
        assertEquals(1, sameDay.size());
        assertEquals(List.of("ST.STDAT"), items(sameDay.get(0)));
        assertEquals("This therapy starts on 2027-01-12 but the last dose of study drug was given on 2027-01-12. A subsequent "
                + "therapy starts after the last study dose. Please check the start date and the study drug administration log.",
                sameDay.get(0).message());
        assertEquals(1, run(check, dosed().therapy(1, "2026-12-01")).size());
        // no dose recorded yet: nothing to compare with
        assertTrue(run(check, Records.subject().therapy(1, "2026-12-01")).isEmpty());
    }

    @Test
    void linesAreNumberedInStartDateOrder() {
        var check = new LinesInStartOrder();
        var inOrder = Records.subject().therapy(1, "2027-02-01").therapy(2, "2027-05-01").therapy(3, "2027-09-01");
        assertTrue(run(check, inOrder).isEmpty());
        // entered out of order but numbered by start date
        var enteredLate = Records.subject().therapy(2, "2027-05-01").therapy(1, "2027-02-01");
        assertTrue(run(check, enteredLate).isEmpty());
        assertTrue(run(check, enteredLate, enteredLate.record().forms().get(0)).isEmpty());

        var swapped = Records.subject().therapy(1, "2027-05-01").therapy(2, "2027-02-01");
        var f = run(check, swapped);
        assertEquals(1, f.size());
        assertEquals(List.of("ST.LINE", "ST.STDAT"), items(f.get(0)));
        assertEquals("This therapy starts on 2027-02-01 after 0 other therapies, so it is line 1, not line 2. Lines are "
                + "numbered 1, 2, 3 ... in the order the therapies started. Please correct the line number or the start date.",
                f.get(0).message());

        var gap = Records.subject().therapy(1, "2027-02-01").therapy(3, "2027-05-01");
        assertEquals(1, run(check, gap).size());
        var repeated = Records.subject().therapy(1, "2027-02-01").therapy(1, "2027-02-01");
        assertTrue(run(check, repeated).get(0).message().startsWith("Another therapy already has line 1."));
        // two therapies starting the same day take lines 1 and 2 in either order
        var sameDay = Records.subject().therapy(2, "2027-02-01").therapy(1, "2027-02-01");
        assertTrue(run(check, sameDay).isEmpty());
        assertTrue(run(check, sameDay, sameDay.record().forms().get(0)).isEmpty());
        // a therapy without a start date is left out of the count
        var undated = Records.subject().log("F.ST", "ST.LINE", "1").therapy(1, "2027-02-01");
        assertTrue(run(check, undated).isEmpty());
    }

    @Test
    void stopIsNotBeforeStart() {
        var check = new StopNotBeforeStart();
        assertTrue(run(check, Records.subject().therapy(1, "2027-02-01", "ST.ENDAT", "2027-02-01")).isEmpty());
        var f = run(check, Records.subject().therapy(1, "2027-02-01", "ST.ENDAT", "2027-01-31"));
        assertEquals(List.of("ST.ENDAT", "ST.STDAT"), items(f.get(0)));
        assertEquals("Stop date 2027-01-31 is before start date 2027-02-01. Please correct one of the dates.", f.get(0).message());
        assertTrue(run(check, Records.subject().therapy(1, "2027-02-01")).isEmpty());
    }

    @Test
    void anOngoingTherapyHasNotStopped() {
        var check = new NoStopDateWhenOngoing();
        assertTrue(run(check, Records.subject().therapy(1, "2027-02-01", "ST.ONGO", "true")).isEmpty());
        assertEquals(1, run(check, Records.subject().therapy(1, "2027-02-01", "ST.ONGO", "true", "ST.ENDAT", "2027-03-01")).size());
        var reason = run(check, Records.subject().therapy(1, "2027-02-01", "ST.ONGO", "true", "ST.STOPRSN", "TOXICITY"));
        assertEquals(1, reason.size());
        // the query names the reason that was entered, not the blank stop date
        assertEquals(List.of("ST.ONGO", "ST.STOPRSN"), items(reason.get(0)));
        assertTrue(run(check, Records.subject().therapy(1, "2027-02-01", "ST.ONGO", "false", "ST.ENDAT", "2027-03-01")).isEmpty());
    }

    @Test
    void agentCodesNameTheirSystemAndHaveItsForm() {
        var check = new AgentCodes();
        var good = Records.subject().therapy(1, "2027-02-01").agents(
                new String[] {"Ipilimumab", "RXNORM", "1094833"}, new String[] {"Nivolumab", "ATC", "L01FF01"},
                new String[] {"Dacarbazine (free text only)", "", ""});
        assertTrue(run(check, good).isEmpty());
        var bad = Records.subject().therapy(1, "2027-02-01").agents(
                new String[] {"Ipilimumab", "", "1094833"}, new String[] {"Nivolumab", "ATC", "L01F"},
                new String[] {"Dabrafenib", "RXNORM", "L01EC02"}, new String[] {"Trametinib", "ATC", ""});
        var f = run(check, bad);
        assertEquals(List.of("STAG.CODESYS[1]", "STAG.CODE[2]", "STAG.CODE[3]", "STAG.CODE[4]"),
                f.stream().map(x -> x.items().get(0).label()).toList());
        assertEquals("'L01F' is not an ATC code of a substance (like L01FF02) for 'Nivolumab'. Please correct the code or "
                + "the code system.", f.get(1).message());
    }
}
