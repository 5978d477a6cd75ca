package org.ioedc.forms.irae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;
import org.junit.jupiter.api.Test;

/** Each IRAE edit check firing and not firing at its boundaries. */
class IraeChecksTest {
    private static final SubjectRecord SUBJECT =
            new SubjectRecord("S-001", "SITE-01", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), List.of());
    private static final String ALT_INCREASED = "10001551";
    private static final String MYOCARDITIS = "10028606";
    private static final String DEATH_NOS = "10011914";
    private static final String CARDIAC_OTHER = "10007541";

    /** A form from alternating item OIDs and values. */
    private static FormData ae(String... kv) {
        Map<String, String> items = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            items.put(kv[i], kv[i + 1]);
        }
        return new FormData("F.AE", null, "F.AE#1", null, new ItemValues(items), List.of());
    }

    private static List<CheckFinding> run(EditCheck check, FormData form) {
        List<CheckFinding> findings = check.evaluate(form, SUBJECT);
        findings.forEach(f -> assertEquals(check.id(), f.checkId()));
        return findings;
    }

    @Test
    void gradeMustExistForTheTerm() {
        var check = new GradeExistsForTerm();
        assertTrue(check.blocking());
        assertTrue(run(check, ae("AE.MEDDRA", ALT_INCREASED, "AE.GRADE", "4")).isEmpty());
        var f = run(check, ae("AE.MEDDRA", ALT_INCREASED, "AE.GRADE", "5"));
        assertEquals(1, f.size());
        assertEquals("AE.GRADE", f.get(0).items().get(0).label());
        assertEquals("CTCAE v5.0 has no grade 5 for Alanine aminotransferase increased (10001551); its grades are 1, 2, 3, 4. "
                + "Please correct the grade or the term.", f.get(0).message());
        assertTrue(run(check, ae("AE.MEDDRA", MYOCARDITIS, "AE.GRADE", "2")).isEmpty());
        assertEquals(1, run(check, ae("AE.MEDDRA", MYOCARDITIS, "AE.GRADE", "1")).size());
        assertTrue(run(check, ae("AE.MEDDRA", DEATH_NOS, "AE.GRADE", "5")).isEmpty());
        assertEquals(1, run(check, ae("AE.MEDDRA", DEATH_NOS, "AE.GRADE", "4")).size());
        // no grade yet: nothing to check; no code: nothing to check
        assertTrue(run(check, ae("AE.MEDDRA", ALT_INCREASED)).isEmpty());
        assertTrue(run(check, ae("AE.GRADE", "5")).isEmpty());
    }

    @Test
    void unknownMeddraCodeIsNamed() {
        var f = run(new GradeExistsForTerm(), ae("AE.MEDDRA", "99999999", "AE.GRADE", "1"));
        assertEquals(1, f.size());
        assertEquals("AE.MEDDRA", f.get(0).items().get(0).label());
        assertTrue(f.get(0).message().contains("99999999"), f.get(0).message());
    }

    @Test
    void onlyAe001Blocks() {
        new IraeModule().editChecks().forEach(c -> assertEquals(c.id().equals("AE-001"), c.blocking(), c.id()));
    }

    @Test
    void grade5IfAndOnlyIfFatalThenDeathDate() {
        var check = new FatalGradeAndDeathDate();
        assertTrue(run(check, ae("AE.GRADE", "5", "AE.OUT", "FATAL", "AE.DTHDAT", "2026-10-01")).isEmpty());
        assertTrue(run(check, ae("AE.GRADE", "4", "AE.OUT", "NOT_RECOVERED")).isEmpty());
        var notFatal = run(check, ae("AE.GRADE", "5", "AE.OUT", "RECOVERING", "AE.DTHDAT", "2026-10-01"));
        assertEquals(1, notFatal.size());
        assertTrue(notFatal.get(0).message().contains("RECOVERING"), notFatal.get(0).message());
        var fatalGrade4 = run(check, ae("AE.GRADE", "4", "AE.OUT", "FATAL", "AE.DTHDAT", "2026-10-01"));
        assertEquals(1, fatalGrade4.size());
        assertTrue(fatalGrade4.get(0).message().contains("grade is 4"), fatalGrade4.get(0).message());
        var noDeathDate = run(check, ae("AE.GRADE", "5", "AE.OUT", "FATAL"));
        assertEquals(1, noDeathDate.size());
        assertEquals("AE.DTHDAT", noDeathDate.get(0).items().get(0).label());
    }

    @Test
    void endDateNotBeforeStartDate() {
        var check = new EndNotBeforeStart();
        assertTrue(run(check, ae("AE.STDAT", "2026-10-01", "AE.ENDAT", "2026-10-01")).isEmpty());
        var f = run(check, ae("AE.STDAT", "2026-10-01", "AE.ENDAT", "2026-09-30"));
        assertEquals("End date 2026-09-30 is before start date 2026-10-01. Please correct one of the dates.", f.get(0).message());
        assertTrue(run(check, ae("AE.ENDAT", "2026-09-30")).isEmpty());
    }

    @Test
    void ongoingHasNoEndDate() {
        var check = new NoEndDateWhenOngoing();
        assertTrue(run(check, ae("AE.ONGO", "true")).isEmpty());
        assertTrue(run(check, ae("AE.ONGO", "false", "AE.ENDAT", "2026-10-01")).isEmpty());
        var f = run(check, ae("AE.ONGO", "true", "AE.ENDAT", "2026-10-01"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("2026-10-01"));
    }

    @Test
    void otherSpecifyNeedsVerbatim() {
        var check = new OtherSpecifyNeedsVerbatim();
        assertTrue(run(check, ae("AE.MEDDRA", CARDIAC_OTHER, "AE.TERM", "Immune-related pericarditis")).isEmpty());
        assertEquals(1, run(check, ae("AE.MEDDRA", CARDIAC_OTHER)).size());
        assertEquals(1, run(check, ae("AE.MEDDRA", CARDIAC_OTHER, "AE.TERM", "Other, specify")).size());
        assertEquals(1, run(check, ae("AE.MEDDRA", CARDIAC_OTHER, "AE.TERM", "Cardiac disorders - Other, specify")).size());
        // a named term needs no specification
        assertTrue(run(check, ae("AE.MEDDRA", MYOCARDITIS)).isEmpty());
    }

    @Test
    void irAeGrade2NeedsSteroidOrReason() {
        var check = new SteroidOrReason();
        var f = run(check, ae("AE.IRAE", "true", "AE.GRADE", "2", "AE.CS", "false"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("grade 2"));
        assertTrue(run(check, ae("AE.IRAE", "true", "AE.GRADE", "1", "AE.CS", "false")).isEmpty());
        assertTrue(run(check, ae("AE.IRAE", "true", "AE.GRADE", "2", "AE.CS", "true")).isEmpty());
        assertTrue(run(check, ae("AE.IRAE", "true", "AE.GRADE", "2", "AE.CS", "false",
                "AE.CSNORSN", "Endocrine irAE: hormone replacement only")).isEmpty());
        assertTrue(run(check, ae("AE.IRAE", "false", "AE.GRADE", "3")).isEmpty());
    }

    @Test
    void severeIrAeWithActionNone() {
        var check = new SevereIraeAction();
        var f = run(check, ae("AE.IRAE", "true", "AE.GRADE", "3", "AE.ACN", "NONE"));
        assertEquals(1, f.size());
        assertEquals("AE.ACN", f.get(0).items().get(0).label());
        assertTrue(run(check, ae("AE.IRAE", "true", "AE.GRADE", "2", "AE.ACN", "NONE")).isEmpty());
        assertTrue(run(check, ae("AE.IRAE", "true", "AE.GRADE", "3", "AE.ACN", "HELD")).isEmpty());
        assertTrue(run(check, ae("AE.IRAE", "false", "AE.GRADE", "4", "AE.ACN", "NONE")).isEmpty());
    }

    @Test
    void startNotBeforeConsent() {
        var check = new StartNotBeforeConsent();
        assertTrue(run(check, ae("AE.STDAT", "2026-09-01")).isEmpty());
        var f = run(check, ae("AE.STDAT", "2026-08-31"));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().startsWith("AE start date 2026-08-31 is before informed consent (2026-09-01)"));
        assertTrue(new StartNotBeforeConsent().evaluate(ae("AE.STDAT", "2026-08-31"),
                new SubjectRecord("S", "X", null, null, List.of())).isEmpty());
    }

    @Test
    void moduleFormIsALogFormWithTheMandatoryItems() {
        var modules = org.ioedc.forms.module.TrialModules.discover();
        assertTrue(modules.module("IRAE").isPresent());
        var metadata = modules.metadataFor(java.util.Set.of("IRAE"));
        var form = metadata.form("F.AE").orElseThrow();
        assertTrue(form.repeating());
        var mandatory = metadata.groupsOf(form).stream().flatMap(g -> g.items().stream())
                .filter(r -> r.mandatory()).map(r -> r.itemOid()).toList();
        assertEquals(List.of("AE.TERM", "AE.MEDDRA", "AE.GRADE", "AE.STDAT", "AE.REL", "AE.ACN", "AE.OUT", "AE.SER", "AE.IRAE"),
                mandatory);
        assertFalse(metadata.groupsOf(form).stream().anyMatch(g -> g.repeating()));
    }
}
