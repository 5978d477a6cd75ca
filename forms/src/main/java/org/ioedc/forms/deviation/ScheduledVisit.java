package org.ioedc.forms.deviation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One visit of the schedule of assessments: its target day relative to the first dose (day 1 is the
 * day of the first dose, negative days are screening) and the days allowed before and after it.
 */
public record ScheduledVisit(String oid, String name, int targetDay, int windowBefore, int windowAfter) {

    public ScheduledVisit {
        Objects.requireNonNull(oid, "oid");
        if (windowBefore < 0 || windowAfter < 0) {
            throw new IllegalArgumentException("visit window days cannot be negative");
        }
    }

    /** The target date for a subject whose first dose was on {@code firstDose} (study day 1). */
    public LocalDate targetDate(LocalDate firstDose) {
        return firstDose.plusDays(targetDay - 1L);
    }

    public LocalDate earliest(LocalDate firstDose) {
        return targetDate(firstDose).minusDays(windowBefore);
    }

    public LocalDate latest(LocalDate firstDose) {
        return targetDate(firstDose).plusDays(windowAfter);
    }
}
