package org.ioedc.forms.irecist;

/** A disease category that can trigger an iUPD (spec section 2; Seymour 2017 Table 2). */
public enum ProgressionCategory {
    /** TL sum &ge; 20 % and &ge; 5 mm above the nadir. */
    TARGET_LESIONS,
    /** Unequivocal progression of non-target lesions. */
    NON_TARGET_LESIONS,
    /** Any new lesion present. */
    NEW_LESIONS
}
