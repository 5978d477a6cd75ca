package org.ioedc.web.api;

import java.time.LocalDate;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.forms.crf.EventDate;
import org.ioedc.web.input.MalformedBodyException;

/** Small checks the boundary does while translating a request. */
final class Requests {

    private Requests() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new MalformedBodyException("The request needs a JSON body");
        }
        return body;
    }

    /** A date as {@code YYYY-MM-DD} ({@link EventDate#parse}), or 422 naming the field. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return EventDate.parse(text.strip()).orElseThrow(() ->
                InvalidDataException.of(field, "must be a date as YYYY-MM-DD, got '" + text + "'"));
    }
}
