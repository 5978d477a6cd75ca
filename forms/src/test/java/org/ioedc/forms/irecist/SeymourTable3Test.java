package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.LesionStatus.ABSENT;
import static org.ioedc.forms.irecist.LesionStatus.NOT_EVALUATED;
import static org.ioedc.forms.irecist.LesionStatus.PRESENT;
import static org.ioedc.forms.irecist.Seq.FIRST_DOSE;
import static org.ioedc.forms.irecist.Seq.NE;
import static org.ioedc.forms.irecist.TimepointResponse.ICPD;
import static org.ioedc.forms.irecist.TimepointResponse.ICR;
import static org.ioedc.forms.irecist.TimepointResponse.IPR;
import static org.ioedc.forms.irecist.TimepointResponse.ISD;
import static org.ioedc.forms.irecist.TimepointResponse.IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eight examples of Seymour 2017 Table 3 (best overall response), each as a sequence of measurements with
 * timepoints at days 42, 84, 126, 168 and 210 after first dose (inside the 28-56 day confirmation window and
 * past the 42-day iSD minimum).
 */
class SeymourTable3Test {

    @Test
    void example1IcrThenIprNeIupdIcpdGivesIcr() {
        ResponseEvaluation e = Seq.baseline().node(20).ntl(PRESENT)
                .day(42).tl(8).ntl(ABSENT)                                       // iCR
                .day(84).tl(11).ntl(ABSENT)                                      // node >= 10 mm: iPR
                .day(126).tl(NE).ntl(ABSENT)                                     // NE
                .day(168).tl(11).ntl(ABSENT).nlnt("NL1", PRESENT)                // iUPD
                .day(210).tl(11).ntl(ABSENT).nlnt("NL1", PRESENT).nlnt("NL2", PRESENT) // iCPD
                .evaluate();
        assertEquals(List.of(ICR, IPR, TimepointResponse.NE, IUPD, ICPD), Seq.responses(e));
        assertEquals(ICR, e.bestOverallResponse());
        assertEquals(FIRST_DOSE.plusDays(168), e.progressionDate());
    }

    @Test
    void example1WithIupdAtTimepoints2To4GivesIcr() {
        ResponseEvaluation e = Seq.baseline().tl(40).ntl(PRESENT)
                .day(42).tl(0).ntl(ABSENT)
                .day(84).tl(0).ntl(ABSENT).nlnt("NL1", PRESENT)
                .day(126).tl(0).ntl(ABSENT).nlnt("NL1", PRESENT)
                .day(168).tl(0).ntl(ABSENT).nlnt("NL1", PRESENT)
                .day(210).tl(0).ntl(ABSENT).nlnt("NL1", PRESENT).nlnt("NL2", PRESENT)
                .evaluate();
        assertEquals(List.of(ICR, IUPD, IUPD, IUPD, ICPD), Seq.responses(e));
        assertEquals(ICR, e.bestOverallResponse());
        assertEquals(FIRST_DOSE.plusDays(84), e.progressionDate());
    }

