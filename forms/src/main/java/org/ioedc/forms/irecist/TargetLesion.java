package org.ioedc.forms.irecist;

import java.math.BigDecimal;

/**
 * A target lesion (TL) as measured at one assessment (spec section 1).
 *
 * @param id                 the lesion id, the same at every assessment
 * @param organ              organ or site, e.g. {@code LIVER}
 * @param nodal              true for a lymph node, measured by its short axis (always, even once &lt; 10 mm)
 * @param diameterMm         longest diameter (non-nodal) or short axis (nodal) in mm; 0 when the lesion has
 *                           disappeared; null when NOT EVALUATED (unless {@code tooSmallToMeasure})
 * @param tooSmallToMeasure  the radiologist's "too small to measure" flag: the lesion counts as 5 mm in the sum
 *                           whatever {@code diameterMm} says (spec section 1)
 */
public record TargetLesion(String id, String organ, boolean nodal, BigDecimal diameterMm,
                           boolean tooSmallToMeasure) {

    /** The value a "too small to measure" lesion contributes to the sum (spec section 1). */
    public static final BigDecimal TOO_SMALL_MM = new BigDecimal("5");

    /** A measured lesion. */
    public static TargetLesion measured(String id, String organ, boolean nodal, BigDecimal diameterMm) {
        return new TargetLesion(id, organ, nodal, diameterMm, false);
    }

    /** A measured lesion; the double is converted with {@link BigDecimal#valueOf(double)}. */
    public static TargetLesion measured(String id, String organ, boolean nodal, double diameterMm) {
        return measured(id, organ, nodal, BigDecimal.valueOf(diameterMm));
    }

    /** A lesion that was not assessed (NOT EVALUATED). */
    public static TargetLesion notEvaluated(String id, String organ, boolean nodal) {
        return new TargetLesion(id, organ, nodal, null, false);
    }

    /** A lesion flagged "too small to measure" (counts as 5 mm). */
    public static TargetLesion tooSmall(String id, String organ, boolean nodal) {
        return new TargetLesion(id, organ, nodal, null, true);
    }

    /** False when the lesion is NOT EVALUATED. */
    public boolean evaluated() {
        return tooSmallToMeasure || diameterMm != null;
    }

    /**
     * What the lesion adds to the TL sum: 5 mm when too small to measure, else the diameter; null when not
     * evaluated.
     */
    public BigDecimal sumContributionMm() {
        if (tooSmallToMeasure) {
            return TOO_SMALL_MM;
        }
        return diameterMm;
    }
}
