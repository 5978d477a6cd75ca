package org.ioedc.forms.irecist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;

/** Assertions for exact decimal values. */
final class Checks {
    private Checks() {
    }

    /** Same numeric value (scale ignored), not null. */
    static void assertMm(String expected, BigDecimal actual) {
        assertNotNull(actual, "expected " + expected + " mm");
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    /** Same value and scale: percentages are rounded to exactly one decimal. */
    static void assertPct(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }
}
