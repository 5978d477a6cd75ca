package org.ioedc.forms.tumour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.irecist.Assessment;
import org.ioedc.forms.irecist.IrecistEngine;
import org.ioedc.forms.irecist.LesionStatus;
import org.ioedc.forms.irecist.NewLesion;
import org.ioedc.forms.irecist.NonTargetLesion;
import org.ioedc.forms.irecist.ResponseEvaluation;
import org.ioedc.forms.irecist.TargetLesion;
import org.ioedc.forms.irecist.TargetResponse;
import org.ioedc.forms.irecist.TimepointResponse;
import org.ioedc.forms.irecist.TimepointResult;
import org.junit.jupiter.api.Test;

class IrecistCourseTest {

    private static final LocalDate IUPD = LocalDate.of(2026, 11, 10);
    private static final LocalDate CONFIRMATION = LocalDate.of(2026, 12, 15);

    /** Baseline 50 mm; week 8: new lesions (iUPD); 35 days later another new lesion id (iCPD). */
    private static SubjectRecord progressing() {
        return Forms.subject(Forms.standardBaseline(),
                Forms.followUp(2, CONFIRMATION.toString()).fuTl("T1", "37").fuTl("T2", "18").fuNtl("N1", "PRESENT")
                        .nlt("NL1", "LIVER", "12").nlnt("NL2", "BONE", "PRESENT").nlnt("NL3", "SKIN", "PRESENT").response("iCPD"),
                Forms.followUp(1, IUPD.toString()).fuTl("T1", "36").fuTl("T2", "18").fuNtl("N1", "PRESENT")
                        .nlt("NL1", "LIVER", "12").nlnt("NL2", "BONE", "PRESENT").response("iUPD")
                        .item(TumourForms.CLINICALLY_STABLE, "true"));
    }

    @Test
    void readsTheFormsInDateOrderAndGivesTheEnginesResultPerInstance() {
        IrecistCourse course = IrecistCourse.of(progressing());

        assertTrue(course.complete());
        assertEquals(List.of("F.TUBL@SCREENING", "F.TUFU#1", "F.TUFU#2"),
                course.assessments().stream().map(CourseAssessment::instanceKey).toList());
        TimepointResult week8 = course.assessment("F.TUFU#1").orElseThrow().result();
        assertEquals(TimepointResponse.IUPD, week8.overallResponse());
        assertEquals(0, new BigDecimal("54").compareTo(week8.targetSumMm()));
        assertEquals(0, new BigDecimal("12").compareTo(week8.newLesionTargetSumMm()));
        assertTrue(week8.iupdPending());
        TimepointResult confirmation = course.assessment("F.TUFU#2").orElseThrow().result();
        assertEquals(TimepointResponse.ICPD, confirmation.overallResponse());
        assertEquals(List.of("NL3"), confirmation.newLesionIdsAppeared());
        assertEquals(TimepointResponse.ICPD, course.bestOverallResponse().orElseThrow());
        assertEquals(IUPD, course.progressionDate().orElseThrow());
        assertTrue(course.problems().isEmpty());
    }

    @Test
    void theResultsAreTheEnginesOnTheSameLesions() {
        ResponseEvaluation direct = IrecistEngine.evaluate(Forms.FIRST_DOSE, List.of(
                new Assessment(LocalDate.of(2026, 9, 10),
                        List.of(TargetLesion.measured("T1", "LIVER", false, 32), TargetLesion.measured("T2", "LYMPH_NODE", true, 18)),
                        List.of(new NonTargetLesion("N1", "LUNG", LesionStatus.PRESENT)), List.of()),
                new Assessment(IUPD,
                        List.of(TargetLesion.measured("T1", "LIVER", false, 36), TargetLesion.measured("T2", "LYMPH_NODE", true, 18)),
                        List.of(new NonTargetLesion("N1", "LUNG", LesionStatus.PRESENT)),
                        List.of(NewLesion.target("NL1", "LIVER", false, 12), NewLesion.nonTarget("NL2", "BONE", LesionStatus.PRESENT)))));
        SubjectRecord record = Forms.subject(Forms.standardBaseline(), Forms.followUp(1, IUPD.toString())
                .fuTl("T1", "36").fuTl("T2", "18").fuNtl("N1", "PRESENT").nlt("NL1", "LIVER", "12").nlnt("NL2", "BONE", "PRESENT"));

        ResponseEvaluation read = IrecistCourse.of(record).evaluation().orElseThrow();

        assertEquals(direct.timepoints(), read.timepoints());
        assertEquals(direct.bestOverallResponse(), read.bestOverallResponse());
    }

