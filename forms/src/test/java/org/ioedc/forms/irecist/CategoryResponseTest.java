package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.Checks.assertMm;
import static org.ioedc.forms.irecist.Checks.assertPct;
import static org.ioedc.forms.irecist.LesionStatus.ABSENT;
import static org.ioedc.forms.irecist.LesionStatus.INCREASED;
import static org.ioedc.forms.irecist.LesionStatus.NOT_EVALUATED;
import static org.ioedc.forms.irecist.LesionStatus.PRESENT;
import static org.ioedc.forms.irecist.LesionStatus.UNEQUIVOCAL_PROGRESSION;
import static org.ioedc.forms.irecist.Seq.NE;
import static org.ioedc.forms.irecist.Seq.SMALL;
import static org.ioedc.forms.irecist.TimepointResponse.ICPD;
import static org.ioedc.forms.irecist.TimepointResponse.ICR;
import static org.ioedc.forms.irecist.TimepointResponse.IPR;
import static org.ioedc.forms.irecist.TimepointResponse.ISD;
import static org.ioedc.forms.irecist.TimepointResponse.IUPD;
import static org.ioedc.forms.irecist.TimepointResponse.NON_ICR_NON_IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RECIST 1.1 category responses and their exact boundaries (spec section 2, "Category responses"). */
class CategoryResponseTest {

    private static TimepointResult only(Seq seq) {
        return seq.evaluate().followUps().get(0);
    }

    @Nested
    class TargetLesionBoundaries {

        @Test
        void exactlyMinus30PercentIsPartialResponse() {
            TimepointResult t = only(Seq.baseline().tl(60, 40).ntl(PRESENT).day(42).tl(42, 28).ntl(PRESENT));
            assertMm("70.0", t.targetSumMm());
            assertPct("-30.0", t.changeFromBaselinePct());
            assertEquals(TargetResponse.PR, t.targetResponse());
            assertEquals(IPR, t.overallResponse());
        }

        @Test
        void minus29Point9PercentIsStableDisease() {
            TimepointResult t = only(Seq.baseline().tl(100).ntl(PRESENT).day(42).tl(70.1).ntl(PRESENT));
            assertPct("-29.9", t.changeFromBaselinePct());
            assertEquals(TargetResponse.SD, t.targetResponse());
            assertEquals(ISD, t.overallResponse());
        }

        @Test
        void plus20PercentWithOnly4MmIsNotProgression() {
            TimepointResult t = only(Seq.baseline().tl(20).ntl(PRESENT).day(42).tl(24).ntl(PRESENT));
            assertPct("20.0", t.changeFromNadirPct());
            assertEquals(TargetResponse.SD, t.targetResponse());
            assertEquals(ISD, t.overallResponse());
        }

        @Test
        void exactly20PercentAnd5MmIsProgression() {
            TimepointResult t = only(Seq.baseline().tl(25).ntl(PRESENT).day(42).tl(30).ntl(PRESENT));
            assertPct("20.0", t.changeFromNadirPct());
            assertEquals(TargetResponse.PD, t.targetResponse());
            assertEquals(IUPD, t.overallResponse());
            assertEquals(List.of("target lesions: sum >= 20% and >= 5 mm above nadir"), t.reasons());
        }

        @Test
        void justBelow20PercentWithMoreThan5MmIsNotProgression() {
            // 50 -> 59.9: +19.8 %, +9.9 mm
            TimepointResult t = only(Seq.baseline().tl(30, 20).ntl(PRESENT).day(42).tl(39.9, 20).ntl(PRESENT));
            assertPct("19.8", t.changeFromNadirPct());
            assertEquals(TargetResponse.SD, t.targetResponse());
        }

        @Test
        void nodeAt9Point9MmIsCompleteResponseButAt10MmIsNot() {
            TimepointResult cr = only(Seq.baseline().node(20).ntl(PRESENT).day(42).tl(9.9).ntl(ABSENT));
            assertEquals(TargetResponse.CR, cr.targetResponse());
            assertMm("9.9", cr.targetSumMm());
            assertEquals(ICR, cr.overallResponse());

            TimepointResult pr = only(Seq.baseline().node(20).ntl(PRESENT).day(42).tl(10).ntl(ABSENT));
            assertEquals(TargetResponse.PR, pr.targetResponse());
            assertEquals(IPR, pr.overallResponse());
        }

