package org.ioedc.forms.irecist;

import static org.ioedc.forms.irecist.ImagingMethod.CALIPER;
import static org.ioedc.forms.irecist.ImagingMethod.CT;
import static org.ioedc.forms.irecist.ImagingMethod.MRI;
import static org.ioedc.forms.irecist.ImagingMethod.OTHER;
import static org.ioedc.forms.irecist.ImagingMethod.XRAY;
import static org.ioedc.forms.irecist.Measurability.MEASURABLE;
import static org.ioedc.forms.irecist.Measurability.METHOD_NOT_SUITABLE;
import static org.ioedc.forms.irecist.Measurability.NORMAL_NODE;
import static org.ioedc.forms.irecist.Measurability.PATHOLOGICAL_NODE_NON_MEASURABLE;
import static org.ioedc.forms.irecist.Measurability.TOO_SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Baseline measurability (spec section 1; RECIST 1.1 section 3). */
class MeasurabilityRulesTest {

    private static Measurability nonNodal(String mm, ImagingMethod m) {
        return MeasurabilityRules.assess(false, new BigDecimal(mm), m);
    }

    private static Measurability node(String mm) {
        return MeasurabilityRules.assess(true, new BigDecimal(mm), CT);
    }

    @Test
    void nonNodalByCtMriAndCaliperFrom10Mm() {
        for (ImagingMethod m : new ImagingMethod[] {CT, MRI, CALIPER}) {
            assertEquals(MEASURABLE, nonNodal("10", m), m.name());
            assertEquals(TOO_SMALL, nonNodal("9.9", m), m.name());
        }
    }

    @Test
    void nonNodalByChestXrayFrom20Mm() {
        assertEquals(MEASURABLE, nonNodal("20", XRAY));
        assertEquals(TOO_SMALL, nonNodal("19.9", XRAY));
    }

    @Test
    void thickSlicesNeedTwiceTheSliceThickness() {
        assertEquals(MEASURABLE, MeasurabilityRules.assess(false, new BigDecimal("10"), CT, new BigDecimal("5")));
        assertEquals(TOO_SMALL, MeasurabilityRules.assess(false, new BigDecimal("13.9"), CT, new BigDecimal("7")));
        assertEquals(MEASURABLE, MeasurabilityRules.assess(false, new BigDecimal("14"), CT, new BigDecimal("7")));
    }

    @Test
    void nodesByShortAxis() {
        assertEquals(MEASURABLE, node("15"));
        assertEquals(PATHOLOGICAL_NODE_NON_MEASURABLE, node("14.9"));
        assertEquals(PATHOLOGICAL_NODE_NON_MEASURABLE, node("10"));
        assertEquals(NORMAL_NODE, node("9.9"));
    }

    @Test
    void otherMethodsAreNotSuitableAndNegativeSizesAreRefused() {
        assertEquals(METHOD_NOT_SUITABLE, nonNodal("50", OTHER));
        assertThrows(IllegalArgumentException.class, () -> nonNodal("-1", CT));
    }
}