    @Test
    void stateAtADateTellsAPendingIupdAndAConfirmedProgression() {
        IrecistCourse course = IrecistCourse.of(progressing());

        CourseState before = course.stateAt(IUPD.minusDays(1));
        assertEquals(CourseState.Status.NO_FOLLOW_UP, before.status());
        assertEquals(LocalDate.of(2026, 9, 10), before.lastAssessmentDate());

        CourseState onTheScanDay = course.stateAt(IUPD);
        assertEquals(CourseState.Status.IUPD_PENDING, onTheScanDay.status());
        assertEquals(IUPD, onTheScanDay.pendingIupdSince());
        var decision = course.assessments().stream().filter(a -> IUPD.equals(a.date())).findFirst().orElseThrow().investigator();
        assertEquals("iUPD", decision.response());
        assertEquals(Boolean.TRUE, decision.clinicallyStable());
        assertEquals(null, decision.treatmentContinues());
        assertEquals(IUPD.plusDays(28), onTheScanDay.confirmationWindowOpens());
        assertEquals(IUPD.plusDays(56), onTheScanDay.confirmationWindowCloses());
        assertTrue(course.stateAt(CONFIRMATION.minusDays(1)).iupdPending());

        CourseState confirmed = course.stateAt(CONFIRMATION);
        assertTrue(confirmed.progressionConfirmed());
        assertEquals(CONFIRMATION, confirmed.confirmedOn());
        assertEquals(IUPD, confirmed.progressionDate());
        assertNull(confirmed.pendingIupdSince());
        assertEquals(CourseState.Status.ICPD, course.current().status());
    }

    @Test
    void aResetLeavesNoPendingIupd() {
        IrecistCourse course = IrecistCourse.of(Forms.subject(Forms.standardBaseline(),
                Forms.followUp(1, "2026-11-10").fuTl("T1", "44").fuTl("T2", "18").fuNtl("N1", "PRESENT"),
                Forms.followUp(2, "2026-12-15").fuTl("T1", "30").fuTl("T2", "16").fuNtl("N1", "PRESENT")));

        assertEquals(TimepointResponse.IUPD, course.assessment("F.TUFU#1").orElseThrow().result().overallResponse());
        assertEquals(TimepointResponse.ISD, course.assessment("F.TUFU#2").orElseThrow().result().overallResponse());
        assertEquals(CourseState.Status.NOT_PROGRESSED, course.current().status());
        assertTrue(course.progressionDate().isEmpty());
    }

    @Test
    void followUpLesionsTakeOrganAndNodalFromBaselineAndHonourTheFlags() {
        SubjectRecord record = Forms.subject(Forms.standardBaseline(), Forms.followUp(1, "2026-11-10")
                .row(TumourForms.FOLLOW_UP_TARGETS, "T1", "TL.TSTM", "true", "TL.DIAM", "3")
                .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.NE", "true", "TL.DIAM", "12")
                .fuNtl("N1", "PRESENT"));

        CourseAssessment week8 = IrecistCourse.of(record).assessment("F.TUFU#1").orElseThrow();

        TargetLesion t1 = week8.input().targetLesions().get(0);
        TargetLesion t2 = week8.input().targetLesions().get(1);
        assertEquals("LIVER", t1.organ());
        assertTrue(t1.tooSmallToMeasure());
        assertTrue(t2.nodal());
        assertFalse(t2.evaluated());
        assertEquals(TargetResponse.NE, week8.result().targetResponse());
        assertEquals(0, new BigDecimal("5").compareTo(week8.result().evaluatedTargetSumMm()));
    }

