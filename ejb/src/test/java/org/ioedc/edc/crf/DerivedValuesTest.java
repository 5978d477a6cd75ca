package org.ioedc.edc.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.edc.common.ConflictException;
import org.junit.jupiter.api.Test;

/** Writing derived values into a form instance: only changes are written, with origin DERIVED, never into frozen data. */
class DerivedValuesTest {

    private static final Instant T0 = Instant.parse("2026-11-10T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-12T09:30:00Z");
    private static final ValueKey DIAMETER = new ValueKey("IG.TLFU", "T1", "TL.DIAM");
    private static final ValueKey RESPONSE = new ValueKey("IG.TUFUD", "", "TUD.RESP");
    private static final ValueKey SUM = new ValueKey("IG.TUFUD", "", "TUD.TLSUM");

    private static FormInstance followUp() {
        FormInstance form = FormInstance.inLog(null, "F.TUFU", 1, T0, "coordinator1");
        form.replaceValues(Map.of(DIAMETER, "44"), ValueOrigin.SITE, null, T0, "coordinator1");
        form.replaceDerivedValues(Map.of(RESPONSE, "iUPD", SUM, "62"), T0, "coordinator1");
        return form;
    }

    private static Map<ValueKey, String> derived(String response, String sum) {
        Map<ValueKey, String> values = new HashMap<>();
        values.put(RESPONSE, response);
        values.put(SUM, sum);
        return values;
    }

    @Test
    void changedValuesAreWrittenAsDerivedAndSiteValuesKept() {
        FormInstance form = followUp();

        List<ItemChange> changes = form.replaceDerivedValues(derived("iSD", null), T1, "coordinator2");

        assertEquals(List.of(new ItemChange(RESPONSE, "iUPD", "iSD"), new ItemChange(SUM, "62", null)), changes);
        ItemValue response = form.itemValues().stream().filter(v -> v.itemOid().equals("TUD.RESP")).findFirst().orElseThrow();
        assertEquals(ValueOrigin.DERIVED, response.origin());
        assertEquals("coordinator2", response.changedBy());
        ItemValue diameter = form.itemValues().stream().filter(v -> v.itemOid().equals("TL.DIAM")).findFirst().orElseThrow();
        assertEquals("44", diameter.value());
        assertEquals(ValueOrigin.SITE, diameter.origin());
        assertEquals(T1, form.updatedAt());
    }

    @Test
    void unchangedValuesWriteNothing() {
        FormInstance form = followUp();

        assertEquals(List.of(), form.replaceDerivedValues(derived("iUPD", "62"), T1, "coordinator2"));
        assertEquals(T0, form.updatedAt());
        assertEquals("coordinator1", form.updatedBy());
    }

    @Test
    void aFrozenFormRefusesAChangeButNotARecomputationThatChangesNothing() throws Exception {
        FormInstance form = followUp();
        // Freezing belongs to the data managers' service; the status is set directly here.
        var status = FormInstance.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(form, FormStatus.FROZEN);

        assertEquals(List.of(), form.replaceDerivedValues(derived("iUPD", "62"), T1, "coordinator2"));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> form.replaceDerivedValues(derived("iSD", "52"), T1, "coordinator2"));
        assertEquals("Form F.TUFU is frozen and accepts no data changes", refused.getMessage());
        assertEquals("iUPD", form.currentValues().get(RESPONSE));
    }
}
