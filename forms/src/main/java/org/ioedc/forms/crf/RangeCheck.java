package org.ioedc.forms.crf;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ODM RangeCheck on a numeric item. A hard check refuses the value; a soft one accepts it and
 * raises a finding (a query) with its message.
 */
public record RangeCheck(Comparator comparator, List<BigDecimal> checkValues, boolean hard, String message) {

    /** ODM comparators for numeric values (ODM 1.3.2, element RangeCheck). */
    public enum Comparator { LT, LE, GT, GE, EQ, NE, IN, NOTIN }

    public RangeCheck {
        checkValues = List.copyOf(checkValues);
    }

    public boolean passes(BigDecimal value) {
        BigDecimal first = checkValues.get(0);
        return switch (comparator) {
            case LT -> value.compareTo(first) < 0;
            case LE -> value.compareTo(first) <= 0;
            case GT -> value.compareTo(first) > 0;
            case GE -> value.compareTo(first) >= 0;
            case EQ -> value.compareTo(first) == 0;
            case NE -> value.compareTo(first) != 0;
            case IN -> checkValues.stream().anyMatch(v -> v.compareTo(value) == 0);
            case NOTIN -> checkValues.stream().noneMatch(v -> v.compareTo(value) == 0);
        };
    }
}