        @Test
        void completeResponseNeedsEveryNonNodalAtZeroAndEveryNodeBelow10() {
            TimepointResult cr = only(Seq.baseline().tl(30).node(20).ntl(PRESENT).day(42).tl(0, 8).ntl(ABSENT));
            assertEquals(TargetResponse.CR, cr.targetResponse());
            assertMm("8.0", cr.targetSumMm());

            TimepointResult notCr = only(Seq.baseline().tl(30).node(20).ntl(PRESENT).day(42).tl(1, 8).ntl(ABSENT));
            assertEquals(TargetResponse.PR, notCr.targetResponse());
        }

        @Test
        void tooSmallToMeasureCountsFiveMillimetres() {
            TimepointResult t = only(Seq.baseline().tl(30, 20).ntl(PRESENT).day(42).tl(SMALL, 0).ntl(ABSENT));
            assertMm("5.0", t.targetSumMm());
            assertPct("-90.0", t.changeFromBaselinePct());
            assertEquals(TargetResponse.PR, t.targetResponse(), "a non-nodal lesion too small to measure is not gone");

            TimepointResult node = only(Seq.baseline().node(16).ntl(PRESENT).day(42).tl(SMALL).ntl(ABSENT));
            assertMm("5.0", node.targetSumMm());
            assertEquals(TargetResponse.CR, node.targetResponse(), "a node counted 5 mm is < 10 mm");
        }

        @Test
        void nadirIsTheSmallestEarlierCompleteSum() {
            ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                    .day(42).tl(60).ntl(PRESENT)
                    .day(84).tl(50).ntl(PRESENT)
                    .day(126).tl(62).ntl(PRESENT)
                    .evaluate();
            TimepointResult last = e.followUps().get(2);
            assertMm("50.0", last.nadirMm());
            assertPct("24.0", last.changeFromNadirPct());
            assertPct("-38.0", last.changeFromBaselinePct());
            assertEquals(TargetResponse.PD, last.targetResponse());
            assertEquals(IUPD, last.overallResponse());
            assertMm("100.0", e.followUps().get(0).nadirMm());
            assertMm("60.0", e.followUps().get(1).nadirMm());
        }

        @Test
        void anAssessmentWithATargetNotEvaluatedNeverBecomesTheNadir() {
            ResponseEvaluation e = Seq.baseline().tl(50, 50).ntl(PRESENT)
                    .day(42).tl(NE, 20).ntl(PRESENT)
                    .day(84).tl(40, 20).ntl(PRESENT)
                    .evaluate();
            TimepointResult ne = e.followUps().get(0);
            assertEquals(TargetResponse.NE, ne.targetResponse());
            assertEquals(TimepointResponse.NE, ne.overallResponse());
            assertNull(ne.targetSumMm());
            assertMm("20.0", ne.evaluatedTargetSumMm());
            assertNull(ne.changeFromBaselinePct());
            TimepointResult next = e.followUps().get(1);
            assertMm("100.0", next.nadirMm());
            assertEquals(IPR, next.overallResponse());
        }

        @Test
        void targetNotEvaluatedButEvaluatedLesionsAloneReachProgression() {
            TimepointResult t = only(Seq.baseline().tl(30, 20).ntl(PRESENT).day(42).tl(NE, 60).ntl(PRESENT));
            assertEquals(TargetResponse.PD, t.targetResponse());
            assertEquals(IUPD, t.overallResponse());
            assertNull(t.targetSumMm());
            assertMm("60.0", t.evaluatedTargetSumMm());
        }

        @Test
        void targetNotEvaluatedAndEvaluatedLesionsBelowProgressionIsNotEvaluable() {
            // evaluated 59 mm: +18 % over 50, not PD
            TimepointResult t = only(Seq.baseline().tl(30, 20).ntl(PRESENT).day(42).tl(NE, 59).ntl(PRESENT));
            assertEquals(TargetResponse.NE, t.targetResponse());
            assertEquals(TimepointResponse.NE, t.overallResponse());
        }

        @Test
        void percentagesAreRoundedHalfUpToOneDecimalOnlyForOutput() {
            TimepointResult up = only(Seq.baseline().tl(40).ntl(PRESENT).day(42).tl(40.02).ntl(PRESENT));
            assertPct("0.1", up.changeFromBaselinePct()); // +0.05 %
            TimepointResult third = only(Seq.baseline().tl(30).ntl(PRESENT).day(42).tl(29).ntl(PRESENT));
            assertPct("-3.3", third.changeFromBaselinePct());
        }

        @Test
        void afterCompleteResponseAReappearingLesionIsProgressionFrom5Mm() {
            ResponseEvaluation e = Seq.baseline().tl(20).ntl(PRESENT)
                    .day(42).tl(0).ntl(ABSENT)
                    .day(84).tl(4).ntl(ABSENT)
                    .day(126).tl(5).ntl(ABSENT)
                    .evaluate();
            assertEquals(List.of(ICR, IPR, IUPD), Seq.responses(e));
            assertNull(e.followUps().get(2).changeFromNadirPct(), "no percentage against a 0 mm nadir");
        }
    }

