package org.ioedc.forms.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ioedc.forms.module.TrialModules;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final FormMetadata META = TrialModules.discover().metadataFor(Set.of());
    private final FormValidator validator = new FormValidator(META, TODAY);

    private static FormData vs(Map<String, String> items) {
        return new FormData("F.VS", "SCREENING", "F.VS@SCREENING", null, new ItemValues(items), List.of());
    }

    private static Map<String, String> validVitals() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("VS.VSDAT", "2024-01-10");
        m.put("VS.SYSBP", "120");
        m.put("VS.DIABP", "80");
        m.put("VS.TEMP", "36.8");
        m.put("VS.ECOG", "1");
        return m;
    }

    @Test
    void coreMetadataIsReadFromOdm() {
        ItemDef ecog = META.item("VS.ECOG").orElseThrow();
        assertEquals(DataType.INTEGER, ecog.dataType());
        assertEquals(6, META.codeList("CL.ECOG").orElseThrow().decodes().size());
        assertEquals(31, META.group("IG.LB").orElseThrow().items().size());
        assertEquals("MU.MMHG", META.item("VS.SYSBP").orElseThrow().unit());
    }

    @Test
    void validCompleteFormHasNoErrors() {
        var result = validator.validate(vs(validVitals()), true);
        assertTrue(result.valid(), result.errors().toString());
        assertTrue(result.warnings().isEmpty());
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        Map<String, String> m = validVitals();
        m.put("VS.SYSBP", "12O");          // letter O: not an integer
        m.put("VS.TEMP", "50");            // above the hard range 45
        m.put("VS.ECOG", "6");             // not in the ECOG code list
        m.put("VS.VSDAT", "10/01/2024");   // not ISO 8601
        m.put("VS.UNKNOWN", "1");
        var errors = validator.validate(vs(m), false).errors();
        assertEquals(Set.of("VS.SYSBP", "VS.TEMP", "VS.ECOG", "VS.VSDAT", "VS.UNKNOWN"),
                Set.copyOf(errors.stream().map(e -> e.item().itemOid()).toList()));
        assertTrue(errors.stream().anyMatch(e -> e.message().equals("Temperature must be at most 45 C")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.message().contains("must be a date as YYYY-MM-DD")));
    }

    @Test
    void mandatoryItemsAreRequiredOnlyWhenComplete() {
        Map<String, String> m = validVitals();
        m.remove("VS.ECOG");
        assertTrue(validator.validate(vs(m), false).valid());
        var errors = validator.validate(vs(m), true).errors();
        assertEquals(1, errors.size());
        assertEquals("VS.ECOG", errors.get(0).item().itemOid());
        assertEquals("is required to save the form complete", errors.get(0).message());
    }

    @Test
    void softRangeGivesWarningNotError() {
        Map<String, String> m = validVitals();
        m.put("VS.SYSBP", "85");
        var result = validator.validate(vs(m), true);
        assertTrue(result.valid());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).message().startsWith("Systolic blood pressure is below 90 mmHg"));
    }

    @Test
    void boundaryValuesOfHardRangeAreAccepted() {
        Map<String, String> m = validVitals();
        m.put("VS.TEMP", "45");
        m.put("VS.SYSBP", "300");
        m.put("VS.DIABP", "20");
        assertTrue(validator.validate(vs(m), true).valid());
    }

    @Test
    void unknownFormIsRefused() {
        var result = validator.validate(new FormData("F.NOPE", null, "x", null, ItemValues.empty(), List.of()), false);
        assertEquals("F.NOPE", result.errors().get(0).item().itemOid());
    }

    @Test
    void blankValuesCountAsNotEntered() {
        Map<String, String> m = validVitals();
        m.put("VS.ECOG", "  ");
        var errors = validator.validate(vs(m), true).errors();
        assertEquals("VS.ECOG", errors.get(0).item().itemOid());
    }

    @Test
    void aDateItemCannotBeInTheFutureNorBefore1900() {
        Map<String, String> m = validVitals();
        m.put("VS.VSDAT", "2026-12-02");
        var errors = validator.validate(vs(m), false).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("VS.VSDAT", errors.get(0).item().itemOid());
        assertEquals("Assessment date cannot be in the future: 2026-12-02 is after today, 2026-12-01", errors.get(0).message());

        m.put("VS.VSDAT", "1899-12-31");
        assertEquals("Assessment date cannot be before 1900-01-01, got 1899-12-31",
                validator.validate(vs(m), false).errors().get(0).message());

        m.put("VS.VSDAT", TODAY.toString());
        assertTrue(validator.validate(vs(m), false).valid());
    }

    @Test
    void aValueIsNeverLongerThanTheStoreKeeps() {
        Map<String, String> m = validVitals();
        m.put("VS.SYSBP", "1".repeat(FormValidator.MAX_VALUE_LENGTH + 1));
        var errors = validator.validate(vs(m), false).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Systolic blood pressure is longer than 4000 characters", errors.get(0).message());
    }

    @Test
    void aFloatADoubleCannotHoldIsRefused() {
        assertTrue(DataType.FLOAT.typeError("1e309").isPresent());
        assertTrue(DataType.FLOAT.typeError("1e-999999999").isPresent());
        assertTrue(DataType.FLOAT.typeError("36.8").isEmpty());
    }
}
