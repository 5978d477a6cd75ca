package org.ioedc.forms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.ScheduledVisit;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.junit.jupiter.api.Test;

/** DEV-VISIT-WINDOW on the demo schedule: the window's edges, screening's negative days, no first dose. */
class VisitOutsideWindowTest {
    private static final LocalDate DAY1 = LocalDate.of(2026, 9, 15);
    private static final StudySchedule SCHEDULE = new StudySchedule(List.of(
            new ScheduledVisit("SCREENING", "Screening", -14, 14, 13),
            new ScheduledVisit("C1D1", "Cycle 1 day 1", 1, 0, 0),
            new ScheduledVisit("C2D1", "Cycle 2 day 1", 22, 3, 3)));
    private final VisitOutsideWindow rule = new VisitOutsideWindow();

    private static FormData vs(String visit, LocalDate date) {
        return new FormData("F.VS", visit, "F.VS@" + visit, null,
                new ItemValues(Map.of("VS.VSDAT", date.toString(), "VS.ECOG", "0")), List.of());
    }

    private List<DeviationFinding> run(LocalDate firstDose, FormData... forms) {
        return rule.evaluate(new SubjectRecord("S-1", "SITE-01", LocalDate.of(2026, 8, 20), firstDose, List.of(forms)), SCHEDULE);
    }

    @Test
    void c2d1IsDay22PlusOrMinus3() {
        // day 22 = first dose + 21 days = 2026-10-06; window 2026-10-03 .. 2026-10-09
        assertTrue(run(DAY1, vs("C2D1", LocalDate.of(2026, 10, 3))).isEmpty());
        assertTrue(run(DAY1, vs("C2D1", LocalDate.of(2026, 10, 9))).isEmpty());
        var early = run(DAY1, vs("C2D1", LocalDate.of(2026, 10, 2)));
        assertEquals(1, early.size());
        assertEquals("visit:C2D1:F.VS:2026-10-02", early.get(0).factKey());
        assertEquals("C2D1", early.get(0).visitOid());
        assertEquals("Form F.VS of visit Cycle 2 day 1 (C2D1) is dated 2026-10-02 (day 18), 1 day before the visit window "
                + "of day 19 to day 25 (2026-10-03 to 2026-10-09).", early.get(0).message());
        var late = run(DAY1, vs("C2D1", LocalDate.of(2026, 10, 12)));
        assertEquals("Form F.VS of visit Cycle 2 day 1 (C2D1) is dated 2026-10-12 (day 28), 3 days after the visit window "
                + "of day 19 to day 25 (2026-10-03 to 2026-10-09).", late.get(0).message());
        assertEquals(Severity.MINOR, rule.severity());
    }

    @Test
    void aZeroWidthWindowAllowsOnlyTheTargetDay() {
        assertTrue(run(DAY1, vs("C1D1", DAY1)).isEmpty());
        assertEquals(1, run(DAY1, vs("C1D1", DAY1.plusDays(1))).size());
    }

    @Test
    void screeningCountsNegativeDaysWithoutDay0() {
        // day -14 is 14 days before day 1; window day -28 .. day -1
        assertTrue(run(DAY1, vs("SCREENING", DAY1.minusDays(1))).isEmpty());
        assertTrue(run(DAY1, vs("SCREENING", DAY1.minusDays(28))).isEmpty());
        var tooEarly = run(DAY1, vs("SCREENING", DAY1.minusDays(29)));
        assertEquals(1, tooEarly.size());
        assertTrue(tooEarly.get(0).message().contains("(day -29), 1 day before the visit window of day -28 to day -1"),
                tooEarly.get(0).message());
        var onDay1 = run(DAY1, vs("SCREENING", DAY1));
        assertTrue(onDay1.get(0).message().contains("(day 1), 1 day after the visit window of day -28 to day -1"),
                onDay1.get(0).message());
    }

    @Test
    void theVisitDateTheServerKnowsWinsOverTheFormsDate() {
        var form = new FormData("F.LB", "C2D1", "F.LB@C2D1", LocalDate.of(2026, 10, 6),
                new ItemValues(Map.of("LB.LBDAT", "2026-10-20")), List.of());
        assertTrue(run(DAY1, form).isEmpty());
    }

    @Test
    void nothingIsFlaggedWithoutAFirstDoseOrForAnUnscheduledVisitOrALogForm() {
        assertTrue(run(null, vs("C2D1", LocalDate.of(2026, 12, 1))).isEmpty());
        assertTrue(run(DAY1, vs("UNSCHEDULED", LocalDate.of(2026, 12, 1))).isEmpty());
        var log = new FormData("F.AE", null, "F.AE#1", null, new ItemValues(Map.of("AE.STDAT", "2026-12-01")), List.of());
        assertTrue(run(DAY1, log).isEmpty());
    }

    @Test
    void eachFormOfAVisitIsItsOwnFact() {
        List<FormData> forms = new ArrayList<>();
        forms.add(vs("C2D1", LocalDate.of(2026, 10, 12)));
        forms.add(new FormData("F.LB", "C2D1", "F.LB@C2D1", null, new ItemValues(Map.of("LB.LBDAT", "2026-10-13")), List.of()));
        var findings = run(DAY1, forms.toArray(FormData[]::new));
        assertEquals(List.of("visit:C2D1:F.VS:2026-10-12", "visit:C2D1:F.LB:2026-10-13"),
                findings.stream().map(DeviationFinding::factKey).toList());
    }

    @Test
    void thereIsNoStudyDay0() {
        assertThrows(IllegalArgumentException.class, () -> new ScheduledVisit("X", "X", 0, 1, 1));
        assertEquals(LocalDate.of(2026, 9, 14), new ScheduledVisit("X", "X", -1, 0, 0).targetDate(DAY1));
        assertEquals(-1, ScheduledVisit.studyDay(DAY1, DAY1.minusDays(1)));
        assertEquals(1, ScheduledVisit.studyDay(DAY1, DAY1));
    }
}
