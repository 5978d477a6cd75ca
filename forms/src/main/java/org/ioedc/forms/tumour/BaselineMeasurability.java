package org.ioedc.forms.tumour;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.irecist.ImagingMethod;
import org.ioedc.forms.irecist.Measurability;
import org.ioedc.forms.irecist.MeasurabilityRules;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-002: every baseline target lesion is measurable (RECIST 1.1 section 3.1): non-nodal at least 10 mm by
 * CT/MRI (twice the slice thickness when slices are thicker than 5 mm) or caliper, 20 mm on chest X-ray;
 * a node's short axis at least 15 mm; the method OTHER does not measure. The rule is the engine's
 * {@link MeasurabilityRules}.
 */
final class BaselineMeasurability implements EditCheck {

    @Override
    public String id() {
        return "IR-002";
    }

    @Override
    public String formOid() {
        return TumourForms.BASELINE;
    }

    @Override
    public String description() {
        return "Each baseline target lesion is measurable: non-nodal >= 10 mm by CT/MRI (2 x slice thickness above 5 mm) "
                + "or caliper, >= 20 mm on chest X-ray; nodal short axis >= 15 mm; method not OTHER (RECIST 1.1 section 3.1).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        BigDecimal slice = form.items().number(TumourForms.SLICE).filter(s -> s.signum() > 0).orElse(null);
        List<CheckFinding> findings = new ArrayList<>();
        for (ItemGroupRow row : form.rows(TumourForms.BASELINE_TARGETS)) {
            Optional<BigDecimal> size = row.values().number(TumourForms.TL_DIAMETER).filter(d -> d.signum() >= 0);
            Optional<ImagingMethod> method = row.values().text(TumourForms.TL_METHOD).flatMap(BaselineMeasurability::method);
            if (size.isEmpty() || method.isEmpty()) {
                continue;
            }
            boolean nodal = TumourForms.isTrue(row.values(), TumourForms.TL_NODAL);
            Measurability result = MeasurabilityRules.assess(nodal, size.get(), method.get(), slice);
            String mm = size.get().stripTrailingZeros().toPlainString() + " mm";
            String lesion = TumourForms.lesion(row, TumourForms.TL_ORGAN);
            String message = switch (result) {
                case MEASURABLE -> null;
                case TOO_SMALL -> "Target lesion " + lesion + " measures " + mm + " by " + method.get() + "; a non-nodal target "
                        + "lesion must be at least " + MeasurabilityRules.minimumNonNodalMm(method.get(), slice).stripTrailingZeros()
                        .toPlainString() + " mm by this method. Record it as a non-target lesion or correct the measurement.";
                case PATHOLOGICAL_NODE_NON_MEASURABLE -> "Lymph node " + lesion + " has a short axis of " + mm + "; a nodal target "
                        + "lesion needs at least 15 mm. A node of 10 to <15 mm is a non-target lesion.";
                case NORMAL_NODE -> "Lymph node " + lesion + " has a short axis of " + mm + ": below 10 mm a node is normal and "
                        + "is not a lesion. Remove it or correct the measurement.";
                case METHOD_NOT_SUITABLE -> "Target lesion " + lesion + " is measured by method OTHER, which RECIST 1.1 does not "
                        + "accept for measurement. Use CT, MRI, caliper or chest X-ray, or record it as a non-target lesion.";
            };
            if (message != null) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(TumourForms.TL_DIAMETER, row),
                        ItemRef.inRow(TumourForms.TL_METHOD, row)), message));
            }
        }
        return findings;
    }

    static Optional<ImagingMethod> method(String code) {
        try {
            return Optional.of(ImagingMethod.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
