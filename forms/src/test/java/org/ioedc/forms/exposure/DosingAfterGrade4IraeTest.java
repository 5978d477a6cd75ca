package org.ioedc.forms.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/** DEV-IRAE4-DOSE: dosing after a grade 4 irAE, the endocrine-on-replacement exception, and its fact keys. */
class DosingAfterGrade4IraeTest {
    private static final StudySchedule NO_SCHEDULE = new StudySchedule(List.of());
    private static final LocalDate ONSET = LocalDate.of(2026, 10, 10);
    private final DosingAfterGrade4Irae rule = new DosingAfterGrade4Irae();

    private static Records colitis(String grade, String... extra) {
        String[] items = {"AE.TERM", "Immune colitis", "AE.GRADE", grade, "AE.STDAT", ONSET.toString(), "AE.IRAE", "true",
                "AE.IRCAT", "GASTROINTESTINAL"};
        String[] all = new String[items.length + extra.length];
        System.arraycopy(items, 0, all, 0, items.length);
        System.arraycopy(extra, 0, all, items.length, extra.length);
        return Records.subject().dose(LocalDate.of(2026, 9, 15)).dose(LocalDate.of(2026, 10, 6)).log("F.AE", all);
    }

    private List<DeviationFinding> run(Records records) {
        return rule.evaluate(records.record(), NO_SCHEDULE);
    }

    @Test
    void aDoseAfterTheOnsetOfAGrade4IraeIsCritical() {
        assertEquals(Severity.CRITICAL, rule.severity());
        var findings = run(colitis("4").dose(ONSET.plusDays(1)));
        assertEquals(1, findings.size());
        DeviationFinding f = findings.get(0);
        assertEquals("DEV-IRAE4-DOSE", f.ruleId());
        assertEquals("ae:F.AE#1:dose:2026-10-11", f.factKey());
        assertEquals("Study drug was given on 2026-10-11 after the grade 4 immune-related AE 'Immune colitis' that started "
                + "on 2026-10-10. A grade 4 irAE requires permanent discontinuation unless it is endocrine and controlled by "
                + "hormone replacement.", f.message());
        assertEquals("2026-10-10", f.values().get("AE.STDAT"));
        assertEquals("2026-10-11", f.values().get("EX.EXDAT"));
    }

    @Test
    void anAeWhoseTermIsNotEnteredYetIsNotGivenAMadeUpTerm() {
        var records = Records.subject().log("F.AE", "AE.GRADE", "4", "AE.STDAT", ONSET.toString(), "AE.IRAE", "true")
                .dose(ONSET.plusDays(1));
        DeviationFinding f = run(records).get(0);
        assertEquals("Study drug was given on 2026-10-11 after the grade 4 immune-related AE that started on 2026-10-10. "
                + "A grade 4 irAE requires permanent discontinuation unless it is endocrine and controlled by hormone "
                + "replacement.", f.message());
        assertFalse(f.values().containsKey("AE.TERM"), "only values that were entered are stored with the deviation");
    }

    @Test
    void dosesUpToTheOnsetDayAreNotFlagged() {
        assertTrue(run(colitis("4").dose(ONSET)).isEmpty());
        assertTrue(run(colitis("4")).isEmpty());
    }

    @Test
    void eachLaterDoseIsItsOwnFactAndTheSameDoseKeepsItsKey() {
        var findings = run(colitis("4").dose(ONSET.plusDays(21)).dose(ONSET.plusDays(42)));
        assertEquals(List.of("ae:F.AE#1:dose:2026-10-31", "ae:F.AE#1:dose:2026-11-21"),
                findings.stream().map(DeviationFinding::factKey).toList());
        assertEquals(findings, run(colitis("4").dose(ONSET.plusDays(21)).dose(ONSET.plusDays(42))));
    }

    @Test
    void grade3OrNotImmuneRelatedIsNotThisRule() {
        assertTrue(run(colitis("3").dose(ONSET.plusDays(1))).isEmpty());
        var notImmune = Records.subject().log("F.AE", "AE.TERM", "Fracture", "AE.GRADE", "4", "AE.STDAT", ONSET.toString(),
                "AE.IRAE", "false").dose(ONSET.plusDays(1));
        assertTrue(run(notImmune).isEmpty());
    }

    @Test
    void endocrineOnHormoneReplacementIsExcepted() {
        var onReplacement = Records.subject().log("F.AE", "AE.TERM", "Adrenal insufficiency", "AE.GRADE", "4",
                "AE.STDAT", ONSET.toString(), "AE.IRAE", "true", "AE.IRCAT", "ENDOCRINE", "AE.HRT", "true").dose(ONSET.plusDays(1));
        assertTrue(run(onReplacement).isEmpty());
        var noReplacement = Records.subject().log("F.AE", "AE.TERM", "Adrenal insufficiency", "AE.GRADE", "4",
                "AE.STDAT", ONSET.toString(), "AE.IRAE", "true", "AE.IRCAT", "ENDOCRINE", "AE.HRT", "false").dose(ONSET.plusDays(1));
        assertEquals(1, run(noReplacement).size());
        // replacement is no exception for a non-endocrine irAE
        assertEquals(1, run(colitis("4", "AE.HRT", "true").dose(ONSET.plusDays(1))).size());
    }

    @Test
    void aDoseMarkedNotGivenIsNoDose() {
        var records = colitis("4").log("F.EX", "EX.EXDAT", ONSET.plusDays(1).toString(), "EX.ADMIN", "false",
                "EX.REASND", "ADVERSE_EVENT");
        assertTrue(run(records).isEmpty());
    }
}
