package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.LesionStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Input faults (spec section 3: 422 naming each fault). */
class AssessmentValidatorTest {

    private static final LocalDate DOSE = LocalDate.of(2024, 1, 15);
    private static final LocalDate BASE = LocalDate.of(2024, 1, 10);
    private static final LocalDate FU = LocalDate.of(2024, 3, 6);

    private static TargetLesion tl(String id, String organ, double mm) {
        return TargetLesion.measured(id, organ, false, mm);
    }

    private static NonTargetLesion ntl(String id, LesionStatus s) {
        return new NonTargetLesion(id, "LUNG", s);
    }

    private static Assessment baseline() {
        return new Assessment(BASE, List.of(tl("T1", "LIVER", 32), TargetLesion.measured("T2", "NODE", true, 18)),
                List.of(ntl("N1", PRESENT)), List.of());
    }

    private static Assessment followUp(LocalDate date, List<TargetLesion> tls, List<NonTargetLesion> ntls,
                                       List<NewLesion> nls) {
        return new Assessment(date, tls, ntls, nls);
    }

    private static List<TargetLesion> sameTargets() {
        return List.of(tl("T1", "LIVER", 30), TargetLesion.measured("T2", "NODE", true, 18));
    }

    private static List<InputFault> validate(Assessment... a) {
        return AssessmentValidator.validate(DOSE, List.of(a));
    }

    @Test
    void validInputHasNoFault() {
        assertEquals(List.of(), validate(baseline(), followUp(FU, sameTargets(), List.of(ntl("N1", PRESENT)),
                List.of(NewLesion.target("NL1", "LIVER", false, 12)))));
    }

    @Test
    void noAssessmentsAndNoFirstDose() {
        assertEquals(List.of(new InputFault("firstDoseDate", "first dose date is required"),
                        new InputFault("assessments", "at least one assessment (the baseline) is required")),
                AssessmentValidator.validate(null, List.of()));
        assertEquals(List.of(new InputFault("assessments", "at least one assessment (the baseline) is required")),
                AssessmentValidator.validate(DOSE, null));
    }

    @Test
    void tooManyTargetLesionsInTotalAndPerOrgan() {
        Assessment b = new Assessment(BASE, List.of(tl("T1", "LIVER", 20), tl("T2", "LIVER", 20),
                tl("T3", "LIVER", 20), tl("T4", "LUNG", 20), tl("T5", "BONE", 20), tl("T6", "SKIN", 20)),
                List.of(), List.of());
        assertEquals(List.of(
                new InputFault("assessments[0].targetLesions", "at most 5 target lesions in total, found 6"),
                new InputFault("assessments[0].targetLesions[2].organ",
                        "at most 2 target lesions per organ, found 3 in LIVER")), validate(b));
    }

    @Test
    void baselineTargetIdMissingAtFollowUp() {
        assertEquals(List.of(new InputFault("assessments[1].targetLesions", "baseline target lesion 'T2' is missing")),
                validate(baseline(), followUp(FU, List.of(tl("T1", "LIVER", 30)), List.of(ntl("N1", PRESENT)),
                        List.of())));
    }

    @Test
    void unknownTargetAndNonTargetIdsAtFollowUp() {
        List<TargetLesion> tls = new ArrayList<>(sameTargets());
        tls.add(tl("T9", "LUNG", 10));
        assertEquals(List.of(
                        new InputFault("assessments[1].targetLesions[2].id", "'T9' is not a baseline target lesion"),
                        new InputFault("assessments[1].nonTargetLesions[0].id",
                                "'N9' is not a baseline non-target lesion"),
                        new InputFault("assessments[1].nonTargetLesions",
                                "baseline non-target lesion 'N1' is missing")),
                validate(baseline(), followUp(FU, tls, List.of(ntl("N9", PRESENT)), List.of())));
    }

