package org.ioedc.forms.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EventDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-01-01", "10000-01-01", "2026-2-03", "2026-02-30", "2026-13-01",
            "20261201", "2026-12-01T00:00", " 2026-12-01", "2026-12-01Z", "２０２６-12-01", ""})
    void onlyYyyyMmDdOfTheCalendarIsADate(String text) {
        assertEquals(Optional.empty(), EventDate.parse(text));
    }

    @Test
    void aCalendarDateIsParsed() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), EventDate.parse("2024-02-29"));
    }

    @Test
    void todayAndThe1900sAreDatesOfThingsThatHappened() {
        assertTrue(EventDate.fault(TODAY, TODAY).isEmpty());
        assertTrue(EventDate.fault(LocalDate.of(1900, 1, 1), TODAY).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02", "2999-01-01", "9999-12-31"})
    void aDateAfterTodayHasNotHappened(String date) {
        assertEquals(Optional.of("cannot be in the future: " + date + " is after today, 2026-12-01"),
                EventDate.fault(LocalDate.parse(date), TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "0001-01-01", "0000-01-01"})
    void aDateBefore1900IsRefused(String date) {
        assertEquals(Optional.of("cannot be before 1900-01-01, got " + date), EventDate.fault(LocalDate.parse(date), TODAY));
    }
}
