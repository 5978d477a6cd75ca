package org.ioedc.forms.ctcae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every boundary of the four laboratory terms, for a normal, an abnormal and no baseline. Columns:
 * value, ULN, baseline (empty = none), expected grade, expected criterion (for grades 1..4, verbatim
 * CTCAE v5.0), expected baseline status.
 */
class LabGradingTest {

    private static BigDecimal bd(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static void check(LabTerm term, String value, String uln, String baseline, int grade,
            String criterion, BaselineStatus status) {
        LabGradeSuggestion s = LabGrading.suggest(term, bd(value), bd(uln), bd(baseline));
        String what = term + " value " + value + " ULN " + uln + " baseline " + baseline;
        assertEquals(grade, s.grade(), what);
        assertEquals(status, s.baselineStatus(), what);
        assertEquals(term, s.labTerm());
        assertEquals(grade > 0, s.isGraded());
        if (grade > 0) {
            assertEquals(criterion, s.criterion(), what);
            assertTrue(term.ctcaeTerm().grades().get(grade).contains(s.criterion()),
                    "criterion is verbatim from the grade " + grade + " text");
        } else {
            assertTrue(s.criterion().startsWith("No grade"), s.criterion());
        }
    }

    @ParameterizedTest(name = "ALT/AST {0} (ULN {1}, baseline {2}) -> grade {3}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // baseline normal (multiples of ULN 40)
        "0       | 40 | 30 | 0 |                                                             | NORMAL",
        "40      | 40 | 30 | 0 |                                                             | NORMAL",
        "40.01   | 40 | 30 | 1 | >ULN - 3.0 x ULN if baseline was normal                      | NORMAL",
        "120     | 40 | 30 | 1 | >ULN - 3.0 x ULN if baseline was normal                      | NORMAL",
        "120.01  | 40 | 30 | 2 | >3.0 - 5.0 x ULN if baseline was normal                      | NORMAL",
        "200     | 40 | 30 | 2 | >3.0 - 5.0 x ULN if baseline was normal                      | NORMAL",
        "200.01  | 40 | 30 | 3 | >5.0 - 20.0 x ULN if baseline was normal                     | NORMAL",
        "800     | 40 | 30 | 3 | >5.0 - 20.0 x ULN if baseline was normal                     | NORMAL",
        "800.01  | 40 | 30 | 4 | >20.0 x ULN if baseline was normal                           | NORMAL",
        "5000    | 40 | 30 | 4 | >20.0 x ULN if baseline was normal                           | NORMAL",
        // baseline exactly ULN counts as normal
        "40.01   | 40 | 40 | 1 | >ULN - 3.0 x ULN if baseline was normal                      | NORMAL",
        // no baseline: graded as if normal
        "40      | 40 |    | 0 |                                                             | NOT_PROVIDED",
        "40.01   | 40 |    | 1 | >ULN - 3.0 x ULN if baseline was normal                      | NOT_PROVIDED",
        "800.01  | 40 |    | 4 | >20.0 x ULN if baseline was normal                           | NOT_PROVIDED",
        // baseline abnormal (60 > ULN 40): multiples of baseline, grade 1 from 1.5 x baseline included
        "30      | 40 | 60 | 0 |                                                             | ABNORMAL",
        "50      | 40 | 60 | 0 |                                                             | ABNORMAL",
        "60      | 40 | 60 | 0 |                                                             | ABNORMAL",
        "89.99   | 40 | 60 | 0 |                                                             | ABNORMAL",
        "90      | 40 | 60 | 1 | 1.5 - 3.0 x baseline if baseline was abnormal                | ABNORMAL",
        "180     | 40 | 60 | 1 | 1.5 - 3.0 x baseline if baseline was abnormal                | ABNORMAL",
        "180.01  | 40 | 60 | 2 | >3.0 - 5.0 x baseline if baseline was abnormal               | ABNORMAL",
        "300     | 40 | 60 | 2 | >3.0 - 5.0 x baseline if baseline was abnormal               | ABNORMAL",
        "300.01  | 40 | 60 | 3 | >5.0 - 20.0 x baseline if baseline was abnormal              | ABNORMAL",
        "1200    | 40 | 60 | 3 | >5.0 - 20.0 x baseline if baseline was abnormal              | ABNORMAL",
        "1200.01 | 40 | 60 | 4 | >20.0 x baseline if baseline was abnormal                    | ABNORMAL",
        // just above ULN, baseline just above ULN
        "40.01   | 40 | 40.01 | 0 |                                                          | ABNORMAL",
    })
    void aminotransferases(String value, String uln, String baseline, int grade, String criterion,
            BaselineStatus status) {
        check(LabTerm.ALT_INCREASED, value, uln, baseline, grade, criterion, status);
        check(LabTerm.AST_INCREASED, value, uln, baseline, grade, criterion, status);
    }

