package org.ioedc.forms.timeline;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of fact a timeline entry is, by the trial module whose form holds it. Declaration order is
 * the order of entries on the same day: a dose is given after the assessment and decision of that day.
 */
public enum TimelineCategory {
    ASSESSMENT("IRECIST"),
    TBP_DECISION("TBP"),
    DOSE("EXPOSURE"),
    /** The TBP module's end-of-treatment form ({@code F.EOT}): where a swimmer plot's treatment bar ends. */
    END_OF_TREATMENT("TBP"),
    ADVERSE_EVENT("IRAE"),
    SUBSEQUENT_THERAPY("SUBSEQUENT_THERAPY");

    private final String moduleId;

    TimelineCategory(String moduleId) {
        this.moduleId = moduleId;
    }

    public String moduleId() {
        return moduleId;
    }

    static final String END_OF_TREATMENT_FORM = "F.EOT";

    /** The category of a module's form; empty for modules outside the clinical course (e.g. CORE). */
    public static Optional<TimelineCategory> of(String moduleId, String formOid) {
        if (END_OF_TREATMENT.moduleId.equals(moduleId) && END_OF_TREATMENT_FORM.equals(formOid)) {
            return Optional.of(END_OF_TREATMENT);
        }
        return Arrays.stream(values()).filter(c -> c != END_OF_TREATMENT && c.moduleId.equals(moduleId)).findFirst();
    }
}
