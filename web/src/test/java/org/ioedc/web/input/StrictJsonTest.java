package org.ioedc.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneDocumentIsRead() {
        assertEquals("{\"a\":[1,\"é\"]}", StrictJson.parse(utf8(" {\"a\": [1, \"é\"]} \n")).toString());
        assertNull(StrictJson.parse(utf8("  ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} x", "{\"a\":1}{\"a\":2}", "{\"a\":1,\"a\":2}", "{\"a\":", "[1,]"})
    void anythingButOneWellFormedDocumentIsMalformed(String body) {
        assertThrows(MalformedBodyException.class, () -> StrictJson.parse(utf8(body)));
    }

    @Test
    void nestingIsLimited() {
        String ok = "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1);
        assertEquals(ok, StrictJson.parse(utf8(ok)).toString());
        String deep = "[".repeat(1000) + "]".repeat(1000);
        var e = assertThrows(MalformedBodyException.class, () -> StrictJson.parse(utf8(deep)));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() {
        byte[] latin1 = "{\"a\":\"café\"}".getBytes(StandardCharsets.ISO_8859_1);
        var e = assertThrows(MalformedBodyException.class, () -> StrictJson.parse(latin1));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
