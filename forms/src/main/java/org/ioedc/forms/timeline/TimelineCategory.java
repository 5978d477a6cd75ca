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
    ADVERSE_EVENT("IRAE"),
    SUBSEQUENT_THERAPY("SUBSEQUENT_THERAPY");

    private final String moduleId;

    TimelineCategory(String moduleId) {
        this.moduleId = moduleId;
    }

    public String moduleId() {
        return moduleId;
    }

    /** The category of a module's forms; empty for modules outside the clinical course (e.g. CORE). */
    public static Optional<TimelineCategory> ofModule(String moduleId) {
        return Arrays.stream(values()).filter(c -> c.moduleId.equals(moduleId)).findFirst();
    }
}
