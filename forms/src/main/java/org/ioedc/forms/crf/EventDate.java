package org.ioedc.forms.crf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a date of something that has happened: a visit, an assessment or scan, a dose, a birth, the
 * onset of an adverse event, a sample, a consent. Every date item of the shipped ODM forms is such a date (a
 * dose that was not given is recorded once its planned day has come; a taper or therapy end is recorded when
 * it ended), so the rule holds for every item of data type date, and for the dates of a subject outside forms.
 *
 * <p>A date is written {@code YYYY-MM-DD}: the ISO 8601 calendar date in its extended format with a four-digit
 * year (ODM 1.3.2 "date"). ISO 8601 also has expanded years ({@code +10000-01-01}, {@code -0001-01-01}) and
 * year 0000 is 1 BC; none of them is a date a site records, so a date is four digits, a dash, two, a dash, two,
 * and a day of the calendar. It cannot be after today, since it has happened, nor before {@link #EARLIEST}, as
 * no one alive today, nor any record of a trial, is older.
 */
public final class EventDate {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private EventDate() {
    }

    /** The date {@code text} writes, or empty when it is not exactly {@code YYYY-MM-DD} and a day of the calendar. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Why {@code date} cannot be the date of something that has happened by {@code today}, or empty. */
    public static Optional<String> fault(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of("cannot be in the future: " + date + " is after today, " + today);
        }
        if (date.isBefore(EARLIEST)) {
            return Optional.of("cannot be before " + EARLIEST + ", got " + date);
        }
        return Optional.empty();
    }
}
