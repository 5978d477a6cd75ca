package org.ioedc.forms.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * LB-002: potential Hy's law (FDA Guidance "Drug-Induced Liver Injury: Premarketing Clinical
 * Evaluation", 2009): ALT or AST above 3 x ULN together with total bilirubin above 2 x ULN. Immune
 * checkpoint hepatitis must be recorded as an AE; the query asks the site to confirm it is.
 */
final class PotentialHyLaw implements EditCheck {
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Override
    public String id() {
        return "LB-002";
    }

    @Override
    public String formOid() {
        return "F.LB";
    }

    @Override
    public String description() {
        return "ALT or AST > 3 x ULN with total bilirubin > 2 x ULN (potential Hy's law) is reported as an AE.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        boolean transaminases = above(form, "LB.ALT", "LB.ALTULN", THREE) || above(form, "LB.AST", "LB.ASTULN", THREE);
        if (!transaminases || !above(form, "LB.BILI", "LB.BILIULN", TWO)) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of("LB.ALT"), ItemRef.of("LB.AST"), ItemRef.of("LB.BILI")),
                "Transaminases above 3 x ULN with bilirubin above 2 x ULN (potential Hy's law). "
                        + "Please confirm the values and record the hepatic adverse event."));
    }

    private static boolean above(FormData form, String value, String uln, BigDecimal times) {
        Optional<BigDecimal> v = form.items().number(value);
        Optional<BigDecimal> limit = form.items().number(uln);
        return v.isPresent() && limit.isPresent() && v.get().compareTo(limit.get().multiply(times)) > 0;
    }
}