    @Nested
    class NonTargetAndOverall {

        @Test
        void nonTargetNotEvaluatedWithTargetStableIsStable() {
            TimepointResult t = only(Seq.baseline().tl(30).ntl(PRESENT).day(42).tl(30).ntl(NOT_EVALUATED));
            assertEquals(NonTargetResponse.NE, t.nonTargetResponse());
            assertEquals(ISD, t.overallResponse());
        }

        @Test
        void targetCompleteWithNonTargetNotEvaluatedIsPartialResponse() {
            TimepointResult t = only(Seq.baseline().tl(30).ntl(PRESENT).day(42).tl(0).ntl(NOT_EVALUATED));
            assertEquals(IPR, t.overallResponse());
        }

        @Test
        void targetCompleteWithoutNonTargetLesionsIsCompleteResponse() {
            TimepointResult t = only(Seq.baseline().tl(30).day(42).tl(0));
            assertNull(t.nonTargetResponse());
            assertEquals(ICR, t.overallResponse());
        }

        @Test
        void nonTargetIncreaseThatIsNotUnequivocalIsNotProgression() {
            TimepointResult t = only(Seq.baseline().tl(30).ntl(PRESENT).day(42).tl(30).ntl(INCREASED));
            assertEquals(NonTargetResponse.NON_CR_NON_PD, t.nonTargetResponse());
            assertEquals(ISD, t.overallResponse());
        }

        @Test
        void oneUnequivocalNonTargetAmongOthersNotEvaluatedIsProgression() {
            TimepointResult t = only(Seq.baseline().tl(30).ntl(PRESENT, PRESENT).day(42).tl(30)
                    .ntl(NOT_EVALUATED, UNEQUIVOCAL_PROGRESSION));
            assertEquals(NonTargetResponse.PD, t.nonTargetResponse());
            assertEquals(IUPD, t.overallResponse());
            assertEquals(List.of("non-target lesions: unequivocal progression"), t.reasons());
        }

        @Test
        void newLesionAfterCompleteDisappearanceIsIupd() {
            TimepointResult t = only(Seq.baseline().tl(30).ntl(PRESENT).day(42).tl(0).ntl(ABSENT)
                    .nlnt("NL1", PRESENT));
            assertEquals(TargetResponse.CR, t.targetResponse());
            assertEquals(IUPD, t.overallResponse());
        }
    }

    @Nested
    class NonTargetOnlyDisease {

        @Test
        void presentIsNonCrNonIupd() {
            TimepointResult t = only(Seq.baseline().ntl(PRESENT, PRESENT).day(42).ntl(PRESENT, ABSENT));
            assertNull(t.targetResponse());
            assertNull(t.targetSumMm());
            assertEquals(NON_ICR_NON_IUPD, t.overallResponse());
            assertEquals("NON-iCR/NON-iUPD", t.overallResponse().label());
        }

        @Test
        void allAbsentIsCompleteResponse() {
            assertEquals(ICR, only(Seq.baseline().ntl(PRESENT).day(42).ntl(ABSENT)).overallResponse());
        }

        @Test
        void notEvaluatedIsNotEvaluable() {
            assertEquals(TimepointResponse.NE,
                    only(Seq.baseline().ntl(PRESENT, PRESENT).day(42).ntl(PRESENT, NOT_EVALUATED))
                            .overallResponse());
        }

        @Test
        void unequivocalProgressionThenFurtherIncreaseIsConfirmed() {
            ResponseEvaluation e = Seq.baseline().ntl(PRESENT)
                    .day(42).ntl(UNEQUIVOCAL_PROGRESSION)
                    .day(84).ntl(INCREASED)
                    .evaluate();
            assertEquals(List.of(IUPD, ICPD), Seq.responses(e));
            assertEquals(Seq.FIRST_DOSE.plusDays(42), e.progressionDate());
            assertEquals(ICPD, e.bestOverallResponse());
        }

        @Test
        void nonCrNonIupdResetsAPendingIupd() {
            ResponseEvaluation e = Seq.baseline().ntl(PRESENT)
                    .day(42).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .day(84).ntl(PRESENT).nlnt("NL1", ABSENT)
                    .evaluate();
            assertEquals(List.of(IUPD, NON_ICR_NON_IUPD), Seq.responses(e));
            assertEquals(NON_ICR_NON_IUPD, e.bestOverallResponse());
        }
    }
}
