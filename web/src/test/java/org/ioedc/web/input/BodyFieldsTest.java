package org.ioedc.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ioedc.edc.common.InvalidDataException;
import org.junit.jupiter.api.Test;

class BodyFieldsTest {

    record Change(Object value, Long version, String reasonForChange) {
    }

    record Answer(String text, Change change) {
    }

    record Visit(String name, Integer targetDay, List<String> forms) {
    }

    record Lab(BigDecimal value, Boolean flag) {
    }

    record Save(Map<String, Object> items) {
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** The faults as "field: message". */
    private static List<String> faults(String body, Class<?> type) {
        var e = assertThrows(InvalidDataException.class, () -> BodyFields.check(json(body), type));
        return e.faults().stream().map(f -> f.item() + ": " + f.message()).toList();
    }

    @Test
    void theRightJsonTypesPass() {
        BodyFields.check(json("{\"text\":\"ok\",\"change\":{\"value\":12.5,\"version\":3,\"reasonForChange\":null}}"), Answer.class);
        BodyFields.check(json("{\"name\":\"C2D1\",\"targetDay\":-2147483648,\"forms\":[\"F.VS\"],\"unknown\":[1]}"), Visit.class);
        BodyFields.check(json("{\"text\":\"Line\\nnext\\tcolumn\"}"), Answer.class);
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsNamedWithItsPath() {
        assertEquals(List.of("change.version: must be a whole number, got text",
                        "change.reasonForChange: must be text, got a number"),
                faults("{\"change\":{\"version\":\"7\",\"reasonForChange\":123}}", Answer.class));
        assertEquals(List.of("forms[1]: must be text, got an object", "name: must be text, got a list"),
                faults("{\"forms\":[\"F.VS\",{}],\"name\":[]}", Visit.class).stream().sorted().toList());
        assertEquals(List.of("flag: must be true or false, got text"), faults("{\"flag\":\"true\"}", Lab.class));
        assertEquals(List.of("body: must be an object, got a list"), faults("[]", Answer.class));
    }

    @Test
    void wholeNumbersAreWholeAndWithinTheirType() {
        assertEquals(List.of("targetDay: must be a whole number from -2147483648 to 2147483647, got -2147483649"),
                faults("{\"targetDay\":-2147483649}", Visit.class));
        assertEquals(List.of("targetDay: must be a whole number from -2147483648 to 2147483647, got 8.5"),
                faults("{\"targetDay\":8.5}", Visit.class));
        assertEquals(List.of("change.version: must be a whole number from -9223372036854775808 to 9223372036854775807, got 1E+19"),
                faults("{\"change\":{\"version\":1e19}}", Answer.class));
        BodyFields.check(json("{\"targetDay\":8.0}"), Visit.class);
    }

    @Test
    void numbersMustBeFiniteDoublesOfOrdinarySize() {
        assertEquals(List.of("value: must be a finite number of ordinary size, got 1E+309"), faults("{\"value\":1e309}", Lab.class));
        assertEquals(List.of("VS.TEMP: must be a finite number of ordinary size, got 1E-999999999"),
                faults("{\"items\":{\"VS.TEMP\":1e-999999999}}", Save.class));
    }

    @Test
    void textWithAControlCharacterOrALoneSurrogateIsNamed() {
        assertEquals(List.of("text: must not contain the control character U+0000 (at position 2)"),
                faults("{\"text\":\"a\\u0000b\"}", Answer.class));
        assertEquals(List.of("VS.SYSBP: must not contain the unpaired surrogate U+D800 (at position 3): it is not a character"),
                faults("{\"items\":{\"VS.SYSBP\":\"12\\ud800\"}}", Save.class));
        assertEquals(List.of("change.value: must not contain the control character U+001B (at position 1)"),
                faults("{\"change\":{\"value\":\"\\u001b[31m\"}}", Answer.class));
        BodyFields.check(json("{\"text\":\"\\ud83d\\ude00 emoji\"}"), Answer.class);
    }
}
