package org.ioedc.forms.irecist;

import java.time.LocalDate;
import java.util.List;

/**
 * One tumour assessment of a subject. The first assessment of a list is the baseline (before first dose);
 * a baseline has no new lesions.
 *
 * @param date             assessment (scan) date
 * @param targetLesions    target lesions, the baseline ids at every follow-up
 * @param nonTargetLesions non-target lesions, the baseline ids at every follow-up
 * @param newLesions       new lesions; a new lesion keeps its id and is recorded at every later assessment
 */
public record Assessment(LocalDate date, List<TargetLesion> targetLesions,
                         List<NonTargetLesion> nonTargetLesions, List<NewLesion> newLesions) {

    /** Null lists become empty lists; lists are copied. Null elements are kept for the validator to report. */
    public Assessment {
        targetLesions = copy(targetLesions);
        nonTargetLesions = copy(nonTargetLesions);
        newLesions = copy(newLesions);
    }

    private static <T> List<T> copy(List<T> list) {
        // List.copyOf rejects null elements; keep them so AssessmentValidator can name the fault.
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }
}
