package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.LesionStatus.ABSENT;
import static org.ioedc.forms.irecist.LesionStatus.INCREASED;
import static org.ioedc.forms.irecist.LesionStatus.PRESENT;
import static org.ioedc.forms.irecist.LesionStatus.UNEQUIVOCAL_PROGRESSION;
import static org.ioedc.forms.irecist.ProgressionCategory.NEW_LESIONS;
import static org.ioedc.forms.irecist.ProgressionCategory.NON_TARGET_LESIONS;
import static org.ioedc.forms.irecist.ProgressionCategory.TARGET_LESIONS;
import static org.ioedc.forms.irecist.TimepointResponse.ICPD;
import static org.ioedc.forms.irecist.TimepointResponse.ICR;
import static org.ioedc.forms.irecist.TimepointResponse.IPR;
import static org.ioedc.forms.irecist.TimepointResponse.ISD;
import static org.ioedc.forms.irecist.TimepointResponse.IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every row of Seymour 2017 Table 2, in both columns: "no previous iUPD" (first follow-up) and "previous iUPD"
 * (a follow-up 42 days after the first iUPD, inside the confirmation window). Where the spec words the second
 * column differently from the paper, the test says so.
 */
class SeymourTable2Test {

    /** Baseline T1 50 mm, N1 present; first iUPD at day 42 by a new non-target lesion NL1. */
    private static Seq afterNewLesionIupd() {
        return Seq.baseline().tl(50).ntl(PRESENT)
                .day(42).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT);
    }

    /** Baseline T1 50 mm, N1 present; first iUPD at day 42 by target lesions (60 mm: +20 %, +10 mm). */
    private static Seq afterTargetIupd() {
        return Seq.baseline().tl(50).ntl(PRESENT)
                .day(42).tl(60).ntl(PRESENT);
    }

    /** Baseline T1 50 mm, N1 present; first iUPD at day 42 by unequivocal NTL progression, TL stable. */
    private static Seq afterNonTargetIupd() {
        return Seq.baseline().tl(50).ntl(PRESENT)
                .day(42).tl(50).ntl(UNEQUIVOCAL_PROGRESSION);
    }

    private static TimepointResult last(Seq seq) {
        List<TimepointResult> f = seq.evaluate().followUps();
        return f.get(f.size() - 1);
    }

    @Nested
    class Row1TargetCrNonTargetCrNoNewLesions {
        @Test
        void noPreviousIupdIsIcr() {
            assertEquals(ICR, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(0).ntl(ABSENT)).overallResponse());
        }

        @Test
        void previousIupdIsIcrAndResets() {
            TimepointResult t = last(afterNewLesionIupd().day(84).tl(0).ntl(ABSENT).nlnt("NL1", ABSENT));
            assertEquals(ICR, t.overallResponse());
            assertFalse(t.iupdPending());
            assertEquals("resets the iUPD of 2024-02-12", t.reasons().get(0));
        }
    }

    @Nested
    class Row2TargetCrNonTargetNonCrNonPdNoNewLesions {
        @Test
        void noPreviousIupdIsIpr() {
            assertEquals(IPR, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(0).ntl(PRESENT)).overallResponse());
        }

        @Test
        void previousIupdIsIpr() {
            TimepointResult t = last(afterNewLesionIupd().day(84).tl(0).ntl(PRESENT).nlnt("NL1", ABSENT));
            assertEquals(IPR, t.overallResponse());
            assertFalse(t.iupdPending());
        }
    }

    @Nested
    class Row3TargetPrNonTargetNonCrNonPdNoNewLesions {
        @Test
        void noPreviousIupdIsIpr() {
            assertEquals(IPR, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(35).ntl(PRESENT)).overallResponse());
        }

        @Test
        void previousIupdIsIpr() {
            TimepointResult t = last(afterNewLesionIupd().day(84).tl(35).ntl(PRESENT).nlnt("NL1", ABSENT));
            assertEquals(IPR, t.overallResponse());
            assertFalse(t.iupdPending());
        }
    }

    @Nested
    class Row4TargetSdNonTargetNonCrNonPdNoNewLesions {
        @Test
        void noPreviousIupdIsIsd() {
            assertEquals(ISD, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(45).ntl(PRESENT)).overallResponse());
        }

        @Test
        void previousTargetIupdFollowedByTargetSdIsIsd() {
            // 55 mm: +10 % over the nadir 50, no longer PD level
            TimepointResult t = last(afterTargetIupd().day(84).tl(55).ntl(PRESENT));
            assertEquals(TargetResponse.SD, t.targetResponse());
            assertEquals(ISD, t.overallResponse());
            assertFalse(t.iupdPending());
        }
    }

    @Nested
    class Row5PreviousNewLesionsNoChangeInTargetOrNonTarget {
        /** First iUPD at day 42 by a new lesion target NL1 of 10 mm. */
        private Seq base() {
            return Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(50).ntl(PRESENT).nlt("NL1", 10);
        }

        @Test
        void newLesionTargetSumPlus5MmConfirms() {
            TimepointResult t = last(base().day(84).tl(48).ntl(PRESENT).nlt("NL1", 15));
            assertEquals(ICPD, t.overallResponse());
            assertTrue(t.reasons().contains("new lesion target sum +5.0 mm over 10.0 mm at the first iUPD"));
        }

        @Test
        void newLesionTargetSumPlus4MmRemainsIupd() {
            TimepointResult t = last(base().day(84).tl(48).ntl(PRESENT).nlt("NL1", 14));
            assertEquals(IUPD, t.overallResponse());
            assertTrue(t.iupdPending());
        }

        @Test
        void anyIncreaseOfANewNonTargetLesionConfirms() {
            TimepointResult t = last(Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(50).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).tl(50).ntl(PRESENT).nlnt("NL1", INCREASED));
            assertEquals(ICPD, t.overallResponse());
            assertTrue(t.reasons().contains("increase of new non-target lesions"));
        }

        @Test
        void moreNewLesionsConfirm() {
            TimepointResult t = last(base().day(84).tl(50).ntl(PRESENT).nlt("NL1", 10).nlnt("NL2", PRESENT));
            assertEquals(ICPD, t.overallResponse());
            assertEquals(List.of("NL2"), t.newLesionIdsAppeared());
            assertTrue(t.reasons().contains("new lesion(s) NL2 since the first iUPD"));
        }

        @Test
        void noChangeInNewLesionsRemainsIupd() {
            TimepointResult t = last(base().day(84).tl(45).ntl(PRESENT).nlt("NL1", 10));
            assertEquals(IUPD, t.overallResponse());
            assertEquals("iUPD of 2024-02-12 not confirmed", t.reasons().get(0));
        }
    }

    @Nested
    class Row6TargetNotProgressingNonTargetIupdNoNewLesions {
        @Test
        void noPreviousIupdIsIupdWhateverTheTargetResponse() {
            assertEquals(IUPD, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(45).ntl(UNEQUIVOCAL_PROGRESSION))
                    .overallResponse());
            assertEquals(IUPD, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(30).ntl(UNEQUIVOCAL_PROGRESSION))
                    .overallResponse());
            TimepointResult cr = last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(0).ntl(UNEQUIVOCAL_PROGRESSION));
            assertEquals(IUPD, cr.overallResponse());
            assertEquals(Set.of(NON_TARGET_LESIONS), cr.iupdTriggers());
        }

        @Test
        void previousIupdConfirmedByAFurtherIncreaseThatNeedNotBeUnequivocal() {
            TimepointResult t = last(afterNonTargetIupd().day(84).tl(50).ntl(INCREASED));
            assertEquals(ICPD, t.overallResponse());
            assertTrue(t.reasons().contains("further increase of non-target lesions"));
        }

        @Test
        void previousIupdConfirmedByUnequivocalProgressionAgain() {
            // spec s2: "NTL shows any further increase (INCREASED or UNEQUIVOCAL_PROGRESSION)"
            assertEquals(ICPD, last(afterNonTargetIupd().day(84).tl(50).ntl(UNEQUIVOCAL_PROGRESSION))
                    .overallResponse());
        }

        @Test
        void previousIupdWithNonTargetBackToPresentResetsPerSpec() {
            // The spec's table gives iSD (TL SD, NTL non-CR/non-PD, no new lesion), which resets the iUPD.
            TimepointResult t = last(afterNonTargetIupd().day(84).tl(50).ntl(PRESENT));
            assertEquals(ISD, t.overallResponse());
            assertFalse(t.iupdPending());
        }
    }

    @Nested
    class Row7TargetIupdNonTargetNotProgressingNoNewLesions {
        @Test
        void noPreviousIupdIsIupd() {
            TimepointResult t = last(afterTargetIupd());
            assertEquals(IUPD, t.overallResponse());
            assertEquals(Set.of(TARGET_LESIONS), t.iupdTriggers());
            assertEquals(IUPD, last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(60).ntl(ABSENT)).overallResponse());
        }

        @Test
        void previousIupdConfirmedByFurtherSumIncreaseOf5Mm() {
            TimepointResult t = last(afterTargetIupd().day(84).tl(65).ntl(PRESENT));
            assertEquals(ICPD, t.overallResponse());
            assertEquals(List.of("confirms the iUPD of 2024-02-12",
                    "target lesion sum +5.0 mm over 60.0 mm at the first iUPD"), t.reasons());
        }

        @Test
        void previousIupdWithFurtherIncreaseOf4MmRemainsIupd() {
            assertEquals(IUPD, last(afterTargetIupd().day(84).tl(64).ntl(PRESENT)).overallResponse());
        }

        @Test
        void previousIupdWithADecreaseStillAtProgressionLevelRemainsIupd() {
            // first iUPD 62 mm (+24 % over the nadir 50), then 61 mm: still +22 % and +11 mm, a decrease of 1 mm
            TimepointResult t = last(Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(62).ntl(PRESENT)
                    .day(84).tl(61).ntl(PRESENT));
            assertEquals(IUPD, t.overallResponse());
            assertTrue(t.iupdPending());
        }
    }

    @Nested
    class Row8TargetIupdNonTargetIupdNoNewLesions {
        private Seq base() {
            return Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(60).ntl(UNEQUIVOCAL_PROGRESSION);
        }

        @Test
        void noPreviousIupdIsIupd() {
            TimepointResult t = last(base());
            assertEquals(IUPD, t.overallResponse());
            assertEquals(Set.of(TARGET_LESIONS, NON_TARGET_LESIONS), t.iupdTriggers());
        }

        @Test
        void previousIupdConfirmedByTargetSumPlus5Mm() {
            assertEquals(ICPD, last(base().day(84).tl(65).ntl(PRESENT)).overallResponse());
        }

        @Test
        void previousIupdConfirmedByNonTargetIncrease() {
            assertEquals(ICPD, last(base().day(84).tl(60).ntl(INCREASED)).overallResponse());
        }

        @Test
        void previousIupdWithoutFurtherIncreaseRemainsIupd() {
            assertEquals(IUPD, last(base().day(84).tl(62).ntl(PRESENT)).overallResponse());
        }
    }

    @Nested
    class Row9TargetIupdNonTargetIupdNewLesions {
        private Seq base() {
            return Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(60).ntl(UNEQUIVOCAL_PROGRESSION).nlt("NL1", 12).nlnt("NL2", PRESENT);
        }

        @Test
        void noPreviousIupdIsIupd() {
            TimepointResult t = last(base());
            assertEquals(IUPD, t.overallResponse());
            assertEquals(Set.of(TARGET_LESIONS, NON_TARGET_LESIONS, NEW_LESIONS), t.iupdTriggers());
            assertEquals(List.of("target lesions: sum >= 20% and >= 5 mm above nadir",
                    "non-target lesions: unequivocal progression", "new lesions"), t.reasons());
        }

        @Test
        void previousIupdConfirmedByTargetSum() {
            assertEquals(ICPD, last(base().day(84).tl(65).ntl(PRESENT).nlt("NL1", 12).nlnt("NL2", PRESENT))
                    .overallResponse());
        }

        @Test
        void previousIupdConfirmedByNonTargetIncrease() {
            assertEquals(ICPD, last(base().day(84).tl(60).ntl(INCREASED).nlt("NL1", 12).nlnt("NL2", PRESENT))
                    .overallResponse());
        }

        @Test
        void previousIupdConfirmedByNewLesionSize() {
            assertEquals(ICPD, last(base().day(84).tl(60).ntl(PRESENT).nlt("NL1", 17).nlnt("NL2", PRESENT))
                    .overallResponse());
            assertEquals(ICPD, last(base().day(84).tl(60).ntl(PRESENT).nlt("NL1", 12).nlnt("NL2", INCREASED))
                    .overallResponse());
        }

        @Test
        void previousIupdConfirmedByNewLesionNumber() {
            assertEquals(ICPD, last(base().day(84).tl(60).ntl(PRESENT).nlt("NL1", 12).nlnt("NL2", PRESENT)
                    .nlnt("NL3", PRESENT)).overallResponse());
        }

        @Test
        void previousIupdWithoutFurtherIncreaseRemainsIupd() {
            assertEquals(IUPD, last(base().day(84).tl(59).ntl(PRESENT).nlt("NL1", 11).nlnt("NL2", PRESENT))
                    .overallResponse());
        }
    }

    @Nested
    class Row10TargetAndNonTargetNotProgressingNewLesions {
        @Test
        void noPreviousIupdIsIupd() {
            TimepointResult t = last(afterNewLesionIupd());
            assertEquals(IUPD, t.overallResponse());
            assertEquals(Set.of(NEW_LESIONS), t.iupdTriggers());
        }

        @Test
        void previousIupdConfirmedByNewLesionNumber() {
            assertEquals(ICPD, last(afterNewLesionIupd().day(84).tl(40).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .nlt("NL2", 10)).overallResponse());
        }

        @Test
        void previousIupdConfirmedByNewLesionSize() {
            assertEquals(ICPD, last(afterNewLesionIupd().day(84).tl(40).ntl(PRESENT).nlnt("NL1", INCREASED))
                    .overallResponse());
        }

        @Test
        void previousIupdWithUnchangedNewLesionsRemainsIupdEvenIfTargetsShrink() {
            // spec s2: the categories still give iUPD (a new lesion is present), so no reset
            TimepointResult t = last(afterNewLesionIupd().day(84).tl(30).ntl(PRESENT).nlnt("NL1", PRESENT));
            assertEquals(TargetResponse.PR, t.targetResponse());
            assertEquals(IUPD, t.overallResponse());
            assertTrue(t.iupdPending());
        }
    }
}
