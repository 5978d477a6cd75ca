package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.LesionStatus.ABSENT;
import static org.ioedc.forms.irecist.LesionStatus.PRESENT;
import static org.ioedc.forms.irecist.Seq.NE;
import static org.ioedc.forms.irecist.TimepointResponse.ICPD;
import static org.ioedc.forms.irecist.TimepointResponse.ICR;
import static org.ioedc.forms.irecist.TimepointResponse.IPR;
import static org.ioedc.forms.irecist.TimepointResponse.ISD;
import static org.ioedc.forms.irecist.TimepointResponse.IUPD;
import static org.ioedc.forms.irecist.TimepointResponse.NON_ICR_NON_IUPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Best overall response (spec section 2 "Best overall response"; Seymour Table 3). */
class BestOverallResponseTest {

    private static final IrecistSettings CONFIRM = IrecistSettings.defaults().withRequireConfirmationOfResponse(true);

    @Test
    void rankingIsTheSpecs() {
        List<String> bestFirst = Arrays.stream(TimepointResponse.values()).sorted(TimepointResponse.BEST_FIRST)
                .map(TimepointResponse::label).collect(Collectors.toList());
        assertEquals(List.of("iCR", "iPR", "iSD", "NON-iCR/NON-iUPD", "iCPD", "iUPD", "NE"), bestFirst);
    }

    @Test
    void responsesAfterIupdCount() {
        ResponseEvaluation e = Seq.baseline().tl(100).ntl(PRESENT)
                .day(42).tl(100).ntl(PRESENT).nlnt("NL1", PRESENT)
                .day(84).tl(90).ntl(PRESENT).nlnt("NL1", ABSENT)
                .day(126).tl(60).ntl(PRESENT).nlnt("NL1", ABSENT)
                .evaluate();
        assertEquals(List.of(IUPD, ISD, IPR), Seq.responses(e));
        assertEquals(IPR, e.bestOverallResponse());
    }

