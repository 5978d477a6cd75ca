package org.ioedc.forms.irecist;

/**
 * Where an assessment made while an iUPD is pending falls relative to the confirmation window, counted in days
 * from the first iUPD of the episode (spec section 2, "Confirmation window"; iRECIST FAQ on early scans).
 */
public enum ConfirmationTiming {
    /** No iUPD was pending before this assessment. */
    NOT_PENDING,
    /** Fewer than the window's minimum days (default 28): cannot confirm except by a new lesion; deviation. */
    EARLY,
    /** Within the window (default 28 to 56 days inclusive). */
    IN_WINDOW,
    /** More than the window's maximum days (default 56): still used; deviation. */
    LATE;

    /** True for EARLY and LATE, which a protocol-deviation rule reports. */
    public boolean isDeviation() {
        return this == EARLY || this == LATE;
    }
}
