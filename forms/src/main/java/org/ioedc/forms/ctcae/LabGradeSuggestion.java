package org.ioedc.forms.ctcae;

import java.util.Objects;

/**
 * A grade suggested by {@link LabGrading} for the investigator to confirm.
 *
 * @param labTerm        the term graded
 * @param grade          1..4, or 0 when the value meets no grade's criterion (no adverse event grade)
 * @param criterion      the CTCAE v5.0 criterion that gave the grade, verbatim from the dictionary
 *                       (e.g. "&gt;3.0 - 5.0 x ULN if baseline was normal"); for grade 0 a sentence
 *                       quoting the grade 1 criteria not met
 * @param baselineStatus whether the baseline was taken as normal, abnormal or not provided
 */
public record LabGradeSuggestion(LabTerm labTerm, int grade, String criterion,
        BaselineStatus baselineStatus) {

    public LabGradeSuggestion {
        Objects.requireNonNull(labTerm, "labTerm");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(baselineStatus, "baselineStatus");
        if (grade < 0 || grade > 4) {
            throw new IllegalArgumentException("grade must be 0..4: " + grade);
        }
    }

    /** Whether the value meets a grade (1..4). */
    public boolean isGraded() {
        return grade > 0;
    }
}
