package org.ioedc.edc.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.common.LockState;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.subject.Subject;
import org.junit.jupiter.api.Test;

/** Writing derived values into a form instance: only changes are written, with origin DERIVED, never into locked data, also into frozen forms. */
class DerivedValuesTest {

    private static final Instant T0 = Instant.parse("2026-11-10T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-12T09:30:00Z");
    private static final ValueKey DIAMETER = new ValueKey("IG.TLFU", "T1", "TL.DIAM");
    private static final ValueKey RESPONSE = new ValueKey("IG.TUFUD", "", "TUD.RESP");
    private static final ValueKey SUM = new ValueKey("IG.TUFUD", "", "TUD.TLSUM");

    private static FormInstance followUp() {
        Subject subject = new Subject(new Site(new Study("S", "Study", Set.of(), 28), "SITE-01", "Site", java.time.ZoneOffset.UTC), "001", null,
                LocalDate.of(2026, 9, 1), null, T0, "coordinator1");
        FormInstance form = FormInstance.inLog(subject, "F.TUFU", 1, T0, "coordinator1");
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
    void aFrozenFormRefusesTheSiteButFollowsItsDerivations() {
        FormInstance form = followUp();
        form.changeLock(LockState.FROZEN, "datamanager1", T0);

        assertEquals(List.of(new ItemChange(RESPONSE, "iUPD", "iSD"), new ItemChange(SUM, "62", "52")),
                form.replaceDerivedValues(derived("iSD", "52"), T1, "coordinator2"));
        assertEquals("iSD", form.currentValues().get(RESPONSE));
        assertThrows(ConflictException.class,
                () -> form.replaceValues(Map.of(DIAMETER, "40"), ValueOrigin.SITE, null, T1, "coordinator2"));
    }

    @Test
    void aLockedFormRefusesAChangeButNotARecomputationThatChangesNothing() {
        FormInstance form = followUp();
        form.changeLock(LockState.LOCKED, "datamanager1", T0);

        assertEquals(List.of(), form.replaceDerivedValues(derived("iUPD", "62"), T1, "coordinator2"));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> form.replaceDerivedValues(derived("iSD", "52"), T1, "coordinator2"));
        assertEquals("Form F.TUFU #1 of subject 001 is locked (form F.TUFU #1 locked by datamanager1 at " + T0
                + ") and accepts neither data changes nor query answers", refused.getMessage());
        assertEquals("iUPD", form.currentValues().get(RESPONSE));
    }
}
