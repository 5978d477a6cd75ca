package org.ioedc.forms.exposure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.testing.Records;
import org.junit.jupiter.api.Test;

/** Each EXPOSURE edit check firing and not firing at its boundaries. */
class ExposureChecksTest {

    private static List<CheckFinding> run(EditCheck check, FormData form, SubjectRecord subject) {
        List<CheckFinding> findings = check.evaluate(form, subject);
        findings.forEach(f -> assertEquals(check.id(), f.checkId()));
        return findings;
    }

    private static List<CheckFinding> run(EditCheck check, Records records) {
        return run(check, records.last(), records.record());
    }

    private static List<String> items(CheckFinding finding) {
        return finding.items().stream().map(ItemRef::label).toList();
    }

    @Test
    void givenNeedsDoseAndUnit() {
        var check = new DoseAndUnitWhenGiven();
        assertTrue(run(check, Records.subject().dose(LocalDate.of(2026, 9, 15))).isEmpty());
        var both = run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-09-15", "EX.ADMIN", "true"));
        assertEquals(1, both.size());
        assertEquals(List.of("EX.DOSE", "EX.UNIT"), items(both.get(0)));
        assertEquals("The study drug is marked as given but the dose and unit are missing. Please enter them from the "
                + "administration record.", both.get(0).message());
        var unit = run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-09-15", "EX.ADMIN", "true", "EX.DOSE", "200"));
        assertEquals(List.of("EX.UNIT"), items(unit.get(0)));
        // not given: no dose expected
        assertTrue(run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-09-15", "EX.ADMIN", "false")).isEmpty());
    }

    @Test
    void notGivenNeedsAReasonAndNoDose() {
        var check = new ReasonWhenNotGiven();
        assertTrue(run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-10-06", "EX.ADMIN", "false",
                "EX.REASND", "ADVERSE_EVENT")).isEmpty());
        var noReason = run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-10-06", "EX.ADMIN", "false"));
        assertEquals(List.of("EX.REASND"), items(noReason.get(0)));
        var other = run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-10-06", "EX.ADMIN", "false", "EX.REASND", "OTHER"));
        assertEquals(List.of("EX.REASNDSP"), items(other.get(0)));
        assertTrue(run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-10-06", "EX.ADMIN", "false", "EX.REASND", "OTHER",
                "EX.REASNDSP", "Hospital closed")).isEmpty());
        var dose = run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-10-06", "EX.ADMIN", "false",
                "EX.REASND", "PROGRESSION", "EX.DOSE", "200"));
        assertEquals(List.of("EX.DOSE", "EX.ADMIN"), items(dose.get(0)));
        assertTrue(dose.get(0).message().contains("a dose of 200"), dose.get(0).message());
        assertTrue(run(check, Records.subject().dose(LocalDate.of(2026, 10, 6))).isEmpty());
    }

    @Test
    void aDoseIsNotBeforeTheFirstDose() {
        var check = new NotBeforeFirstDose();
        assertTrue(run(check, Records.subject().dose(Records.FIRST_DOSE)).isEmpty());
        var before = run(check, Records.subject().dose(Records.FIRST_DOSE.minusDays(1)));
        assertEquals(1, before.size());
        assertEquals("This dose is dated 2026-09-14, before the subject's first dose on 2026-09-15. Please correct the "
                + "administration date or the subject's first dose date.", before.get(0).message());
        // a planned administration not given may be dated anything
        assertTrue(run(check, Records.subject().log("F.EX", "EX.EXDAT", "2026-09-01", "EX.ADMIN", "false")).isEmpty());
    }

    @Test
    void twoRecordsOnOneDateAreFlagged() {
        var check = new OneAdministrationPerDay();
        var twice = Records.subject().dose(LocalDate.of(2026, 9, 15)).dose(LocalDate.of(2026, 9, 15));
        assertEquals(1, run(check, twice).size());
        assertEquals(List.of("EX.EXDAT"), items(run(check, twice).get(0)));
        assertTrue(run(check, Records.subject().dose(LocalDate.of(2026, 9, 15)).dose(LocalDate.of(2026, 10, 6))).isEmpty());
        // the form itself, already in the record, is not a second record
        assertTrue(run(check, Records.subject().dose(LocalDate.of(2026, 9, 15))).isEmpty());
    }

    @Test
    void dosesAreTheAdministeredRecordsInDateOrder() {
        var record = Records.subject().dose(LocalDate.of(2026, 10, 6))
                .log("F.EX", "EX.EXDAT", "2026-10-27", "EX.ADMIN", "false", "EX.REASND", "ADVERSE_EVENT")
                .dose(LocalDate.of(2026, 9, 15)).record();
        assertEquals(List.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 6)),
                ExposureLog.doses(record).stream().map(ExposureLog.Dose::date).toList());
        assertEquals(LocalDate.of(2026, 10, 6), ExposureLog.lastDose(record).orElseThrow());
        assertEquals(List.of(LocalDate.of(2026, 10, 6)),
                ExposureLog.dosesAfter(record, LocalDate.of(2026, 9, 15)).stream().map(ExposureLog.Dose::date).toList());
    }
}
