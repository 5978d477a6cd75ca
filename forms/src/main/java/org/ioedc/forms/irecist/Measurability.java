package org.ioedc.forms.irecist;

/** Result of the baseline measurability rule, {@link MeasurabilityRules#assess}. */
public enum Measurability {
    /** Can be selected as a target lesion. */
    MEASURABLE,
    /** A non-nodal lesion below the minimum size for the method: non-measurable (non-target). */
    TOO_SMALL,
    /** A node with short axis 10 to &lt; 15 mm: pathological but non-measurable (non-target). */
    PATHOLOGICAL_NODE_NON_MEASURABLE,
    /** A node with short axis &lt; 10 mm: normal, not recorded as a lesion. */
    NORMAL_NODE,
    /** Measured by a method RECIST 1.1 does not accept for measurement ({@link ImagingMethod#OTHER}). */
    METHOD_NOT_SUITABLE
}
