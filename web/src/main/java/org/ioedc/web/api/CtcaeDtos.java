package org.ioedc.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ioedc.forms.ctcae.CtcaeTerm;
import org.ioedc.forms.ctcae.LabGradeSuggestion;
import org.ioedc.forms.ctcae.LabTerm;

/** What goes over the wire for the CTCAE v5.0 look-up and the laboratory grading suggestion. */
public final class CtcaeDtos {
    private CtcaeDtos() {
    }

    /**
     * One CTCAE term as the contract gives it (spec api.md): grades keyed "1".."5", only the grades that exist,
     * ascending. {@code definition} is an extra, left out when the dictionary has none.
     */
    @JsonbPropertyOrder({"meddraCode", "term", "soc", "grades", "definition"})
    public record TermOut(String meddraCode, String term, String soc, Map<String, String> grades,
                          String definition) {
        static TermOut of(CtcaeTerm t) {
            Map<String, String> grades = new LinkedHashMap<>();
            t.grades().forEach((grade, text) -> grades.put(String.valueOf(grade), text));
            return new TermOut(t.meddraCode(), t.term(), t.soc(), grades, t.definition().orElse(null));
        }
    }

    /**
     * A laboratory value to grade: {@code test} is ALT, AST, BILIRUBIN or CREATININE; {@code value},
     * {@code upperLimitOfNormal} and the optional {@code baseline} in one unit.
     */
    public record LabGradeIn(String test, BigDecimal value, BigDecimal upperLimitOfNormal, BigDecimal baseline) {
    }

    /**
     * The suggested grade (0 = the value meets no grade) with the CTCAE criterion that gave it, verbatim, and how
     * the baseline was taken (NORMAL, ABNORMAL, NOT_PROVIDED). A suggestion: the investigator grades the event.
     */
    @JsonbPropertyOrder({"test", "meddraCode", "term", "grade", "criterion", "baselineStatus"})
    public record LabGradeOut(String test, String meddraCode, String term, int grade, String criterion,
                              String baselineStatus) {
        static LabGradeOut of(String test, LabGradeSuggestion s) {
            LabTerm lab = s.labTerm();
            return new LabGradeOut(test, lab.meddraCode(), lab.termName(), s.grade(), s.criterion(),
                    s.baselineStatus().name());
        }
    }
}
