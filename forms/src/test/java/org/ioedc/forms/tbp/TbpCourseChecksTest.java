package org.ioedc.forms.tbp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/** TBP-001 and TBP-002, which read the subject's iRECIST course. */
class TbpCourseChecksTest {
    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 10);
    private static final LocalDate STABLE = LocalDate.of(2026, 10, 20);
    private static final LocalDate IUPD = LocalDate.of(2026, 11, 10);

    private static Records iupd() {
        return Records.subject().tumourBaseline(BASELINE).dose(Records.FIRST_DOSE).scan(STABLE).scan(IUPD, "NL1");
    }

    private static List<CheckFinding> run(EditCheck check, Records records) {
        List<CheckFinding> findings = check.evaluate(records.last(), records.record());
        findings.forEach(f -> assertEquals(check.id(), f.checkId()));
        return findings;
    }

    @Test
    void aDecisionNeedsAPendingIupd() {
        var check = new DecisionNeedsPendingIupd();
        assertTrue(run(check, iupd().tbpDecision(IUPD, IUPD)).isEmpty());
        assertTrue(run(check, iupd().tbpDecision(IUPD.plusDays(20), IUPD.plusDays(20))).isEmpty());
        var before = run(check, iupd().tbpDecision(IUPD.minusDays(1), IUPD.minusDays(1)));
        assertEquals(List.of("TBP.DECDAT"), before.get(0).items().stream().map(ItemRef::label).toList());
        assertEquals("This decision to treat beyond progression is dated 2026-11-09, but the latest tumour assessment before "
                + "it (2026-10-20) shows no pending iUPD. A TBP decision follows an unconfirmed progression (iUPD). Please check "
                + "the decision date and the tumour assessments.", before.get(0).message());
        var noScan = run(check, Records.subject().tumourBaseline(BASELINE).tbpDecision(IUPD, IUPD));
        assertTrue(noScan.get(0).message().contains("but no follow-up tumour assessment is recorded on or before it."));
        var afterIcpd = run(check, iupd().scan(IUPD.plusDays(35), "NL1", "NL2").tbpDecision(IUPD.plusDays(36), IUPD.plusDays(36)));
        assertTrue(afterIcpd.get(0).message().contains("but progression was already confirmed (iCPD) on 2026-12-15"));
        var reset = run(check, iupd().scan(IUPD.plusDays(35), "NL1=ABSENT").tbpDecision(IUPD.plusDays(36), IUPD.plusDays(36)));
        assertEquals(1, reset.size());
    }

    @Test
    void aDecisionAfterAScanThatCannotBeDerivedSaysSo() {
        // the iUPD scan is saved without its lesions yet: the course stops at the scan before it, which must not be
        // reported as the latest assessment showing no iUPD
        var inProgress = Records.subject().tumourBaseline(BASELINE).dose(Records.FIRST_DOSE).scan(STABLE)
                .log("F.TUFU", "TU.DAT", IUPD.toString()).tbpDecision(IUPD.plusDays(1), IUPD.plusDays(1));
        String message = run(new DecisionNeedsPendingIupd(), inProgress).get(0).message();
        assertTrue(message.startsWith("This decision to treat beyond progression is dated 2026-11-11, but the tumour "
                + "assessment of 2026-11-10 could not be derived ("), message);
        assertTrue(message.endsWith("), so whether an iUPD was pending is not known. A TBP decision follows an unconfirmed "
                + "progression (iUPD). Please check the decision date and the tumour assessments."), message);
        // a scan after the decision that cannot be derived does not matter
        var later = iupd().log("F.TUFU", "TU.DAT", IUPD.plusDays(30).toString()).tbpDecision(IUPD.plusDays(1), IUPD.plusDays(1));
        assertTrue(run(new DecisionNeedsPendingIupd(), later).isEmpty());
    }

    @Test
    void reconsentComesOnOrBeforeTheFirstDoseAfterIupd() {
        var check = new ReconsentBeforeFirstDoseAfterIupd();
        assertTrue(run(check, iupd().dose(IUPD.plusDays(2)).tbpDecision(IUPD.plusDays(1), IUPD.plusDays(2))).isEmpty());
        var late = run(check, iupd().dose(IUPD.plusDays(2)).tbpDecision(IUPD.plusDays(1), IUPD.plusDays(3)));
        assertEquals(List.of("TBP.RECONDAT"), late.get(0).items().stream().map(ItemRef::label).toList());
        assertEquals("The subject re-consented on 2026-11-13, after the first dose following the iUPD of 2026-11-10 (given on "
                + "2026-11-12). Re-consent comes on or before that dose. Please check the re-consent date and the administration "
                + "log.", late.get(0).message());
        // no dose after the iUPD yet, or a dose on the iUPD day only: nothing to compare with
        assertTrue(run(check, iupd().tbpDecision(IUPD.plusDays(1), IUPD.plusDays(9))).isEmpty());
        assertTrue(run(check, iupd().dose(IUPD).tbpDecision(IUPD.plusDays(1), IUPD.plusDays(9))).isEmpty());
    }
}
