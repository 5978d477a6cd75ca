package org.ioedc.edc.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Today at a site is the calendar date of its time zone, not the server's. */
class SiteTest {

    private final Study study = new Study("S", "Study", Set.of(), 28);
    /** 2026-03-10 at 20:00 UTC: already the 11th at UTC+14, still the 10th at UTC-11. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void todayFollowsTheSiteTimeZone() {
        assertEquals(LocalDate.of(2026, 3, 11), new Site(study, "E", "East", ZoneId.of("Pacific/Kiritimati")).today(clock));
        assertEquals(LocalDate.of(2026, 3, 10), new Site(study, "W", "West", ZoneId.of("Pacific/Pago_Pago")).today(clock));
        assertEquals(LocalDate.of(2026, 3, 10), new Site(study, "U", "UTC", ZoneOffset.UTC).today(clock));
    }
}
