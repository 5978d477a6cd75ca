package org.ioedc.forms.irecist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Baseline measurability (spec section 1; RECIST 1.1 section 3.1-3.2), reusable by edit checks.
 *
 * <ul>
 *   <li>Non-nodal, CT or MRI: longest diameter &ge; 10 mm; when the slice thickness is known and &gt; 5 mm the
 *       minimum is twice the slice thickness (RECIST 1.1 section 3.1.1 and 3.2).</li>
 *   <li>Non-nodal, caliper (clinical): &ge; 10 mm.</li>
 *   <li>Non-nodal, chest X-ray: &ge; 20 mm.</li>
 *   <li>Nodal (short axis, any accepted method): &ge; 15 mm measurable; 10 to &lt; 15 mm pathological but
 *       non-measurable; &lt; 10 mm normal.</li>
 *   <li>{@link ImagingMethod#OTHER}: not suitable for measurement (RECIST 1.1 section 3.2: ultrasound, PET
 *       and similar are not used to measure).</li>
 * </ul>
 */
public final class MeasurabilityRules {

    static final BigDecimal NON_NODAL_MIN_MM = new BigDecimal("10");
    static final BigDecimal CHEST_XRAY_MIN_MM = new BigDecimal("20");
    static final BigDecimal NODE_MEASURABLE_MIN_MM = new BigDecimal("15");
    static final BigDecimal NODE_PATHOLOGICAL_MIN_MM = new BigDecimal("10");
    static final BigDecimal MAX_SLICE_MM = new BigDecimal("5");

    private MeasurabilityRules() {
    }

    /** As {@link #assess(boolean, BigDecimal, ImagingMethod, BigDecimal)} with the slice thickness unknown. */
    public static Measurability assess(boolean nodal, BigDecimal sizeMm, ImagingMethod method) {
        return assess(nodal, sizeMm, method, null);
    }

    /**
     * Classifies a lesion at baseline.
     *
     * @param nodal           true for a lymph node (then {@code sizeMm} is the short axis)
     * @param sizeMm          longest diameter (non-nodal) or short axis (nodal), mm, not negative
     * @param method          how it was measured
     * @param sliceThicknessMm CT/MRI slice thickness in mm, or null when unknown (then 10 mm applies)
     */
    public static Measurability assess(boolean nodal, BigDecimal sizeMm, ImagingMethod method,
                                       BigDecimal sliceThicknessMm) {
        Objects.requireNonNull(sizeMm, "sizeMm");
        Objects.requireNonNull(method, "method");
        if (sizeMm.signum() < 0) {
            throw new IllegalArgumentException("size must not be negative: " + sizeMm);
        }
        if (method == ImagingMethod.OTHER) {
            return Measurability.METHOD_NOT_SUITABLE; // RECIST 1.1 section 3.2
        }
        if (nodal) {
            // RECIST 1.1 section 3.1.1 / 3.1.2: short axis >= 15 measurable; 10 to < 15 pathological; < 10 normal
            if (sizeMm.compareTo(NODE_MEASURABLE_MIN_MM) >= 0) {
                return Measurability.MEASURABLE;
            }
            return sizeMm.compareTo(NODE_PATHOLOGICAL_MIN_MM) >= 0
                    ? Measurability.PATHOLOGICAL_NODE_NON_MEASURABLE
                    : Measurability.NORMAL_NODE;
        }
        return sizeMm.compareTo(minimumNonNodalMm(method, sliceThicknessMm)) >= 0
                ? Measurability.MEASURABLE
                : Measurability.TOO_SMALL;
    }

    /** Minimum longest diameter of a measurable non-nodal lesion for the method (RECIST 1.1 section 3.1.1). */
    public static BigDecimal minimumNonNodalMm(ImagingMethod method, BigDecimal sliceThicknessMm) {
        switch (method) {
            case XRAY:
                return CHEST_XRAY_MIN_MM; // chest X-ray: 20 mm
            case CALIPER:
                return NON_NODAL_MIN_MM; // clinical lesions by caliper: 10 mm
            case CT:
            case MRI:
                // CT 10 mm with slice <= 5 mm; with thicker slices, twice the slice thickness
                if (sliceThicknessMm != null && sliceThicknessMm.compareTo(MAX_SLICE_MM) > 0) {
                    return sliceThicknessMm.multiply(BigDecimal.valueOf(2));
                }
                return NON_NODAL_MIN_MM;
            default:
                throw new IllegalArgumentException("no measurement minimum for method " + method);
        }
    }
}
