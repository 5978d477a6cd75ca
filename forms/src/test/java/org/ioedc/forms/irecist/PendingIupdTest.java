package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.LesionStatus.ABSENT;
import static org.ioedc.forms.irecist.LesionStatus.INCREASED;
import static org.ioedc.forms.irecist.LesionStatus.NOT_EVALUATED;
import static org.ioedc.forms.irecist.LesionStatus.PRESENT;
import static org.ioedc.forms.irecist.LesionStatus.UNEQUIVOCAL_PROGRESSION;
import static org.ioedc.forms.irecist.Seq.FIRST_DOSE;
import static org.ioedc.forms.irecist.Seq.NE;
import static org.ioedc.forms.irecist.TimepointResponse.ICPD;
import static org.ioedc.forms.irecist.TimepointResponse.ISD;
import static org.ioedc.forms.irecist.TimepointResponse.IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pending-iUPD logic of spec section 2: confirmation, cumulative increases, reset, confirmation window. */
class PendingIupdTest {

    @Nested
    class Confirmation {

        @Test
        void increasesAddUpPlus4ThenPlus2Confirms() {
            ResponseEvaluation e = Seq.baseline().tl(30, 20).ntl(PRESENT)
                    .day(42).tl(40, 20).ntl(PRESENT)   // 60: iUPD
                    .day(84).tl(44, 20).ntl(PRESENT)   // 64: +4, remains iUPD
                    .day(126).tl(46, 20).ntl(PRESENT)  // 66: +6 over the first iUPD
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, ICPD), Seq.responses(e));
            assertEquals(List.of("confirms the iUPD of 2024-02-12",
                    "target lesion sum +6.0 mm over 60.0 mm at the first iUPD"), e.followUps().get(2).reasons());
            assertEquals(FIRST_DOSE.plusDays(42), e.progressionDate());
            assertEquals(ICPD, e.bestOverallResponse());
        }

        @Test
        void theReferenceIsTheFirstIupdNotTheLastOne() {
            // 62 -> 60 (still +20 % and +10 mm over the nadir 50) -> 66: +6 over 60 but only +4 over the first iUPD
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(62).ntl(PRESENT)
                    .day(84).tl(60).ntl(PRESENT)
                    .day(126).tl(66).ntl(PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, IUPD), Seq.responses(e));
            assertNull(e.progressionDate());
        }

        @Test
        void newLesionTargetIncreasesAddUp() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nlt("NL1", 10)
                    .day(84).tl(50).ntl(PRESENT).nlt("NL1", 13)
                    .day(126).tl(50).ntl(PRESENT).nlt("NL1", 15)
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, ICPD), Seq.responses(e));
            assertTrue(e.followUps().get(2).reasons()
                    .contains("new lesion target sum +5.0 mm over 10.0 mm at the first iUPD"));
        }

        @Test
        void newLesionsConfirmByNumber() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nlt("NL1", 10)
                    .day(84).tl(50).ntl(PRESENT).nlt("NL1", 10).nlt("NL2", 10)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(e));
            assertEquals(List.of("NL2"), e.followUps().get(1).newLesionIdsAppeared());
        }

        @Test
        void aCategoryThatDidNotTriggerConfirmsWhenItReachesItsPdLevel() {
            ResponseEvaluation byTarget = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(60).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(byTarget));
            assertTrue(byTarget.followUps().get(1).reasons()
                    .contains("target lesions now reach RECIST 1.1 PD (sum >= 20% and >= 5 mm above nadir)"));

            ResponseEvaluation byNonTarget = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(84).tl(60).ntl(UNEQUIVOCAL_PROGRESSION)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(byNonTarget));
        }

        @Test
        void aNonTargetIncreaseDoesNotConfirmWhenNonTargetDidNotTrigger() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(84).tl(62).ntl(INCREASED)
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD), Seq.responses(e));
        }

        @Test
        void targetSumPlus5MmOverTheFirstIupdDoesNotConfirmWhenTargetsWereNotATrigger() {
            // Seymour 2017 Table 2 row 10 and the text on iCPD: the +5 mm applies to TL that were iUPD. Triggered
            // by a new lesion with the TL sum at 54 (nadir 50): 59 is +5 over 54 but only +18 % over the nadir,
            // so iUPD remains; 60 reaches RECIST 1.1 PD (+20 %, +10 mm over the nadir) and confirms.
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(54).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(59).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(126).tl(60).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, ICPD), Seq.responses(e));
            assertEquals(Set.of(ProgressionCategory.NEW_LESIONS), e.followUps().get(1).iupdTriggers());
            assertEquals(List.of("iUPD of 2024-02-12 not confirmed", "new lesions"), e.followUps().get(1).reasons());
            assertEquals(List.of("confirms the iUPD of 2024-02-12",
                    "target lesions now reach RECIST 1.1 PD (sum >= 20% and >= 5 mm above nadir)"),
                    e.followUps().get(2).reasons());
            assertEquals(FIRST_DOSE.plusDays(42), e.progressionDate());
        }

        @Test
        void targetsThatWereNotATriggerConfirmAt60MmDirectly() {
            ResponseEvaluation stays = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(54).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(59).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD), Seq.responses(stays));
            assertTrue(stays.followUps().get(1).iupdPending());
            assertNull(stays.progressionDate());

            ResponseEvaluation confirms = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(54).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(60).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(confirms));
        }

        @Test
        void aTargetIncreaseOf5MmAfterANonTargetIupdResetsInsteadOfConfirming() {
            // NTL triggered with the TL sum at 52; 57 is +5 over it but TL SD against the nadir 50: the table
            // gives iSD, which resets the iUPD.
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(52).ntl(UNEQUIVOCAL_PROGRESSION)
                    .day(84).tl(57).ntl(PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ISD), Seq.responses(e));
            assertFalse(e.followUps().get(1).iupdPending());
        }

        @Test
        void theNewLesionTargetSumRuleNeedsNewLesionsAtTheFirstIupd() {
            // NL1 (a node) is normal (< 10 mm, absent) at the TL-triggered iUPD of day 126 and grows by 5 mm while
            // still normal: not a previously identified new lesion of this episode, so no confirmation.
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nltNode("NL1", 16)    // iUPD by a new lesion
                    .day(84).tl(50).ntl(PRESENT).nltNode("NL1", 4)     // normal node: iSD, reset
                    .day(126).tl(60).ntl(PRESENT).nltNode("NL1", 4)    // iUPD by target lesions only
                    .day(168).tl(62).ntl(PRESENT).nltNode("NL1", 9)    // NLT +5 mm, still a normal node
                    .evaluate();
            assertEquals(List.of(IUPD, ISD, IUPD, IUPD), Seq.responses(e));
            assertEquals(Set.of(ProgressionCategory.TARGET_LESIONS), e.followUps().get(3).iupdTriggers());
        }

        @Test
        void notEvaluatedAssessmentKeepsTheIupdPending() {
            ResponseEvaluation e = Seq.baseline().tl(30, 20).ntl(PRESENT)
                    .day(42).tl(40, 20).ntl(PRESENT)     // 60: iUPD
                    .day(84).tl(NE, 20).ntl(PRESENT)     // NE
                    .day(126).tl(45, 20).ntl(PRESENT)    // 65: +5
                    .evaluate();
            assertEquals(List.of(IUPD, TimepointResponse.NE, ICPD), Seq.responses(e));
            assertTrue(e.followUps().get(1).iupdPending());
            assertEquals(FIRST_DOSE.plusDays(42), e.progressionDate());
            assertFalse(e.followUps().get(1).iupdConfirmedLater(), "an NE stays NE");
        }

        @Test
        void evaluatedTargetsAloneCanConfirm() {
            ResponseEvaluation e = Seq.baseline().tl(30, 20).ntl(PRESENT)
                    .day(42).tl(40, 20).ntl(PRESENT)
                    .day(84).tl(65, NE).ntl(PRESENT)     // evaluated 65 >= 60 + 5
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(e));
        }

        @Test
        void whenTheTargetSumAtTheFirstIupdIsIncompleteTheFirstCompleteSumIsTheReference() {
            // TL trigger on the evaluated lesions alone (62 >= 1.2 x 50 and +12 mm), so the TL sum is incomplete
            ResponseEvaluation e = Seq.baseline().tl(30, 20).ntl(PRESENT)
                    .day(42).tl(62, NE).ntl(PRESENT)     // iUPD, TL sum unknown
                    .day(84).tl(40, 22).ntl(PRESENT)     // 62: reference
                    .day(126).tl(43, 23).ntl(PRESENT)    // 66: +4
                    .day(168).tl(44, 23).ntl(PRESENT)    // 67: +5
                    .evaluate();
            assertEquals(Set.of(ProgressionCategory.TARGET_LESIONS), e.followUps().get(0).iupdTriggers());
            assertEquals(List.of(IUPD, IUPD, IUPD, ICPD), Seq.responses(e));
            assertTrue(e.followUps().get(3).reasons()
                    .contains("target lesion sum +5.0 mm over 62.0 mm at the first iUPD"));
        }
    }

    @Nested
    class Reset {

        @Test
        void aNewIupdAfterResetIsIupdNotIcpd() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)    // iUPD
                    .day(84).tl(55).ntl(PRESENT)    // +10 % over nadir 50: iSD, reset
                    .day(126).tl(61).ntl(PRESENT)   // +22 % and +11 mm over the nadir: a new iUPD
                    .day(168).tl(66).ntl(PRESENT)   // +5 over 61: iCPD
                    .evaluate();
            assertEquals(List.of(IUPD, ISD, IUPD, ICPD), Seq.responses(e));
            TimepointResult newIupd = e.followUps().get(2);
            assertEquals(ConfirmationTiming.NOT_PENDING, newIupd.confirmationTiming());
            assertEquals(FIRST_DOSE.plusDays(126), newIupd.firstIupdDate());
            assertEquals(FIRST_DOSE.plusDays(126), e.progressionDate());
            assertFalse(e.followUps().get(0).iupdConfirmedLater());
            assertEquals(ISD, e.bestOverallResponse());
        }

        @Test
        void afterResetAnIncreaseBelowRecistProgressionIsNotAnIupd() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(84).tl(55).ntl(PRESENT)
                    .day(126).tl(59).ntl(PRESENT)   // +18 % over the nadir 50
                    .evaluate();
            assertEquals(List.of(IUPD, ISD, ISD), Seq.responses(e));
        }

        @Test
        void aNewLesionThatReappearsAfterResetStartsANewIupd() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(50).ntl(PRESENT).nlnt("NL1", ABSENT)
                    .day(126).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(168).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ISD, IUPD, IUPD), Seq.responses(e));
            assertEquals(List.of(), e.followUps().get(2).newLesionIdsAppeared(), "NL1 is not a new id");
        }

        @Test
        void aNewLesionNotEvaluatedCountsAsPresentAsTheSpecWordsIt() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(50).ntl(PRESENT).nlnt("NL1", ABSENT)
                    .day(126).tl(50).ntl(PRESENT).nlnt("NL1", NOT_EVALUATED)
                    .evaluate();
            assertEquals(List.of(IUPD, ISD, IUPD), Seq.responses(e));
        }

        @Test
        void aNodalNewLesionTargetBelow10MmIsAbsent() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nltNode("NL1", 16)
                    .day(84).tl(50).ntl(PRESENT).nltNode("NL1", 9)
                    .evaluate();
            assertEquals(List.of(IUPD, ISD), Seq.responses(e));
            assertEquals(Boolean.FALSE, e.followUps().get(1).newLesionsPresent());
        }
    }

    @Nested
    class ConfirmationWindow {

        @Test
        void anEarlyScanCannotConfirmAndDoesNotRestartTheClock() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)   // iUPD
                    .day(56).tl(70).ntl(PRESENT)   // 14 days later, +10 mm: not used
                    .day(84).tl(70).ntl(PRESENT)   // 42 days after the first iUPD: confirms
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, ICPD), Seq.responses(e));
            TimepointResult early = e.followUps().get(1);
            assertEquals(ConfirmationTiming.EARLY, early.confirmationTiming());
            assertTrue(early.confirmationWindowDeviation());
            assertEquals(14, early.daysSinceFirstIupd());
            assertTrue(early.iupdPending());
            TimepointResult confirming = e.followUps().get(2);
            assertEquals(42, confirming.daysSinceFirstIupd());
            assertEquals(ConfirmationTiming.IN_WINDOW, confirming.confirmationTiming());
            assertFalse(confirming.confirmationWindowDeviation());
            assertEquals(FIRST_DOSE.plusDays(42), e.progressionDate());
            assertTrue(e.notes().contains("assessment 2024-02-26 was 14 days after the first iUPD of 2024-02-12"
                    + " (< 28): not used to confirm iCPD unless a new lesion appears; protocol deviation"));
        }

        @Test
        void anEarlyScanWithANewLesionConfirms() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(55).tl(60).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(e));
            assertEquals(ConfirmationTiming.EARLY, e.followUps().get(1).confirmationTiming());
            assertTrue(e.followUps().get(1).confirmationWindowDeviation());
        }

        @Test
        void anEarlyScanCannotResetEither() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(60).tl(45).ntl(PRESENT)   // 18 days: would be iSD
                    .day(84).tl(45).ntl(PRESENT)   // in the window: iSD, reset
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, ISD), Seq.responses(e));
            assertFalse(e.followUps().get(2).iupdPending());
        }

        @Test
        void anEarlyScanThatIsNotEvaluableIsNe() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(50).tl(NE).ntl(PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, TimepointResponse.NE), Seq.responses(e));
        }

        @Test
        void day27IsEarlyDay28And56AreInTheWindowDay57IsLate() {
            for (int[] c : new int[][] {{27, 0}, {28, 1}, {56, 1}, {57, 2}}) {
                ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                        .day(42).tl(60).ntl(PRESENT)
                        .day(42 + c[0]).tl(65).ntl(PRESENT)
                        .evaluate();
                ConfirmationTiming expected = new ConfirmationTiming[] {
                    ConfirmationTiming.EARLY, ConfirmationTiming.IN_WINDOW, ConfirmationTiming.LATE}[c[1]];
                TimepointResult t = e.followUps().get(1);
                assertEquals(expected, t.confirmationTiming(), "day " + c[0]);
                assertEquals(expected == ConfirmationTiming.EARLY ? IUPD : ICPD, t.overallResponse(), "day " + c[0]);
                assertEquals(expected != ConfirmationTiming.IN_WINDOW, t.confirmationWindowDeviation(), "day " + c[0]);
            }
        }

        @Test
        void aLateScanIsStillUsedAndFlagged() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(120).tl(65).ntl(PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(e));
            assertEquals(ConfirmationTiming.LATE, e.followUps().get(1).confirmationTiming());
            assertTrue(e.followUps().get(1).confirmationWindowDeviation());
            assertTrue(e.notes().contains("assessment 2024-04-30 was 78 days after the first iUPD of 2024-02-12"
                    + " (> 56): used; protocol deviation"));
        }

        @Test
        void onlyTheFirstConfirmationScanIsFlaggedLate() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(84).tl(62).ntl(PRESENT)    // in window, remains iUPD
                    .day(140).tl(63).ntl(PRESENT)   // 98 days: LATE but not a deviation
                    .evaluate();
            assertEquals(List.of(IUPD, IUPD, IUPD), Seq.responses(e));
            assertEquals(ConfirmationTiming.LATE, e.followUps().get(2).confirmationTiming());
            assertFalse(e.followUps().get(2).confirmationWindowDeviation());
        }
    }

    @Test
    void triggersAreKeptForTheWholeEpisode() {
        ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                .day(42).tl(60).ntl(PRESENT)
                .day(84).tl(62).ntl(PRESENT)
                .evaluate();
        assertEquals(Set.of(ProgressionCategory.TARGET_LESIONS), e.followUps().get(1).iupdTriggers());
        assertEquals(FIRST_DOSE.plusDays(42), e.followUps().get(1).firstIupdDate());
    }
}