    @ParameterizedTest(name = "bilirubin {0} (ULN {1}, baseline {2}) -> grade {3}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // baseline normal, ULN 1.2 mg/dL
        "1.2     | 1.2 | 0.6 | 0 |                                                          | NORMAL",
        "1.21    | 1.2 | 0.6 | 1 | >ULN - 1.5 x ULN if baseline was normal                   | NORMAL",
        "1.8     | 1.2 | 0.6 | 1 | >ULN - 1.5 x ULN if baseline was normal                   | NORMAL",
        "1.81    | 1.2 | 0.6 | 2 | >1.5 - 3.0 x ULN if baseline was normal                   | NORMAL",
        "3.6     | 1.2 | 0.6 | 2 | >1.5 - 3.0 x ULN if baseline was normal                   | NORMAL",
        "3.61    | 1.2 | 0.6 | 3 | >3.0 - 10.0 x ULN if baseline was normal                  | NORMAL",
        "12      | 1.2 | 0.6 | 3 | >3.0 - 10.0 x ULN if baseline was normal                  | NORMAL",
        "12.01   | 1.2 | 0.6 | 4 | >10.0 x ULN if baseline was normal                        | NORMAL",
        "1.2     | 1.2 |     | 0 |                                                          | NOT_PROVIDED",
        "1.21    | 1.2 |     | 1 | >ULN - 1.5 x ULN if baseline was normal                   | NOT_PROVIDED",
        // baseline abnormal 2.0 (ULN 1.2): any rise above baseline is grade 1 ("> 1.0 - 1.5 x baseline")
        "1.0     | 1.2 | 2.0 | 0 |                                                          | ABNORMAL",
        "2.0     | 1.2 | 2.0 | 0 |                                                          | ABNORMAL",
        "2.01    | 1.2 | 2.0 | 1 | > 1.0 - 1.5 x baseline if baseline was abnormal           | ABNORMAL",
        "3.0     | 1.2 | 2.0 | 1 | > 1.0 - 1.5 x baseline if baseline was abnormal           | ABNORMAL",
        "3.01    | 1.2 | 2.0 | 2 | >1.5 - 3.0 x baseline if baseline was abnormal            | ABNORMAL",
        "6.0     | 1.2 | 2.0 | 2 | >1.5 - 3.0 x baseline if baseline was abnormal            | ABNORMAL",
        "6.01    | 1.2 | 2.0 | 3 | >3.0 - 10.0 x baseline if baseline was abnormal           | ABNORMAL",
        "20      | 1.2 | 2.0 | 3 | >3.0 - 10.0 x baseline if baseline was abnormal           | ABNORMAL",
        "20.01   | 1.2 | 2.0 | 4 | >10.0 x baseline if baseline was abnormal                 | ABNORMAL",
    })
    void bilirubin(String value, String uln, String baseline, int grade, String criterion,
            BaselineStatus status) {
        check(LabTerm.BLOOD_BILIRUBIN_INCREASED, value, uln, baseline, grade, criterion, status);
    }

    @ParameterizedTest(name = "creatinine {0} (ULN {1}, baseline {2}) -> grade {3}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        // no baseline: ULN criteria only
        "1.0     | 1.0 |     | 0 |                              | NOT_PROVIDED",
        "1.01    | 1.0 |     | 1 | >ULN - 1.5 x ULN             | NOT_PROVIDED",
        "1.5     | 1.0 |     | 1 | >ULN - 1.5 x ULN             | NOT_PROVIDED",
        "1.51    | 1.0 |     | 2 | >1.5 - 3.0 x ULN             | NOT_PROVIDED",
        "3.0     | 1.0 |     | 2 | >1.5 - 3.0 x ULN             | NOT_PROVIDED",
        "3.01    | 1.0 |     | 3 | >3.0 - 6.0 x ULN             | NOT_PROVIDED",
        "6.0     | 1.0 |     | 3 | >3.0 - 6.0 x ULN             | NOT_PROVIDED",
        "6.01    | 1.0 |     | 4 | >6.0 x ULN                   | NOT_PROVIDED",
        // baseline normal 0.8 (ULN 1.0): the highest grade of the ULN and the baseline criteria
        "0.8     | 1.0 | 0.8 | 0 |                              | NORMAL",
        "1.0     | 1.0 | 0.8 | 0 |                              | NORMAL",
        "1.01    | 1.0 | 0.8 | 1 | >ULN - 1.5 x ULN             | NORMAL",
        "1.2     | 1.0 | 0.8 | 1 | >ULN - 1.5 x ULN             | NORMAL",
        "1.21    | 1.0 | 0.8 | 2 | >1.5 - 3.0 x baseline        | NORMAL",
        "2.4     | 1.0 | 0.8 | 2 | >1.5 - 3.0 x baseline        | NORMAL",
        "2.41    | 1.0 | 0.8 | 3 | >3.0 x baseline              | NORMAL",
        "6.0     | 1.0 | 0.8 | 3 | >3.0 x baseline              | NORMAL",
        "6.01    | 1.0 | 0.8 | 4 | >6.0 x ULN                   | NORMAL",
        // baseline criteria apply even while the value is within normal limits (literal CTCAE text)
        "0.75    | 1.2 | 0.5 | 0 |                              | NORMAL",
        "0.76    | 1.2 | 0.5 | 2 | >1.5 - 3.0 x baseline        | NORMAL",
        "1.51    | 1.2 | 0.5 | 3 | >3.0 x baseline              | NORMAL",
        // baseline abnormal 2.0 (ULN 1.0)
        "1.0     | 1.0 | 2.0 | 0 |                              | ABNORMAL",
        "1.4     | 1.0 | 2.0 | 1 | >ULN - 1.5 x ULN             | ABNORMAL",
        "3.0     | 1.0 | 2.0 | 2 | >1.5 - 3.0 x ULN             | ABNORMAL",
        "3.01    | 1.0 | 2.0 | 3 | >3.0 - 6.0 x ULN             | ABNORMAL",
        "6.0     | 1.0 | 2.0 | 3 | >3.0 - 6.0 x ULN             | ABNORMAL",
        "6.01    | 1.0 | 2.0 | 4 | >6.0 x ULN                   | ABNORMAL",
        // baseline abnormal 1.5 (ULN 1.0): 1.5 x baseline = 2.25 lies inside ULN grade 2
        "2.26    | 1.0 | 1.5 | 2 | >1.5 - 3.0 x baseline        | ABNORMAL",
        "4.5     | 1.0 | 1.5 | 3 | >3.0 - 6.0 x ULN             | ABNORMAL",
    })
    void creatinine(String value, String uln, String baseline, int grade, String criterion,
            BaselineStatus status) {
        check(LabTerm.CREATININE_INCREASED, value, uln, baseline, grade, criterion, status);
    }

    @Test
    void scaleOfNumbersDoesNotMatter() {
        LabGradeSuggestion a = LabGrading.suggest(LabTerm.ALT_INCREASED, bd("120.000"), bd("40.0"));
        LabGradeSuggestion b = LabGrading.suggest(LabTerm.ALT_INCREASED, bd("1.2E+2"), bd("4E+1"));
        assertEquals(1, a.grade());
        assertEquals(a, b);
        // exact: no floating-point drift at 3 x ULN with awkward decimals
        assertEquals(1, LabGrading.suggest(LabTerm.ALT_INCREASED, bd("0.3"), bd("0.1")).grade());
        assertEquals(2, LabGrading.suggest(LabTerm.ALT_INCREASED, bd("0.30000000001"), bd("0.1")).grade());
    }

    @Test
    void noGradeNamesTheGradeOneCriterion() {
        LabGradeSuggestion normal = LabGrading.suggest(LabTerm.ALT_INCREASED, bd("40"), bd("40"));
        assertEquals("No grade: the value does not meet the grade 1 criterion "
                + "\">ULN - 3.0 x ULN if baseline was normal\"", normal.criterion());
        LabGradeSuggestion abnormal = LabGrading.suggest(LabTerm.ALT_INCREASED, bd("50"), bd("40"), bd("60"));
        assertEquals("No grade: the value does not meet the grade 1 criterion "
                + "\"1.5 - 3.0 x baseline if baseline was abnormal\"", abnormal.criterion());
        assertFalse(abnormal.isGraded());
    }

    @Test
    void twoArgumentFormHasNoBaseline() {
        assertEquals(LabGrading.suggest(LabTerm.CREATININE_INCREASED, bd("2"), bd("1"), null),
                LabGrading.suggest(LabTerm.CREATININE_INCREASED, bd("2"), bd("1")));
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertMessage("value", () -> LabGrading.suggest(LabTerm.ALT_INCREASED, bd("-1"), bd("40")));
        assertMessage("value", () -> LabGrading.suggest(LabTerm.ALT_INCREASED, null, bd("40")));
        assertMessage("upperLimitOfNormal", () -> LabGrading.suggest(LabTerm.ALT_INCREASED, bd("1"), bd("0")));
        assertMessage("upperLimitOfNormal", () -> LabGrading.suggest(LabTerm.ALT_INCREASED, bd("1"), bd("-40")));
        assertMessage("upperLimitOfNormal", () -> LabGrading.suggest(LabTerm.ALT_INCREASED, bd("1"), null));
        assertMessage("baseline", () -> LabGrading.suggest(LabTerm.ALT_INCREASED, bd("1"), bd("40"), bd("-3")));
        assertMessage("baseline", () -> LabGrading.suggest(LabTerm.CREATININE_INCREASED, bd("1"), bd("1"), bd("0")));
        assertMessage("term", () -> LabGrading.suggest(null, bd("1"), bd("40")));
    }

    private static void assertMessage(String parameter, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(parameter + " "), e.getMessage());
    }

    // --- the criteria are the dictionary's text -------------------------------------------------

    @ParameterizedTest
    @EnumSource(LabTerm.class)
    void labTermsAreDictionaryTermsWithGrades1To4(LabTerm lab) {
        CtcaeTerm term = lab.ctcaeTerm();
        assertEquals(lab.termName(), term.term());
        assertEquals(lab.meddraCode(), term.meddraCode());
        assertEquals(List.of(1, 2, 3, 4), term.gradeNumbers());
        assertEquals("Investigations", term.soc());
    }

    @Test
    void gradeTextsAreTheOnesImplemented() {
        Map<Integer, String> alt = LabTerm.ALT_INCREASED.ctcaeTerm().grades();
        assertEquals(">ULN - 3.0 x ULN if baseline was normal; 1.5 - 3.0 x baseline if baseline was abnormal",
                alt.get(1));
        assertEquals(alt, LabTerm.AST_INCREASED.ctcaeTerm().grades());
        Map<Integer, String> bili = LabTerm.BLOOD_BILIRUBIN_INCREASED.ctcaeTerm().grades();
        assertEquals(">ULN - 1.5 x ULN if baseline was normal; > 1.0 - 1.5 x baseline if baseline was abnormal",
                bili.get(1));
        assertEquals(Map.of(1, ">ULN - 1.5 x ULN", 2, ">1.5 - 3.0 x baseline; >1.5 - 3.0 x ULN",
                3, ">3.0 x baseline; >3.0 - 6.0 x ULN", 4, ">6.0 x ULN"),
                LabTerm.CREATININE_INCREASED.ctcaeTerm().grades());
    }

    @Test
    void criteriaParsedFromTheText() {
        List<LabCriterion> alt = LabGrading.criteria(LabTerm.ALT_INCREASED);
        assertEquals(8, alt.size());
        assertEquals(List.of(4, 4, 3, 3, 2, 2, 1, 1), alt.stream().map(LabCriterion::grade).toList());
        LabCriterion g1abnormal = alt.stream()
                .filter(c -> c.grade() == 1 && c.applies() == LabCriterion.Applies.BASELINE_ABNORMAL)
                .findFirst().orElseThrow();
        assertFalse(g1abnormal.lowerExclusive());
        assertEquals(0, g1abnormal.lower().compareTo(bd("1.5")));
        assertEquals(0, g1abnormal.upper().compareTo(bd("3.0")));
        assertEquals(LabCriterion.Reference.BASELINE, g1abnormal.reference());
        LabCriterion g4normal = alt.get(0).applies() == LabCriterion.Applies.BASELINE_NORMAL ? alt.get(0) : alt.get(1);
        assertNull(g4normal.upper());
        assertTrue(g4normal.lowerExclusive());
        assertEquals(0, g4normal.lower().compareTo(bd("20.0")));

        List<LabCriterion> creatinine = LabGrading.criteria(LabTerm.CREATININE_INCREASED);
        assertEquals(6, creatinine.size());
        assertTrue(creatinine.stream().allMatch(c -> c.applies() == LabCriterion.Applies.ALWAYS));
        assertEquals(2, creatinine.stream().filter(c -> c.reference() == LabCriterion.Reference.BASELINE).count());

        LabCriterion bili = LabCriterion.parse(1, "> 1.0 - 1.5 x baseline if baseline was abnormal").get(0);
        assertTrue(bili.lowerExclusive());
        assertEquals(0, bili.lower().compareTo(BigDecimal.ONE));
    }

    @Test
    void unknownCriterionTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LabCriterion.parse(1, "Asymptomatic"));
        assertThrows(IllegalArgumentException.class, () -> LabCriterion.parse(1, ">ULN - 3.0 x baseline"));
        assertThrows(IllegalArgumentException.class, () -> LabCriterion.parse(1, ">3.0 x ULN; <LLN"));
    }
}
