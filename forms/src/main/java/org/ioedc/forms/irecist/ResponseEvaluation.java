package org.ioedc.forms.irecist;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of {@link IrecistEngine#evaluate}: every timepoint (baseline first), the best overall response,
 * the date of progression and notes (spec section 3).
 *
 * @param timepoints                   one result per assessment, in date order, baseline first
 * @param bestOverallResponse          iBOR (spec section 2 ranking; Seymour 2017 Table 3)
 * @param progressionDate              date of the first iUPD of the confirmed (iCPD) episode; null when progression
 *                                     was never confirmed
 * @param responseConfirmationRequired true when the study requires confirmation of iCR/iPR for iBOR
 * @param notes                        how iBOR was reached where rules changed a timepoint's contribution (iSD too
 *                                     early, unconfirmed response, confirmation-window deviations...)
 */
public record ResponseEvaluation(List<TimepointResult> timepoints, TimepointResponse bestOverallResponse,
                                 LocalDate progressionDate, boolean responseConfirmationRequired,
                                 List<String> notes) {
    public ResponseEvaluation {
        timepoints = List.copyOf(timepoints);
        notes = List.copyOf(notes);
    }

    /** The follow-up timepoints (all but the baseline). */
    public List<TimepointResult> followUps() {
        return timepoints.subList(1, timepoints.size());
    }
}