    @Test
    void nodalFlagMustStayAsAtBaseline() {
        assertEquals(List.of(new InputFault("assessments[1].targetLesions[1].nodal",
                        "nodal must be true as at baseline for 'T2'")),
                validate(baseline(), followUp(FU, List.of(tl("T1", "LIVER", 30), tl("T2", "NODE", 18)),
                        List.of(ntl("N1", PRESENT)), List.of())));
    }

    @Test
    void duplicateLesionIds() {
        Assessment b = new Assessment(BASE, List.of(tl("T1", "LIVER", 32), tl("T1", "LUNG", 20)),
                List.of(ntl("T1", PRESENT)), List.of());
        assertEquals(List.of(
                new InputFault("assessments[0].targetLesions[1].id", "duplicate lesion id 'T1' in this assessment"),
                new InputFault("assessments[0].nonTargetLesions[0].id",
                        "duplicate lesion id 'T1' in this assessment")), validate(b));
    }

    @Test
    void datesMustBeStrictlyIncreasingAndBaselineNotAfterFirstDose() {
        Assessment b = new Assessment(LocalDate.of(2024, 1, 16), baseline().targetLesions(),
                baseline().nonTargetLesions(), List.of());
        Assessment sameDay = followUp(LocalDate.of(2024, 1, 16), sameTargets(), List.of(ntl("N1", PRESENT)), List.of());
        assertEquals(List.of(
                new InputFault("assessments[0].date",
                        "baseline date 2024-01-16 must not be after the first dose date 2024-01-15"),
                new InputFault("assessments[1].date",
                        "date 2024-01-16 must be after the previous assessment's date 2024-01-16")),
                validate(b, sameDay));
        assertEquals(List.of(new InputFault("assessments[1].date", "date is required")),
                validate(baseline(), followUp(null, sameTargets(), List.of(ntl("N1", PRESENT)), List.of())));
    }

    @Test
    void negativeDiameters() {
        List<TargetLesion> tls = List.of(TargetLesion.measured("T1", "LIVER", false, new BigDecimal("-1")),
                TargetLesion.measured("T2", "NODE", true, 18));
        assertEquals(List.of(
                new InputFault("assessments[1].targetLesions[0].diameterMm", "diameter must not be negative"),
                new InputFault("assessments[1].newLesions[0].diameterMm", "diameter must not be negative")),
                validate(baseline(), followUp(FU, tls, List.of(ntl("N1", PRESENT)),
                        List.of(NewLesion.target("NL1", "LIVER", false, -3)))));
    }

    @Test
    void missingStatusAndUnknownStatusLabel() {
        assertEquals(List.of(
                new InputFault("assessments[1].nonTargetLesions[0].status", "status is required"),
                new InputFault("assessments[1].newLesions[0].status", "status is required")),
                validate(baseline(), followUp(FU, sameTargets(), List.of(ntl("N1", null)),
                        List.of(NewLesion.nonTarget("NL1", "BONE", null)))));
        assertEquals(Optional.of(new InputFault("assessments[1].nonTargetLesions[0].status",
                        "unknown status 'GROWING'; expected one of ABSENT, PRESENT, INCREASED,"
                                + " UNEQUIVOCAL_PROGRESSION, NOT_EVALUATED")),
                AssessmentValidator.statusLabelFault("assessments[1].nonTargetLesions[0].status", "GROWING"));
        assertEquals(Optional.of(new InputFault("f", "status is required")),
                AssessmentValidator.statusLabelFault("f", null));
        assertEquals(Optional.empty(), AssessmentValidator.statusLabelFault("f", "INCREASED"));
        assertEquals(Optional.empty(), LesionStatus.fromLabel("present"), "labels are upper case");
    }

