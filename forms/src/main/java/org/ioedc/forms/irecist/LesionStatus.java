package org.ioedc.forms.irecist;

import java.util.Arrays;
import java.util.Optional;

/**
 * Status of a non-target lesion or of a new non-target lesion at a follow-up assessment (spec section 1).
 * The JSON labels are the upper-case constant names.
 */
public enum LesionStatus {
    /** The lesion has disappeared (a node: short axis &lt; 10 mm). */
    ABSENT,
    /** Present, neither complete response nor unequivocal progression (non-CR/non-PD). */
    PRESENT,
    /** Any increase since the previous assessment that is not unequivocal progression. */
    INCREASED,
    /** Unequivocal progression (RECIST 1.1 section 4.3.2). */
    UNEQUIVOCAL_PROGRESSION,
    /** Not assessed at this assessment. */
    NOT_EVALUATED;

    /** The JSON label, e.g. {@code "UNEQUIVOCAL_PROGRESSION"}. */
    public String label() {
        return name();
    }

    /**
     * The status for a JSON label, or empty when the label is null or unknown. Exact, case-sensitive match
     * on the upper-case words of spec section 1.
     */
    public static Optional<LesionStatus> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> s.name().equals(label)).findFirst();
    }

    /** True for {@link #INCREASED} and {@link #UNEQUIVOCAL_PROGRESSION}: any increase. */
    public boolean isIncrease() {
        return this == INCREASED || this == UNEQUIVOCAL_PROGRESSION;
    }
}
