package org.ioedc.forms.crf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The ODM 1.3.2 data types the product supports (ODM specification, section "Data Formats"), each able
 * to say in plain words why a value is not of its type.
 */
public enum DataType {
    TEXT("text"),
    STRING("string"),
    INTEGER("integer"),
    FLOAT("float"),
    DATE("date"),
    BOOLEAN("boolean");

    private static final int MAX_DECIMAL_PLACES = 340;

    private final String odmName;

    DataType(String odmName) {
        this.odmName = odmName;
    }

    public String odmName() {
        return odmName;
    }

    public static DataType fromOdm(String name) {
        return Arrays.stream(values()).filter(t -> t.odmName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unsupported ODM DataType: " + name));
    }

    /** Empty when {@code value} is of this type, otherwise the reason it is not. */
    public Optional<String> typeError(String value) {
        switch (this) {
            case INTEGER:
                try {
                    new BigInteger(value);
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.of("must be a whole number, got '" + value + "'");
                }
            case FLOAT:
                try {
                    BigDecimal number = new BigDecimal(value);
                    // What a double cannot hold, every reader of the data (exports, checks) would read differently.
                    return Double.isFinite(number.doubleValue()) && number.scale() <= MAX_DECIMAL_PLACES
                            ? Optional.empty()
                            : Optional.of("must be a number of ordinary size, got '" + value + "'");
                } catch (NumberFormatException e) {
                    return Optional.of("must be a number (use '.' for decimals), got '" + value + "'");
                }
            case DATE:
                return EventDate.parse(value).isPresent()
                        ? Optional.empty()
                        : Optional.of("must be a date as YYYY-MM-DD, got '" + value + "'");
            case BOOLEAN:
                return value.equals("true") || value.equals("false")
                        ? Optional.empty()
                        : Optional.of("must be true or false, got '" + value + "'");
            default:
                return Optional.empty();
        }
    }

    public boolean isNumeric() {
        return this == INTEGER || this == FLOAT;
    }
}