    @Test
    void baselineRules() {
        Assessment empty = new Assessment(BASE, List.of(), List.of(), List.of());
        assertEquals(List.of(new InputFault("assessments[0]", "baseline has no target or non-target lesions")),
                validate(empty));
        Assessment b = new Assessment(BASE,
                List.of(TargetLesion.notEvaluated("T1", "LIVER", false), TargetLesion.tooSmall("T2", "LUNG", false)),
                List.of(ntl("N1", LesionStatus.INCREASED)),
                List.of(NewLesion.nonTarget("NL1", "BONE", PRESENT)));
        assertEquals(List.of(
                new InputFault("assessments[0].targetLesions[0].diameterMm", "a baseline target lesion must be measured"),
                new InputFault("assessments[0].targetLesions[1].tooSmallToMeasure",
                        "a baseline target lesion cannot be too small to measure"),
                new InputFault("assessments[0].nonTargetLesions[0].status",
                        "a baseline non-target lesion must be PRESENT"),
                new InputFault("assessments[0].newLesions", "the baseline cannot have new lesions")), validate(b));
    }

    @Test
    void idAndOrganRequiredAndNullLesion() {
        List<TargetLesion> tls = new ArrayList<>();
        tls.add(TargetLesion.measured(" ", null, false, 20));
        tls.add(null);
        Assessment b = new Assessment(BASE, tls, List.of(ntl("N1", PRESENT)), List.of());
        assertEquals(List.of(
                new InputFault("assessments[0].targetLesions[0].id", "id is required"),
                new InputFault("assessments[0].targetLesions[0].organ", "organ is required"),
                new InputFault("assessments[0].targetLesions[1]", "lesion is required")), validate(b));
    }

    @Test
    void newLesionRules() {
        Assessment fu1 = followUp(FU, sameTargets(), List.of(ntl("N1", PRESENT)),
                List.of(NewLesion.target("NL1", "LIVER", false, 12), NewLesion.nonTarget("T1", "BONE", PRESENT)));
        // the next assessment forgets NL1 and records T1 (a baseline id) as a target
        Assessment fu2 = followUp(FU.plusDays(42), sameTargets(), List.of(ntl("N1", PRESENT)),
                List.of(NewLesion.target("T1", "BONE", false, 12)));
        assertEquals(List.of(
                new InputFault("assessments[1].newLesions[1].id", "duplicate lesion id 'T1' in this assessment"),
                new InputFault("assessments[1].newLesions[1].id", "new lesion id 'T1' is already a baseline lesion id"),
                new InputFault("assessments[2].newLesions[0].id", "duplicate lesion id 'T1' in this assessment"),
                new InputFault("assessments[2].newLesions[0].id", "new lesion id 'T1' is already a baseline lesion id"),
                new InputFault("assessments[2].newLesions[0].target",
                        "new lesion 'T1' was recorded as a new non-target lesion before"),
                new InputFault("assessments[2].newLesions",
                        "new lesion 'NL1' recorded at an earlier assessment is missing")),
                validate(baseline(), fu1, fu2));
    }

    @Test
    void tooManyNewLesionTargets() {
        List<NewLesion> nls = List.of(NewLesion.target("A", "LIVER", false, 10), NewLesion.target("B", "LIVER", false, 10),
                NewLesion.target("C", "LIVER", false, 10), NewLesion.target("D", "LUNG", false, 10),
                NewLesion.target("E", "BONE", false, 10), NewLesion.target("F", "SKIN", false, 10),
                NewLesion.nonTarget("G", "SKIN", PRESENT));
        assertEquals(List.of(
                new InputFault("assessments[1].newLesions[2].organ",
                        "at most 2 new lesion targets per organ, found 3 in LIVER"),
                new InputFault("assessments[1].newLesions", "at most 5 new lesion targets in total, found 6")),
                validate(baseline(), followUp(FU, sameTargets(), List.of(ntl("N1", PRESENT)), nls)));
    }

    @Test
    void theEngineRefusesInvalidInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IrecistEngine.evaluate(DOSE, List.of(baseline(),
                        followUp(FU, List.of(tl("T1", "LIVER", 30)), List.of(ntl("N1", PRESENT)), List.of()))));
        assertTrue(e.getMessage().contains("assessments[1].targetLesions: baseline target lesion 'T2' is missing"),
                e.getMessage());
        assertThrows(NullPointerException.class, () -> IrecistEngine.evaluate(DOSE, List.of(baseline()), null));
    }
}
