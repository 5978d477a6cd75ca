package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.Checks.assertMm;
import static org.ioedc.forms.irecist.Checks.assertPct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request/response example of spec section 3, built exactly as the JSON gives it. */
class SpecExampleTest {

    private static List<Assessment> request() {
        Assessment baseline = new Assessment(LocalDate.parse("2024-01-10"),
                List.of(TargetLesion.measured("T1", "LIVER", false, 32.0),
                        TargetLesion.measured("T2", "LYMPH_NODE", true, 18.0)),
                List.of(new NonTargetLesion("N1", "LUNG", LesionStatus.PRESENT)),
                List.of());
        Assessment followUp = new Assessment(LocalDate.parse("2024-03-06"),
                List.of(TargetLesion.measured("T1", "LIVER", false, 36.0),
                        TargetLesion.measured("T2", "LYMPH_NODE", true, 18.0)),
                List.of(new NonTargetLesion("N1", "LUNG", LesionStatus.PRESENT)),
                List.of(NewLesion.target("NL1", "LIVER", false, 12.0),
                        NewLesion.nonTarget("NL2", "BONE", LesionStatus.PRESENT)));
        return List.of(baseline, followUp);
    }

    @Test
    void specSection3ExampleGivesIupdDrivenByNewLesions() {
        List<Assessment> request = request();
        assertEquals(List.of(), AssessmentValidator.validate(LocalDate.parse("2024-01-15"), request));

        ResponseEvaluation r = IrecistEngine.evaluate(LocalDate.parse("2024-01-15"), request);

        assertEquals(2, r.timepoints().size());
        TimepointResult base = r.timepoints().get(0);
        assertEquals(LocalDate.parse("2024-01-10"), base.date());
        assertTrue(base.baseline());
        assertMm("50.0", base.targetSumMm());
        assertNull(base.overallResponse());

        TimepointResult fu = r.timepoints().get(1);
        assertEquals(LocalDate.parse("2024-03-06"), fu.date());
        assertFalse(fu.baseline());
        assertMm("54.0", fu.targetSumMm());
        assertPct("8.0", fu.changeFromBaselinePct());
        assertPct("8.0", fu.changeFromNadirPct());
        assertMm("50.0", fu.nadirMm());
        assertMm("12.0", fu.newLesionTargetSumMm());
        assertEquals(TargetResponse.SD, fu.targetResponse());
        assertEquals("SD", fu.targetResponse().label());
        assertEquals(NonTargetResponse.NON_CR_NON_PD, fu.nonTargetResponse());
        assertEquals("NON-CR/NON-PD", fu.nonTargetResponse().label());
        assertEquals(Boolean.TRUE, fu.newLesionsPresent());
        assertEquals(TimepointResponse.IUPD, fu.overallResponse());
        assertEquals("iUPD", fu.overallResponse().label());
        assertEquals(List.of("new lesions"), fu.reasons());
        assertTrue(fu.iupdPending());
        assertEquals(java.util.Set.of(ProgressionCategory.NEW_LESIONS), fu.iupdTriggers());
        assertEquals(List.of("NL1", "NL2"), fu.newLesionIdsAppeared());

        assertEquals(TimepointResponse.IUPD, r.bestOverallResponse());
        assertNull(r.progressionDate());
        assertFalse(r.responseConfirmationRequired());
    }
}
