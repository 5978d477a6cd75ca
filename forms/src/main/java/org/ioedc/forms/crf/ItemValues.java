package org.ioedc.forms.crf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Item values keyed by ItemOID, in the ODM canonical string form (ISO 8601 dates, '.' as decimal
 * separator). A blank value is the same as an absent one: the item was not entered.
 */
public final class ItemValues {
    private final Map<String, String> values;

    public ItemValues(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((oid, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(oid, value.strip());
            }
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    public static ItemValues empty() {
        return new ItemValues(Map.of());
    }

    public Map<String, String> asMap() {
        return values;
    }

    public Optional<String> text(String itemOid) {
        return Optional.ofNullable(values.get(itemOid));
    }

    public boolean has(String itemOid) {
        return values.containsKey(itemOid);
    }

    /** The value as a date, empty when absent or not an ISO date (validation reports the latter). */
    public Optional<LocalDate> date(String itemOid) {
        return text(itemOid).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The value as a number, empty when absent or not numeric (validation reports the latter). */
    public Optional<BigDecimal> number(String itemOid) {
        return text(itemOid).flatMap(v -> {
            try {
                return Optional.of(new BigDecimal(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
