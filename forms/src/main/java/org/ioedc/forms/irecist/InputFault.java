package org.ioedc.forms.irecist;

import java.util.Objects;

/**
 * One fault in the evaluation input: the JSON path of the value at fault (e.g.
 * {@code assessments[1].targetLesions[0].diameterMm}) and a message a data manager understands. The endpoint
 * returns every fault in a 422 problem+json body (spec section 3).
 */
public record InputFault(String field, String message) {
    public InputFault {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
