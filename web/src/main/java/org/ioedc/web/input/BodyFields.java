package org.ioedc.web.input;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ioedc.edc.common.InvalidDataException;

/**
 * Checks every field of a parsed JSON body against the request record it is bound to, before binding, because
 * JSON-B converts what it is given: {@code "7"} into a version, {@code 123} into a reason, {@code 12.5} into
 * 12, a number beyond an {@code int} into a wrapped one. Each field must hold its own JSON type (RFC 8259
 * section 3): text for a String, a whole number within range for an Integer or Long, a finite number for a
 * BigDecimal, true or false for a Boolean; null is always allowed, absence too (the services say what is
 * required). Every string, and every name of a map entry, must also pass {@link WireText}.
 *
 * <p>A field is named as a client wrote it: {@code change.reasonForChange}, {@code assessments[1].date}; an
 * entry of a map (the item values of a form, keyed by ItemOID) by its key alone, as item faults are named.
 */
final class BodyFields {

    /**
     * A number is taken only if a double can hold it (RFC 8259 section 6: beyond that, implementations disagree)
     * and written out it stays short: 1e-999999999 is finite, but as item text it would be a billion digits.
     */
    private static final int MAX_DECIMAL_PLACES = 340;

    private final List<InvalidDataException.Fault> faults = new ArrayList<>();

    private BodyFields() {
    }

    /** 422 naming every field at fault. */
    static void check(JsonValue body, Type type) {
        BodyFields fields = new BodyFields();
        fields.value(body, type, "");
        if (!fields.faults.isEmpty()) {
            throw new InvalidDataException("The request has " + fields.faults.size()
                    + (fields.faults.size() == 1 ? " field" : " fields") + " that cannot be taken, listed in errors", fields.faults);
        }
    }

    private void value(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            expect(value, JsonValue.ValueType.STRING, path, "must be text");
            if (value instanceof JsonString s) {
                text(s.getString(), path);
            }
        } else if (raw == Integer.class || raw == int.class) {
            whole(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (raw == Long.class || raw == long.class) {
            whole(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
            if (expect(value, JsonValue.ValueType.NUMBER, path, "must be a number")) {
                finite((JsonNumber) value, path);
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                fault(path, "must be true or false, got " + kindOf(value));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.ARRAY, path, "must be a list")) {
                Type element = argument(type, 0);
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    value(array.get(i), element, path + "[" + i + "]");
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.OBJECT, path, "must be an object")) {
                Type entry = argument(type, 1);
                value.asJsonObject().forEach((key, v) -> {
                    text(key, key);
                    value(v, entry, key);
                });
            }
        } else if (raw.isRecord()) {
            if (expect(value, JsonValue.ValueType.OBJECT, path, "must be an object")) {
                record(value.asJsonObject(), raw, path);
            }
        } else {
            anything(value, path);
        }
    }

    /** A field typed Object (an item value): any JSON, with its text and numbers checked all the same. */
    private void anything(JsonValue value, String path) {
        switch (value.getValueType()) {
            case STRING -> text(((JsonString) value).getString(), path);
            case NUMBER -> finite((JsonNumber) value, path);
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    anything(array.get(i), path + "[" + i + "]");
                }
            }
            case OBJECT -> value.asJsonObject().forEach((key, v) -> {
                text(key, join(path, key));
                anything(v, join(path, key));
            });
            default -> {
            }
        }
    }

    private void record(JsonObject object, Class<?> type, String path) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field != null) {
                value(field, component.getGenericType(), join(path, component.getName()));
            }
        }
    }

    private void whole(JsonValue value, String path, long min, long max) {
        if (!expect(value, JsonValue.ValueType.NUMBER, path, "must be a whole number")) {
            return;
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (!whole || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            fault(path, "must be a whole number from " + min + " to " + max + ", got " + shortly(number));
        }
    }

    private void finite(JsonNumber value, String path) {
        BigDecimal number = value.bigDecimalValue();
        if (!Double.isFinite(number.doubleValue()) || number.scale() > MAX_DECIMAL_PLACES) {
            fault(path, "must be a finite number of ordinary size, got " + shortly(number));
        }
    }

    private void text(String text, String path) {
        WireText.fault(text).ifPresent(message -> fault(path, message));
    }

    private boolean expect(JsonValue value, JsonValue.ValueType kind, String path, String message) {
        if (value.getValueType() == kind) {
            return true;
        }
        fault(path, message + ", got " + kindOf(value));
        return false;
    }

    private void fault(String path, String message) {
        faults.add(new InvalidDataException.Fault(path.isEmpty() ? "body" : path, message));
    }

    private static String kindOf(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> value.toString();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    /** The number as the client wrote it, unless that is very long. */
    private static String shortly(BigDecimal number) {
        String text = number.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
