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
        if (targetDay == 0) {
            throw new IllegalArgumentException("there is no study day 0: day 1 is the day of first dose, day -1 the day before");
        }
        if (windowBefore < 0 || windowAfter < 0) {
            throw new IllegalArgumentException("visit window days cannot be negative");
        }
    }

    /**
     * The target date for a subject whose first dose was on {@code firstDose} (study day 1). There is no
     * day 0, as in CDISC SDTM study days: day N &ge; 1 is N - 1 days after the first dose, day -1 the day
     * before it.
     */
    public LocalDate targetDate(LocalDate firstDose) {
        return targetDay >= 1 ? firstDose.plusDays(targetDay - 1L) : firstDose.plusDays(targetDay);
    }

    /** The study day of {@code date} for a subject whose first dose was on {@code firstDose} (no day 0). */
    public static long studyDay(LocalDate firstDose, LocalDate date) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(firstDose, date);
        return days >= 0 ? days + 1 : days;
    }

    public LocalDate earliest(LocalDate firstDose) {
        return targetDate(firstDose).minusDays(windowBefore);
    }

    public LocalDate latest(LocalDate firstDose) {
        return targetDate(firstDose).plusDays(windowAfter);
    }
}
