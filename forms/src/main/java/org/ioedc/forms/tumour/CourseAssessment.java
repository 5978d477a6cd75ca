package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ioedc.forms.irecist.Assessment;
import org.ioedc.forms.irecist.TimepointResult;

/**
 * One tumour assessment form of a subject's course, as read by {@link IrecistCourse}.
 *
 * @param formOid      {@code F.TUBL} (baseline) or {@code F.TUFU} (follow-up)
 * @param instanceKey  the form instance key (e.g. {@code F.TUFU#2}), stable across saves
 * @param date         the assessment date; null when not entered yet
 * @param baseline     true for the baseline form
 * @param input        the engine's input read from the form; null when the form has no date
 * @param result       what the engine derived; null when the assessment could not be derived
 * @param problems     why it could not be derived (empty when derived)
 * @param investigator what the investigator recorded on a follow-up (empty values at baseline)
 */
public record CourseAssessment(String formOid, String instanceKey, LocalDate date, boolean baseline,
                               Assessment input, TimepointResult result, List<String> problems,
                               InvestigatorAssessment investigator) {

    /**
     * The investigator's part of a follow-up: the timepoint response as recorded ({@code TU.INVRESP} label,
     * e.g. {@code iUPD}), clinical stability at iUPD ({@code TU.CLINSTAB}) and whether treatment continues
     * ({@code TU.TRTCONT}); each null when not entered.
     */
    public record InvestigatorAssessment(String response, Boolean clinicallyStable, Boolean treatmentContinues) {
        static final InvestigatorAssessment NONE = new InvestigatorAssessment(null, null, null);

        static InvestigatorAssessment of(org.ioedc.forms.crf.FormData form) {
            var items = form.items();
            return new InvestigatorAssessment(items.text(TumourForms.INVESTIGATOR_RESPONSE).orElse(null),
                    items.text(TumourForms.CLINICALLY_STABLE).map(Boolean::valueOf).orElse(null),
                    items.text(TumourForms.TREATMENT_CONTINUES).map(Boolean::valueOf).orElse(null));
        }
    }

    public CourseAssessment {
        problems = List.copyOf(problems);
    }

    public Optional<TimepointResult> derived() {
        return Optional.ofNullable(result);
    }

    /** How users read it in messages: "follow-up of 2026-11-10". */
    public String label() {
        String kind = baseline ? "baseline" : "follow-up";
        return date == null ? kind + " without a date" : kind + " of " + date;
    }
}
