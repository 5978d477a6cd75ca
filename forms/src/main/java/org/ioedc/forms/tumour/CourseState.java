package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a subject's iRECIST course stands on a date, from the assessments dated on or before it
 * ({@link IrecistCourse#stateAt(LocalDate)}). Deviation rules read it: a dose given while an iUPD is
 * pending needs the investigator's clinical-stability decision; a dose after iCPD is a deviation.
 *
 * @param asOf                the date asked about
 * @param status              {@link Status}
 * @param lastAssessmentDate  the latest derived assessment on or before {@code asOf}; null when none
 * @param pendingIupdSince    when {@link Status#IUPD_PENDING}: the date of the first iUPD of the episode
 * @param confirmationWindowOpens  when pending: the first day a scan may confirm it (first iUPD + 28 days)
 * @param confirmationWindowCloses when pending: the last day of the window (first iUPD + 56 days)
 * @param confirmedOn         when {@link Status#ICPD}: the date of the assessment that confirmed progression
 * @param progressionDate     when {@link Status#ICPD}: the date of progression (first iUPD of the confirmed
 *                            episode, Seymour 2017)
 */
public record CourseState(LocalDate asOf, Status status, LocalDate lastAssessmentDate, LocalDate pendingIupdSince,
                          LocalDate confirmationWindowOpens, LocalDate confirmationWindowCloses,
                          LocalDate confirmedOn, LocalDate progressionDate) {

    /** The subject's progression status on a date. */
    public enum Status {
        /** No derived follow-up on or before the date (baseline only, or nothing derivable). */
        NO_FOLLOW_UP,
        /** Follow-ups exist; no iUPD is pending and progression was never confirmed. */
        NOT_PROGRESSED,
        /** The latest assessment leaves an unconfirmed iUPD pending. */
        IUPD_PENDING,
        /** Progression was confirmed (iCPD) on or before the date. */
        ICPD
    }

    public boolean iupdPending() {
        return status == Status.IUPD_PENDING;
    }

    public boolean progressionConfirmed() {
        return status == Status.ICPD;
    }

    public Optional<LocalDate> pendingSince() {
        return Optional.ofNullable(pendingIupdSince);
    }

    public Optional<LocalDate> confirmed() {
        return Optional.ofNullable(confirmedOn);
    }
}
