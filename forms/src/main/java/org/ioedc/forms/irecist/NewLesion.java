package org.ioedc.forms.irecist;

import java.math.BigDecimal;

/**
 * A new lesion, recorded apart from the baseline lesions and never added to the TL sum (spec section 1).
 * A new lesion keeps its id at later assessments.
 *
 * <p>A new lesion target (NLT, {@code target == true}) is measured like a TL: {@code diameterMm} (short axis
 * for a node), 0 when it has disappeared, null when NOT EVALUATED, {@code tooSmallToMeasure} counting 5 mm;
 * its {@code status} is ignored. A new lesion non-target (NLNT) carries a {@code status} and no diameter.
 *
 * @param id                the lesion id
 * @param organ             organ or site
 * @param nodal             true for a lymph node (NLT: short axis)
 * @param target            true for a new lesion target (NLT), false for a new lesion non-target (NLNT)
 * @param diameterMm        NLT only: diameter in mm, null when not evaluated
 * @param tooSmallToMeasure NLT only: counts as 5 mm
 * @param status            NLNT only: PRESENT, INCREASED, UNEQUIVOCAL_PROGRESSION, ABSENT or NOT_EVALUATED
 */
public record NewLesion(String id, String organ, boolean nodal, boolean target, BigDecimal diameterMm,
                        boolean tooSmallToMeasure, LesionStatus status) {

    /** Short axis below which a node is normal, i.e. absent as a lesion (RECIST 1.1 section 4.3.1). */
    static final BigDecimal NORMAL_NODE_BELOW_MM = new BigDecimal("10");

    /** A measured new lesion target. */
    public static NewLesion target(String id, String organ, boolean nodal, BigDecimal diameterMm) {
        return new NewLesion(id, organ, nodal, true, diameterMm, false, null);
    }

    /** A measured new lesion target; the double is converted with {@link BigDecimal#valueOf(double)}. */
    public static NewLesion target(String id, String organ, boolean nodal, double diameterMm) {
        return target(id, organ, nodal, BigDecimal.valueOf(diameterMm));
    }

    /** A new lesion non-target with its status. */
    public static NewLesion nonTarget(String id, String organ, LesionStatus status) {
        return new NewLesion(id, organ, false, false, null, false, status);
    }

    /** NLT: false when NOT EVALUATED; NLNT: false when the status is NOT_EVALUATED. */
    public boolean evaluated() {
        if (target) {
            return tooSmallToMeasure || diameterMm != null;
        }
        return status != LesionStatus.NOT_EVALUATED;
    }

    /**
     * True when the lesion is absent: an NLT measured 0 mm (a nodal NLT: short axis &lt; 10 mm, a normal node),
     * an NLNT with status ABSENT. Spec section 2: "new lesions: present when any new lesion is not ABSENT", so
     * a NOT EVALUATED new lesion is not absent.
     */
    public boolean absent() {
        if (target) {
            if (tooSmallToMeasure || diameterMm == null) {
                return false;
            }
            return nodal ? diameterMm.compareTo(NORMAL_NODE_BELOW_MM) < 0 : diameterMm.signum() == 0;
        }
        return status == LesionStatus.ABSENT;
    }

    /** NLT: what it adds to the NLT sum (5 mm when too small), null when not evaluated; NLNT: null. */
    public BigDecimal sumContributionMm() {
        if (!target) {
            return null;
        }
        return tooSmallToMeasure ? TargetLesion.TOO_SMALL_MM : diameterMm;
    }
}