    @Test
    void example2IupdIprIcrIupdIcpdGivesIcr() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)                    // iUPD
                .day(84).tl(60).ntl(PRESENT).nlnt("NL1", ABSENT)                      // iPR, reset
                .day(126).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT)                       // iCR
                .day(168).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT).nlnt("NL2", PRESENT)  // new iUPD
                .day(210).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT).nlnt("NL2", PRESENT).nlnt("NL3", PRESENT)
                .evaluate();
        assertEquals(List.of(IUPD, IPR, ICR, IUPD, ICPD), Seq.responses(e));
        assertEquals(ICR, e.bestOverallResponse());
        assertEquals(FIRST_DOSE.plusDays(168), e.progressionDate());
        assertFalse(e.followUps().get(0).iupdConfirmedLater(), "the first iUPD was reset, never confirmed");
        assertTrue(e.followUps().get(3).iupdConfirmedLater());
    }

    @Test
    void example3IupdIprIsdIupdIcpdGivesIpr() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)   // iUPD
                .day(84).tl(60).ntl(PRESENT).nlnt("NL1", ABSENT)     // iPR
                .day(126).tl(71).ntl(PRESENT).nlnt("NL1", ABSENT)    // +18.3 % over nadir 60, -29 %: iSD
                .day(168).tl(73).ntl(PRESENT).nlnt("NL1", ABSENT)    // +21.7 %, +13 mm: iUPD
                .day(210).tl(79).ntl(PRESENT).nlnt("NL1", ABSENT)    // +6 mm over 73: iCPD
                .evaluate();
        assertEquals(List.of(IUPD, IPR, ISD, IUPD, ICPD), Seq.responses(e));
        assertEquals(IPR, e.bestOverallResponse());
        assertEquals(FIRST_DOSE.plusDays(168), e.progressionDate());
    }

    @Test
    void example4IupdNeIprIprIupdGivesIpr() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)                    // iUPD
                .day(84).tl(NE).ntl(PRESENT).nlnt("NL1", ABSENT)                      // NE, still pending
                .day(126).tl(60).ntl(PRESENT).nlnt("NL1", ABSENT)                     // iPR, reset
                .day(168).tl(65).ntl(PRESENT).nlnt("NL1", ABSENT)                     // iPR
                .day(210).tl(65).ntl(PRESENT).nlnt("NL1", ABSENT).nlnt("NL2", PRESENT) // iUPD
                .evaluate();
        assertEquals(List.of(IUPD, TimepointResponse.NE, IPR, IPR, IUPD), Seq.responses(e));
        assertTrue(e.followUps().get(1).iupdPending());
        assertFalse(e.followUps().get(2).iupdPending());
        assertEquals(IPR, e.bestOverallResponse());
        assertNull(e.progressionDate());
    }

    @Test
    void example5IupdIsdIupdIcpdAnyGivesIsd() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)                     // iUPD
                .day(84).tl(90).ntl(PRESENT).nlnt("NL1", ABSENT)                       // iSD, reset
                .day(126).tl(90).ntl(PRESENT).nlnt("NL1", ABSENT).nlnt("NL2", PRESENT) // new iUPD
                .day(168).tl(90).ntl(PRESENT).nlnt("NL1", ABSENT).nlnt("NL2", PRESENT).nlnt("NL3", PRESENT)
                .day(210).tl(50).ntl(PRESENT).nlnt("NL1", ABSENT).nlnt("NL2", ABSENT).nlnt("NL3", ABSENT)
                .evaluate();
        assertEquals(List.of(IUPD, ISD, IUPD, ICPD, ICPD), Seq.responses(e));
        assertTrue(e.followUps().get(4).afterConfirmedProgression());
        assertEquals(ISD, e.bestOverallResponse());
        assertEquals(FIRST_DOSE.plusDays(126), e.progressionDate());
    }

    @Test
    void example6IupdIcpdThenAnythingGivesIcpd() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)
                .day(84).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT).nlnt("NL2", PRESENT)
                .day(126).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT).nlnt("NL2", ABSENT)
                .day(168).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT).nlnt("NL2", ABSENT)
                .day(210).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT).nlnt("NL2", ABSENT)
                .evaluate();
        assertEquals(List.of(IUPD, ICPD, ICPD, ICPD, ICPD), Seq.responses(e));
        assertEquals(ICPD, e.bestOverallResponse(), "an iCR after iCPD does not count");
        assertEquals(FIRST_DOSE.plusDays(42), e.progressionDate());
        assertEquals(TargetResponse.CR, e.followUps().get(2).targetResponse(), "categories are still derived");
    }

    @Test
    void example7IupdIupdIcpdGivesIcpd() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)
                .day(84).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)
                .day(126).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT).nlnt("NL2", PRESENT)
                .evaluate();
        assertEquals(List.of(IUPD, IUPD, ICPD), Seq.responses(e));
        assertTrue(e.followUps().get(0).iupdConfirmedLater());
        assertTrue(e.followUps().get(1).iupdConfirmedLater());
        assertEquals(ICPD, e.bestOverallResponse());
        assertEquals(FIRST_DOSE.plusDays(42), e.progressionDate());
    }

    @Test
    void example8IupdThenOnlyNotEvaluableGivesIupd() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(130).ntl(PRESENT)
                .day(84).tl(NE).ntl(NOT_EVALUATED)
                .day(126).tl(NE).ntl(NOT_EVALUATED)
                .day(168).tl(NE).ntl(NOT_EVALUATED)
                .day(210).tl(NE).ntl(NOT_EVALUATED)
                .evaluate();
        TimepointResponse ne = TimepointResponse.NE;
        assertEquals(List.of(IUPD, ne, ne, ne, ne), Seq.responses(e));
        assertTrue(e.followUps().get(4).iupdPending());
        assertEquals(IUPD, e.bestOverallResponse());
        assertNull(e.progressionDate());
    }
}
