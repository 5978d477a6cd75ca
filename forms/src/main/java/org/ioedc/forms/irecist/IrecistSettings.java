package org.ioedc.forms.irecist;

/**
 * Study-level settings of the iRECIST derivation (spec section 2).
 *
 * @param confirmationWindowMinDays     earliest day, after the first iUPD of an episode, on which a scan may
 *                                      confirm iCPD (default 28; an earlier scan confirms only by a new lesion)
 * @param confirmationWindowMaxDays     latest day of the confirmation window (default 56; a later scan is still
 *                                      used but flagged)
 * @param stableDiseaseMinDays          minimum days from first dose for iSD (and NON-iCR/NON-iUPD) to count as
 *                                      best overall response (default 42 = 6 weeks); inclusive
 * @param requireConfirmationOfResponse when true iCR/iPR count for iBOR only if confirmed by a later assessment
 *                                      (default false)
 * @param responseConfirmationMinDays   minimum days between a response and its confirming assessment (default
 *                                      28 = 4 weeks; RECIST 1.1 section 4.6)
 */
public record IrecistSettings(int confirmationWindowMinDays, int confirmationWindowMaxDays,
                              int stableDiseaseMinDays, boolean requireConfirmationOfResponse,
                              int responseConfirmationMinDays) {

    /** Checks the values. */
    public IrecistSettings {
        if (confirmationWindowMinDays < 0 || confirmationWindowMaxDays < confirmationWindowMinDays) {
            throw new IllegalArgumentException("confirmation window must satisfy 0 <= min <= max, got "
                    + confirmationWindowMinDays + ".." + confirmationWindowMaxDays);
        }
        if (stableDiseaseMinDays < 0 || responseConfirmationMinDays < 0) {
            throw new IllegalArgumentException("day counts must not be negative");
        }
    }

    /** The defaults: window 28-56 days, iSD minimum 42 days, no confirmation of response (28 days if asked). */
    public static IrecistSettings defaults() {
        return new IrecistSettings(28, 56, 42, false, 28);
    }

    /** A copy with the confirmation of iCR/iPR required or not. */
    public IrecistSettings withRequireConfirmationOfResponse(boolean required) {
        return new IrecistSettings(confirmationWindowMinDays, confirmationWindowMaxDays, stableDiseaseMinDays,
                required, responseConfirmationMinDays);
    }

    /** A copy with another iSD minimum interval from first dose. */
    public IrecistSettings withStableDiseaseMinDays(int days) {
        return new IrecistSettings(confirmationWindowMinDays, confirmationWindowMaxDays, days,
                requireConfirmationOfResponse, responseConfirmationMinDays);
    }
}
