package org.ioedc.web.input;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Parses a request body as exactly one JSON text (RFC 8259 section 2), or refuses it with 400 saying why:
 * bytes that are not UTF-8 (section 8.1: JSON between systems is UTF-8; a decoder that replaces them would
 * store something the client never sent), nesting deeper than any request of this API needs (a deep body
 * costs stack in the binder), a name used twice in one object (section 4: the meaning is then undefined),
 * and anything after the first value, such as a second document.
 */
final class StrictJson {

    /**
     * Parsson refuses a body that reaches this depth, so 31 levels of arrays and objects are read. The deepest
     * request of the API, an iRECIST evaluation, nests 5: a limit well above, far below harm.
     */
    static final int MAX_DEPTH = 32;

    /** Parsson's own limits (org.eclipse.parsson.api.JsonConfig), set here rather than by system property. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH,
            "org.eclipse.parsson.rejectDuplicateKeys", true));

    private StrictJson() {
    }

    /** The one JSON value of {@code body}, or null when the body is empty or blank. */
    static JsonValue parse(byte[] body) {
        String text = utf8(body);
        if (text.isBlank()) {
            return null;
        }
        JsonValue value;
        boolean more;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            more = parser.hasNext();
        } catch (JsonException e) {
            // Parsson's messages say where and what (token, line, column), never how it is built.
            throw malformed(e.getMessage() == null ? "it is not JSON" : "it is not JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Parsson reports its own limits as plain runtime exceptions: "Input is too deeply nested 32",
            // "Duplicate key 'oid' is not allowed".
            throw malformed(e.getMessage() == null ? "it is not JSON" : e.getMessage());
        }
        if (more) {
            throw malformed("there is more after the JSON value (a request holds one JSON document)");
        }
        return value;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("it is not UTF-8 text (RFC 8259 section 8.1)");
        }
    }

    private static MalformedBodyException malformed(String why) {
        return new MalformedBodyException("The request body cannot be read: " + why);
    }
}
