package org.ioedc.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ioedc.edc.common.BadRequestException;
import org.ioedc.edc.common.InvalidDataException;

/** Small checks the boundary does while translating a request. */
final class Requests {

    private Requests() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new BadRequestException("The request needs a JSON body");
        }
        return body;
    }

    /** An ISO 8601 date, or 422 naming the field. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidDataException.of(field, "must be a date as YYYY-MM-DD, got '" + text + "'");
        }
    }
}