    @Test
    void noFollowUpIsNotEvaluable() {
        ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT).evaluate();
        assertEquals(1, e.timepoints().size());
        assertEquals(TimepointResponse.NE, e.bestOverallResponse());
        assertEquals(List.of("no follow-up assessment: best overall response NE"), e.notes());
    }

    @Test
    void onlyNotEvaluableIsNotEvaluable() {
        assertEquals(TimepointResponse.NE,
                Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(NE).ntl(PRESENT).evaluate().bestOverallResponse());
    }

    @Nested
    class StableDiseaseMinimumInterval {

        @Test
        void iSdBeforeTheMinimumIntervalCountsNe() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT).day(41).tl(45).ntl(PRESENT).evaluate();
            assertEquals(List.of(ISD), Seq.responses(e));
            assertEquals(TimepointResponse.NE, e.bestOverallResponse());
            assertEquals(List.of("iSD on 2024-02-11 is 41 days after first dose (< 42): counts NE for the best"
                    + " overall response"), e.notes());
        }

        @Test
        void iSdOnTheMinimumDayCounts() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(45).ntl(PRESENT).evaluate();
            assertEquals(ISD, e.bestOverallResponse());
            assertEquals(List.of(), e.notes());
        }

        @Test
        void theMinimumIsAStudySetting() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT).day(50).tl(45).ntl(PRESENT)
                    .evaluate(IrecistSettings.defaults().withStableDiseaseMinDays(56));
            assertEquals(TimepointResponse.NE, e.bestOverallResponse());
        }

        @Test
        void anEarlyIsdFollowedByALaterIsdCounts() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(35).tl(45).ntl(PRESENT)
                    .day(77).tl(45).ntl(PRESENT)
                    .evaluate();
            assertEquals(ISD, e.bestOverallResponse());
        }

        @Test
        void anEarlyIsdThenUnconfirmedIupdGivesIupd() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(35).tl(45).ntl(PRESENT)
                    .day(77).tl(45).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate();
            assertEquals(IUPD, e.bestOverallResponse());
        }

        @Test
        void nonCrNonIupdNeedsTheSameInterval() {
            assertEquals(TimepointResponse.NE,
                    Seq.baseline().ntl(PRESENT).day(35).ntl(PRESENT).evaluate().bestOverallResponse());
            assertEquals(NON_ICR_NON_IUPD,
                    Seq.baseline().ntl(PRESENT).day(42).ntl(PRESENT).evaluate().bestOverallResponse());
        }

        @Test
        void confirmedProgressionRanksAboveAnUnconfirmedIupdAsTheSpecRanks() {
            // episode 1: iUPD at day 7, reset by an iSD at day 35 that is too early for iBOR (NE);
            // episode 2: iUPD at day 77 confirmed at day 119.
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(7).tl(60).ntl(PRESENT)
                    .day(35).tl(50).ntl(PRESENT)
                    .day(77).tl(60).ntl(PRESENT)
                    .day(119).tl(66).ntl(PRESENT)
                    .evaluate();
            assertEquals(List.of(IUPD, ISD, IUPD, ICPD), Seq.responses(e));
            assertEquals(ICPD, e.bestOverallResponse());
            assertEquals(Seq.FIRST_DOSE.plusDays(77), e.progressionDate());
        }
    }

    @Nested
    class ConfirmationOfResponseRequired {

        @Test
        void notRequiredByDefault() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT).day(42).tl(30).ntl(PRESENT).evaluate();
            assertEquals(IPR, e.bestOverallResponse());
            assertEquals(false, e.responseConfirmationRequired());
        }

        @Test
        void iprConfirmedByALaterIprAtLeast28DaysLater() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(30).ntl(PRESENT)
                    .day(70).tl(30).ntl(PRESENT)
                    .evaluate(CONFIRM);
            assertEquals(IPR, e.bestOverallResponse());
            assertTrue(e.responseConfirmationRequired());
            assertTrue(e.notes().contains(
                    "confirmation of iCR/iPR required: a later assessment at least 28 days after the response"));
        }

        @Test
        void iprFollowedOnlyByIsdCountsIsd() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(30).ntl(PRESENT)
                    .day(84).tl(35.5).ntl(PRESENT)   // -29 % from baseline, +18.3 % over the nadir 30
                    .evaluate(CONFIRM);
            assertEquals(List.of(IPR, ISD), Seq.responses(e));
            assertEquals(ISD, e.bestOverallResponse());
            assertTrue(e.notes().contains(
                    "iPR on 2024-02-12 not confirmed by an assessment at least 28 days later: counts iSD"));
        }

        @Test
        void aConfirmingScanTooSoonDoesNotConfirm() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(30).ntl(PRESENT)
                    .day(69).tl(30).ntl(PRESENT)
                    .evaluate(CONFIRM);
            assertEquals(ISD, e.bestOverallResponse());
        }

        @Test
        void notEvaluableInBetweenIsSkipped() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(30).ntl(PRESENT)
                    .day(56).tl(NE).ntl(PRESENT)
                    .day(84).tl(30).ntl(PRESENT)
                    .evaluate(CONFIRM);
            assertEquals(IPR, e.bestOverallResponse());
        }

        @Test
        void icrConfirmedByIcr() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(0).ntl(ABSENT)
                    .day(70).tl(0).ntl(ABSENT)
                    .evaluate(CONFIRM);
            assertEquals(ICR, e.bestOverallResponse());
        }

        @Test
        void icrFollowedByIprCountsIpr() {
            ResponseEvaluation e = Seq.baseline().node(20).ntl(PRESENT)
                    .day(42).tl(8).ntl(ABSENT)
                    .day(84).tl(11).ntl(ABSENT)
                    .evaluate(CONFIRM);
            assertEquals(List.of(ICR, IPR), Seq.responses(e));
            assertEquals(IPR, e.bestOverallResponse());
            assertTrue(e.notes().contains("iCR on 2024-02-12 confirmed only as iPR"));
        }

        @Test
        void iprFollowedByIupdCountsIsd() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(42).tl(30).ntl(PRESENT)
                    .day(84).tl(30).ntl(PRESENT).nlnt("NL1", PRESENT)
                    .evaluate(CONFIRM);
            assertEquals(ISD, e.bestOverallResponse());
        }

        @Test
        void anUnconfirmedResponseBeforeTheIsdIntervalCountsNe() {
            ResponseEvaluation e = Seq.baseline().tl(50).ntl(PRESENT)
                    .day(28).tl(30).ntl(PRESENT)
                    .evaluate(CONFIRM);
            assertEquals(TimepointResponse.NE, e.bestOverallResponse());
        }

        @Test
        void withoutTargetLesionsAnUnconfirmedIcrCountsNonCrNonIupd() {
            ResponseEvaluation e = Seq.baseline().ntl(PRESENT).day(42).ntl(ABSENT).evaluate(CONFIRM);
            assertEquals(NON_ICR_NON_IUPD, e.bestOverallResponse());
        }
    }
}
