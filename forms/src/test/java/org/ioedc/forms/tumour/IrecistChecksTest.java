package org.ioedc.forms.tumour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The IRECIST module's edit checks, each firing and not firing at its boundary. */
class IrecistChecksTest {

    /** Runs {@code check} on the last form, with every form in the subject's record. */
    private static List<CheckFinding> run(EditCheck check, LocalDate firstDose, int window, Forms... forms) {
        List<FormData> all = Arrays.stream(forms).map(Forms::build).toList();
        SubjectRecord record = new SubjectRecord("IO-01-901", "SITE-01", LocalDate.of(2026, 9, 1), firstDose, all, window);
        return check.evaluate(all.get(all.size() - 1), record);
    }

    private static List<CheckFinding> run(EditCheck check, Forms... forms) {
        return run(check, Forms.FIRST_DOSE, 28, forms);
    }

    private static String message(List<CheckFinding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0).message();
    }

    private static Forms fullFollowUp(int n, String date, String t1) {
        return Forms.followUp(n, date).fuTl("T1", t1).fuTl("T2", "18").fuNtl("N1", "PRESENT");
    }

    @Test
    void everyCheckHasAStableIdOnAModuleForm() {
        List<String> ids = new IrecistModule().editChecks().stream().map(EditCheck::id).toList();
        assertEquals(List.of("IR-001", "IR-002", "IR-003", "IR-004", "IR-005", "IR-006", "IR-007", "IR-008", "IR-009",
                "IR-010", "IR-011", "IR-012"), ids);
        new IrecistModule().editChecks().forEach(c -> assertTrue(
                c.formOid().equals(TumourForms.BASELINE) || c.formOid().equals(TumourForms.FOLLOW_UP), c.id()));
    }

    @Nested
    class TargetLesionCountIr001 {
        private Forms baselineWith(int lesions, int inLiver) {
            Forms f = Forms.baseline("2026-09-10");
            String[] organs = {"LUNG", "BONE", "ADRENAL", "KIDNEY", "SPLEEN", "SKIN"};
            for (int i = 0; i < lesions; i++) {
                f.tl("T" + (i + 1), i < inLiver ? "LIVER" : organs[i], false, "20");
            }
            return f;
        }

        @Test
        void fiveLesionsTwoPerOrganPass() {
            assertEquals(List.of(), run(new TargetLesionCount(), baselineWith(5, 2)));
        }

        @Test
        void sixLesionsAreTooMany() {
            String message = message(run(new TargetLesionCount(), baselineWith(6, 2)));
            assertTrue(message.startsWith("6 target lesions are recorded; RECIST 1.1 allows at most 5"), message);
        }

        @Test
        void threeInOneOrganAreTooMany() {
            List<CheckFinding> findings = run(new TargetLesionCount(), baselineWith(3, 3));
            assertEquals("3 target lesions are recorded in LIVER (T1, T2, T3); at most 2 per organ are allowed. "
                    + "Please record the others as non-target lesions.", message(findings));
            assertEquals(List.of("TL.ORGAN[T1]", "TL.ORGAN[T2]", "TL.ORGAN[T3]"),
                    findings.get(0).items().stream().map(i -> i.label()).toList());
        }
    }

    @Nested
    class BaselineLesionIdsUniqueIr011 {
        @Test
        void distinctIdsPass() {
            assertEquals(List.of(), run(new BaselineLesionIdsUnique(), Forms.standardBaseline()));
        }

        @Test
        void aSharedIdIsNamed() {
            List<CheckFinding> findings = run(new BaselineLesionIdsUnique(), Forms.standardBaseline().ntl("T1", "BONE"));
            assertTrue(message(findings).startsWith("Lesion id T1 is used for a target and a non-target lesion"));
            assertEquals(List.of("TL.ORGAN[T1]", "NTL.ORGAN[T1]"), findings.get(0).items().stream().map(i -> i.label()).toList());
        }
    }

    @Nested
    class BaselineMeasurabilityIr002 {
        private List<CheckFinding> lesion(boolean nodal, String mm, String method) {
            return run(new BaselineMeasurability(), Forms.baseline("2026-09-10").row(TumourForms.BASELINE_TARGETS, "T1",
                    "TL.ORGAN", nodal ? "LYMPH_NODE" : "LIVER", "TL.NODAL", String.valueOf(nodal), "TL.DIAM", mm, "TL.METHOD", method));
        }

        @Test
        void nonNodalByCtFrom10Mm() {
            assertEquals(List.of(), lesion(false, "10", "CT"));
            assertTrue(message(lesion(false, "9.9", "CT")).contains("measures 9.9 mm by CT; a non-nodal target lesion must be at least 10 mm"));
        }

        @Test
        void chestXrayFrom20Mm() {
            assertEquals(List.of(), lesion(false, "20", "XRAY"));
            assertTrue(message(lesion(false, "19.9", "XRAY")).contains("at least 20 mm"));
        }

        @Test
        void caliperFrom10Mm() {
            assertEquals(List.of(), lesion(false, "10", "CALIPER"));
            assertTrue(message(lesion(false, "9", "CALIPER")).contains("at least 10 mm"));
        }

        @Test
        void thickSlicesDoubleTheMinimum() {
            Forms f = Forms.baseline("2026-09-10").item(TumourForms.SLICE, "8").tl("T1", "LIVER", false, "15");
            assertTrue(message(run(new BaselineMeasurability(), f)).contains("at least 16 mm"));
            Forms ok = Forms.baseline("2026-09-10").item(TumourForms.SLICE, "8").tl("T1", "LIVER", false, "16");
            assertEquals(List.of(), run(new BaselineMeasurability(), ok));
        }

        @Test
        void nodesFrom15MmShortAxis() {
            assertEquals(List.of(), lesion(true, "15", "CT"));
            assertTrue(message(lesion(true, "14.9", "CT")).contains("a nodal target lesion needs at least 15 mm"));
            assertTrue(message(lesion(true, "9.9", "CT")).contains("below 10 mm a node is normal"));
        }

        @Test
        void methodOtherDoesNotMeasure() {
            assertTrue(message(lesion(false, "30", "OTHER")).contains("method OTHER"));
        }
    }

    @Nested
    class EveryBaselineLesionRecordedIr003 {
        @Test
        void measuredTooSmallOrNotEvaluatedAreAllRecorded() {
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "0")
                    .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.NE", "true").fuNtl("N1", "ABSENT");
            assertEquals(List.of(), run(new EveryBaselineLesionRecorded(), Forms.standardBaseline(), fu));
            Forms small = Forms.followUp(1, "2026-11-10").fuTl("T1", "30")
                    .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.TSTM", "true").fuNtl("N1", "ABSENT");
            assertEquals(List.of(), run(new EveryBaselineLesionRecorded(), Forms.standardBaseline(), small));
        }

        @Test
        void aMissingTargetLesionIsNamed() {
            List<CheckFinding> findings = run(new EveryBaselineLesionRecorded(), Forms.standardBaseline(),
                    Forms.followUp(1, "2026-11-10").fuTl("T1", "30").fuNtl("N1", "PRESENT"));
            assertTrue(message(findings).startsWith("Baseline target lesion T2 (LYMPH_NODE) is not recorded at this follow-up"));
            assertEquals("TL.DIAM[T2]", findings.get(0).items().get(0).label());
        }

        @Test
        void aDiameterAndNotEvaluatedContradict() {
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "30")
                    .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.DIAM", "12", "TL.NE", "true").fuNtl("N1", "PRESENT");
            assertTrue(message(run(new EveryBaselineLesionRecorded(), Forms.standardBaseline(), fu))
                    .contains("has a diameter and is marked not evaluated"));
        }

        @Test
        void aDiameterAndTooSmallToMeasureContradict() {
            // the sum would count 5 mm whatever the diameter says, so the two answers must not both stand
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "30")
                    .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.DIAM", "12", "TL.TSTM", "true").fuNtl("N1", "PRESENT");
            List<CheckFinding> findings = run(new EveryBaselineLesionRecorded(), Forms.standardBaseline(), fu);
            assertEquals("Target lesion T2 (LYMPH_NODE) has a diameter and is marked too small to measure (which counts "
                    + "as 5 mm): keep only one of them.", message(findings));
            assertEquals(List.of("TL.DIAM[T2]", "TL.TSTM[T2]"), findings.get(0).items().stream().map(ItemRef::label).toList());
        }

        @Test
        void aNonTargetLesionWithoutStatusIsNamed() {
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "30").fuTl("T2", "18");
            assertTrue(message(run(new EveryBaselineLesionRecorded(), Forms.standardBaseline(), fu))
                    .startsWith("Baseline non-target lesion N1 (LUNG) has no status"));
        }
    }

    @Nested
    class LesionIdsKeptIr004 {
        @Test
        void baselineIdsAndKeptNewLesionsPass() {
            assertEquals(List.of(), run(new LesionIdsKept(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").nlt("NL1", "LIVER", "12"),
                    fullFollowUp(2, "2026-12-15", "30").nlt("NL1", "LIVER", "0")));
        }

        @Test
        void anUnknownIdIsNamed() {
            String message = message(run(new LesionIdsKept(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").fuTl("T9", "10")));
            assertTrue(message.startsWith("T9 is not a baseline target lesion: use the baseline ids (T1, T2)"), message);
        }

        @Test
        void aNewLesionUsingABaselineIdIsNamed() {
            assertTrue(message(run(new LesionIdsKept(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").nlnt("N1", "BONE", "PRESENT")))
                    .startsWith("New lesion id N1 is already a baseline lesion id"));
        }

        @Test
        void aNewLesionLeftOutLaterIsNamed() {
            String message = message(run(new LesionIdsKept(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").nlt("NL1", "LIVER", "12"),
                    fullFollowUp(2, "2026-12-15", "30")));
            assertTrue(message.startsWith("New lesion NL1 recorded on 2026-11-10 is not recorded at this follow-up"), message);
        }

        @Test
        void aNewTargetLesionStaysATarget() {
            assertTrue(message(run(new LesionIdsKept(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").nlt("NL1", "LIVER", "12"),
                    fullFollowUp(2, "2026-12-15", "30").nlnt("NL1", "LIVER", "PRESENT")))
                    .contains("as a new target lesion; it stays one"));
        }

        @Test
        void theNodalFlagIsKept() {
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "30")
                    .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.DIAM", "18", "TL.NODAL", "false").fuNtl("N1", "PRESENT");
            assertTrue(message(run(new LesionIdsKept(), Forms.standardBaseline(), fu))
                    .startsWith("The lymph node flag of target lesion T2 is false here but true at baseline"));
        }
    }

    @Nested
    class AssessmentDatesIncreaseIr005 {
        @Test
        void theDayAfterBaselinePasses() {
            assertEquals(List.of(), run(new AssessmentDatesIncrease(), Forms.standardBaseline(), fullFollowUp(1, "2026-09-11", "30")));
        }

        @Test
        void theBaselineDayIsNotAfterIt() {
            assertEquals("The follow-up date 2026-09-10 is not after the baseline date 2026-09-10. Please correct one of the dates.",
                    message(run(new AssessmentDatesIncrease(), Forms.standardBaseline(), fullFollowUp(1, "2026-09-10", "30"))));
        }

        @Test
        void twoFollowUpsOnOneDayAreNamed() {
            assertTrue(message(run(new AssessmentDatesIncrease(), Forms.standardBaseline(), fullFollowUp(1, "2026-11-10", "30"),
                    fullFollowUp(2, "2026-11-10", "31"))).startsWith("Another follow-up assessment (F.TUFU#1) has the same date 2026-11-10"));
        }
    }

    @Nested
    class BaselineTimingIr006 {
        private List<CheckFinding> baselineOn(String date, int window) {
            return run(new BaselineTiming(), Forms.FIRST_DOSE, window, Forms.baseline(date).tl("T1", "LIVER", false, "30"));
        }

        @Test
        void onTheFirstDoseDayPasses() {
            assertEquals(List.of(), baselineOn("2026-09-15", 28));
        }

        @Test
        void theDayAfterTheFirstDoseIsTooLate() {
            assertEquals("The baseline scan (2026-09-16) is after the first dose (2026-09-15): the baseline must be on or "
                    + "before the first dose.", message(baselineOn("2026-09-16", 28)));
        }

        @Test
        void exactlyTheWindowPassesOneDayMoreDoesNot() {
            assertEquals(List.of(), baselineOn("2026-08-18", 28));
            assertTrue(message(baselineOn("2026-08-17", 28)).contains("is 29 days before the first dose (2026-09-15); "
                    + "the study allows at most 28 days"));
        }

        @Test
        void theStudysWindowApplies() {
            assertEquals(List.of(), baselineOn("2026-08-17", 35));
            assertTrue(message(baselineOn("2026-08-25", 14)).contains("the study allows at most 14 days"));
        }

        @Test
        void withoutAFirstDoseNothingIsChecked() {
            assertEquals(List.of(), run(new BaselineTiming(), null, 28, Forms.baseline("2026-01-01")));
        }
    }

    @Nested
    class MethodMatchesBaselineIr007 {
        @Test
        void theSameMethodPasses() {
            assertEquals(List.of(), run(new MethodMatchesBaseline(), Forms.standardBaseline(), fullFollowUp(1, "2026-11-10", "30")));
        }

        @Test
        void anotherMethodIsNamed() {
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "30")
                    .row(TumourForms.FOLLOW_UP_TARGETS, "T2", "TL.DIAM", "18", "TL.METHOD", "MRI").fuNtl("N1", "PRESENT");
            List<CheckFinding> findings = run(new MethodMatchesBaseline(), Forms.standardBaseline(), fu);
            assertTrue(message(findings).startsWith("Target lesion T2 was assessed by CT at baseline and by MRI here"));
            assertEquals("TL.METHOD[T2]", findings.get(0).items().get(0).label());
        }
    }

    @Nested
    class NewLesionTargetLimitsIr008 {
        private Forms withNewTargets(String... organs) {
            Forms f = fullFollowUp(1, "2026-11-10", "30");
            for (int i = 0; i < organs.length; i++) {
                f.nlt("NL" + (i + 1), organs[i], "12");
            }
            return f;
        }

        @Test
        void fiveTwoPerOrganPass() {
            assertEquals(List.of(), run(new NewLesionTargetLimits(), Forms.standardBaseline(),
                    withNewTargets("LIVER", "LIVER", "LUNG", "LUNG", "BONE")));
        }

        @Test
        void sixAreTooMany() {
            assertTrue(message(run(new NewLesionTargetLimits(), Forms.standardBaseline(),
                    withNewTargets("LIVER", "LIVER", "LUNG", "LUNG", "BONE", "SKIN"))).startsWith("6 new lesion targets are recorded"));
        }

        @Test
        void threeInOneOrganAreTooMany() {
            assertTrue(message(run(new NewLesionTargetLimits(), Forms.standardBaseline(),
                    withNewTargets("LIVER", "LIVER", "LIVER"))).startsWith("3 new lesion targets are recorded in LIVER (NL1, NL2, NL3)"));
        }
    }

    @Nested
    class NewLesionTargetMeasuredIr012 {
        @Test
        void oneAnswerEachPasses() {
            assertEquals(List.of(), run(new NewLesionTargetMeasured(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").nlt("NL1", "LIVER", "12").nlt("NL2", "LUNG", "0")
                            .row(TumourForms.NEW_TARGETS, "NL3", "NLT.ORGAN", "BONE", "NLT.NODAL", "false", "NLT.TSTM", "true")
                            .row(TumourForms.NEW_TARGETS, "NL4", "NLT.ORGAN", "SKIN", "NLT.NODAL", "false", "NLT.NE", "true")));
        }

        @Test
        void aDiameterAndTooSmallContradict() {
            // the NLT sum would count 5 mm, not the 14 mm entered
            List<CheckFinding> findings = run(new NewLesionTargetMeasured(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "30").row(TumourForms.NEW_TARGETS, "NL1", "NLT.ORGAN", "LIVER",
                            "NLT.NODAL", "false", "NLT.DIAM", "14", "NLT.TSTM", "true"));
            assertEquals("New lesion target NL1 (LIVER) is recorded with a diameter and too small to measure: keep only one "
                    + "of them.", message(findings));
            assertEquals(List.of("NLT.DIAM[NL1]", "NLT.TSTM[NL1]"),
                    findings.get(0).items().stream().map(ItemRef::label).toList());
        }

        @Test
        void aNewTargetWithoutMeasurementIsNamed() {
            assertEquals("New lesion target NL1 (LIVER) has no measurement: enter its diameter (0 mm if it has disappeared), "
                    + "tick too small to measure, or mark it not evaluated.", message(run(new NewLesionTargetMeasured(),
                    Forms.standardBaseline(), fullFollowUp(1, "2026-11-10", "30").row(TumourForms.NEW_TARGETS, "NL1",
                            "NLT.ORGAN", "LIVER", "NLT.NODAL", "false"))));
        }
    }

    @Nested
    class InvestigatorResponseMatchesIr009 {
        @Test
        void theComputedResponsePasses() {
            assertEquals(List.of(), run(new InvestigatorResponseMatches(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "32").response("iSD")));
        }

        @Test
        void anotherResponseShowsBoth() {
            List<CheckFinding> findings = run(new InvestigatorResponseMatches(), Forms.standardBaseline(),
                    fullFollowUp(1, "2026-11-10", "44").response("iSD"));
            assertEquals("The investigator's response is iSD but the response computed from the measurements is iUPD "
                    + "(target lesions: sum >= 20% and >= 5 mm above nadir). Please check the measurements, or have the "
                    + "investigator confirm the response.", message(findings));
            assertEquals(List.of("TU.INVRESP", "TUD.RESP"), findings.get(0).items().stream().map(i -> i.label()).toList());
        }

        @Test
        void exactlyMinus30PercentIsIprSoIsdDiffers() {
            // 50 mm -> 35 mm is exactly -30 %: iPR (RECIST 1.1 section 4.3.1)
            Forms fu = Forms.followUp(1, "2026-11-10").fuTl("T1", "20").fuTl("T2", "15").fuNtl("N1", "PRESENT");
            assertEquals(List.of(), run(new InvestigatorResponseMatches(), Forms.standardBaseline(), fu.response("iPR")));
            Forms same = Forms.followUp(1, "2026-11-10").fuTl("T1", "20").fuTl("T2", "15").fuNtl("N1", "PRESENT");
            assertTrue(message(run(new InvestigatorResponseMatches(), Forms.standardBaseline(), same.response("iSD")))
                    .contains("computed from the measurements is iPR"));
        }

        @Test
        void noResponseOrNoDerivationMeansNoFinding() {
            assertEquals(List.of(), run(new InvestigatorResponseMatches(), Forms.standardBaseline(), fullFollowUp(1, "2026-11-10", "44")));
            assertEquals(List.of(), run(new InvestigatorResponseMatches(), Forms.standardBaseline(),
                    Forms.followUp(1, "2026-11-10").fuTl("T1", "44").response("iSD")));
        }
    }

    @Nested
    class ConfirmationScanWindowIr010 {
        private static final LocalDate IUPD = LocalDate.of(2026, 11, 10);

        private List<CheckFinding> confirmationAfter(int days) {
            return run(new ConfirmationScanWindow(), Forms.standardBaseline(), fullFollowUp(1, IUPD.toString(), "44"),
                    fullFollowUp(2, IUPD.plusDays(days).toString(), "44"));
        }

        @Test
        void day27IsEarly() {
            String message = message(confirmationAfter(27));
            assertEquals("This scan is 27 days after the first iUPD (2026-11-10); a confirmation scan should be 28 to 56 days "
                    + "after it. It is too early to confirm progression unless a new lesion appears; a confirmation scan is "
                    + "still due.", message);
        }

        @Test
        void anEarlyScanThatConfirmsByANewLesionNeedsNoFurtherConfirmation() {
            // spec irecist.md, "Confirmation window": an early scan confirms iCPD when it shows a new lesion
            String message = message(run(new ConfirmationScanWindow(), Forms.standardBaseline(),
                    fullFollowUp(1, IUPD.toString(), "44"),
                    fullFollowUp(2, IUPD.plusDays(20).toString(), "44").nlnt("NL1", "BONE", "PRESENT")));
            assertEquals("This scan is 20 days after the first iUPD (2026-11-10); a confirmation scan should be 28 to 56 days "
                    + "after it. It is early, but it confirms progression (iCPD) because a new lesion appeared.", message);
        }

        @Test
        void days28And56AreInTheWindow() {
            assertEquals(List.of(), confirmationAfter(28));
            assertEquals(List.of(), confirmationAfter(56));
        }

        @Test
        void day57IsLate() {
            assertTrue(message(confirmationAfter(57)).contains("57 days after the first iUPD (2026-11-10)"));
        }

        @Test
        void withoutAPendingIupdThereIsNoWindow() {
            List<Forms> forms = new ArrayList<>(List.of(Forms.standardBaseline(), fullFollowUp(1, "2026-11-10", "32")));
            forms.add(fullFollowUp(2, "2026-11-20", "32"));
            assertEquals(List.of(), run(new ConfirmationScanWindow(), forms.toArray(Forms[]::new)));
        }
    }
}
