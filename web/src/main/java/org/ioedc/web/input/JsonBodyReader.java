package org.ioedc.web.input;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The one reading point of every JSON request body of the API: it reads at most {@link BodySize#LIMIT} bytes
 * (413 beyond), parses them strictly ({@link StrictJson}, 400), checks each field's JSON type and text
 * ({@link BodyFields}, 422 naming the field) and only then binds the request record with JSON-B. The container's
 * own JSON-B reader matches the same types and media type with the default priority ({@link Priorities#USER});
 * JAX-RS orders equally matching readers by their {@code @Priority}, so this one is chosen, always (without it
 * the choice varied from one start to the next).
 */
@Provider
@Priority(Priorities.USER - 100)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !JsonValue.class.isAssignableFrom(type) && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new NotSupportedException("JSON is exchanged as UTF-8 (RFC 8259 section 8.1), not " + charset);
        }
        JsonValue json = StrictJson.parse(BodySize.read(headers, body));
        if (json == null) {
            return null;
        }
        BodyFields.check(json, genericType);
        return JSONB.fromJson(json.toString(), genericType);
    }
}