    @Test
    void aBrokenFollowUpStopsTheDerivationThereAndSaysWhy() {
        SubjectRecord record = Forms.subject(Forms.standardBaseline(),
                Forms.followUp(1, "2026-11-10").fuTl("T1", "30").fuTl("T2", "18").fuNtl("N1", "PRESENT"),
                Forms.followUp(2, "2026-12-15").fuTl("T1", "30").fuNtl("N1", "PRESENT"),
                Forms.followUp(3, "2027-01-20").fuTl("T1", "30").fuTl("T2", "18").fuNtl("N1", "PRESENT"));

        IrecistCourse course = IrecistCourse.of(record);

        assertFalse(course.complete());
        assertEquals(TimepointResponse.ISD, course.assessment("F.TUFU#1").orElseThrow().result().overallResponse());
        CourseAssessment broken = course.assessment("F.TUFU#2").orElseThrow();
        assertNull(broken.result());
        assertEquals(List.of("baseline target lesion 'T2' is missing"), broken.problems());
        assertNull(course.assessment("F.TUFU#3").orElseThrow().result());
        assertEquals(List.of("follow-up of 2026-12-15: baseline target lesion 'T2' is missing",
                "follow-up of 2027-01-20: not derived because an earlier assessment could not be derived"), course.problems());
        assertTrue(course.bestOverallResponse().isEmpty(), "no iBOR over an incomplete course");
    }

    @Test
    void withoutAFirstDoseNothingIsDerived() {
        IrecistCourse course = IrecistCourse.of(Forms.subject((LocalDate) null, Forms.standardBaseline(),
                Forms.followUp(1, "2026-11-10").fuTl("T1", "30").fuTl("T2", "18").fuNtl("N1", "PRESENT")));

        assertTrue(course.derived().isEmpty());
        assertEquals("baseline of 2026-09-10: the subject's first dose date is not recorded", course.problems().get(0));
        assertEquals(CourseState.Status.NO_FOLLOW_UP, course.current().status());
    }

    @Test
    void aFollowUpWithoutADateOrWithoutABaselineIsNotDerived() {
        IrecistCourse undated = IrecistCourse.of(Forms.subject(Forms.standardBaseline(),
                Forms.followUp(1, null).fuTl("T1", "30")));
        assertEquals(List.of("the assessment date is missing"), undated.assessment("F.TUFU#1").orElseThrow().problems());
        assertFalse(undated.complete());

        IrecistCourse noBaseline = IrecistCourse.of(Forms.subject(Forms.followUp(1, "2026-11-10").fuTl("T1", "30")));
        assertEquals(List.of("there is no baseline tumour assessment"),
                noBaseline.assessment("F.TUFU#1").orElseThrow().problems());
    }

    @Test
    void derivedItemsAreCanonicalText() {
        IrecistCourse course = IrecistCourse.of(progressing());

        var week8 = DerivedItems.of(course, course.assessment("F.TUFU#1").orElseThrow());
        assertEquals("54", week8.get(TumourForms.D_TARGET_SUM));
        assertEquals("8", week8.get(TumourForms.D_CHANGE_FROM_BASELINE));
        assertEquals("50", week8.get(TumourForms.D_NADIR));
        assertEquals("12", week8.get(TumourForms.D_NEW_TARGET_SUM));
        assertEquals("SD", week8.get(TumourForms.D_TARGET_RESPONSE));
        assertEquals("NON-CR/NON-PD", week8.get(TumourForms.D_NON_TARGET_RESPONSE));
        assertEquals("true", week8.get(TumourForms.D_NEW_LESIONS_PRESENT));
        assertEquals("iUPD", week8.get(TumourForms.D_RESPONSE));
        assertEquals("true", week8.get(TumourForms.D_IUPD_PENDING));
        assertEquals("2026-11-10", week8.get(TumourForms.D_FIRST_IUPD_DATE));
        assertEquals("true", week8.get(TumourForms.D_IUPD_CONFIRMED_LATER));
        assertNull(week8.get(TumourForms.D_NOTE));

        var baseline = DerivedItems.of(course, course.assessments().get(0));
        assertEquals("50", baseline.get(TumourForms.D_TARGET_SUM));
        assertEquals("iCPD", baseline.get(TumourForms.D_BEST_OVERALL_RESPONSE));
        assertEquals("2026-11-10", baseline.get(TumourForms.D_PROGRESSION_DATE));
    }

    @Test
    void everyDerivedItemIsAnItemOfTheFormsDerivedGroup() {
        var meta = new org.ioedc.forms.crf.OdmMetadataReader().readResource(new IrecistModule().odmResource());
        IrecistCourse course = IrecistCourse.of(progressing());
        for (CourseAssessment a : course.assessments()) {
            var group = meta.group(DerivedItems.groupOf(a.formOid())).orElseThrow();
            var declared = group.items().stream().filter(r -> r.derived()).map(r -> r.itemOid()).toList();
            assertEquals(declared, List.copyOf(DerivedItems.of(course, a).keySet()), a.formOid());
        }
    }
}
