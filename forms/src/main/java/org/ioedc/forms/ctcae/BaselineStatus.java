package org.ioedc.forms.ctcae;

/** How {@link LabGrading} regarded the baseline value. */
public enum BaselineStatus {
    /** Baseline given and at or below ULN. */
    NORMAL,
    /** Baseline given and above ULN: the "if baseline was abnormal" criteria (multiples of baseline)
     * apply where the term has them. */
    ABNORMAL,
    /** No baseline given: graded as if baseline was normal; baseline-only criteria are not applied. */
    NOT_PROVIDED
}
