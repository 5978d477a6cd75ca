package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Today" is the site's: a date of something that happened may be today at the site, never later. Kiritimati
 * (UTC+14) and Pago Pago (UTC-11) are 25 hours apart, so today at Kiritimati is always a future day at Pago Pago,
 * whatever the hour the test runs.
 */
@ExtendWith(Suite.class)
class SiteTimeZoneIT {

    private static final String STUDY = "/api/v1/studies/IT-TZ";

    @Test
    void aDateIsJudgedByTheTimeZoneOfItsSite() {
        Api admin = Suite.as("admin");
        assertEquals(201, admin.post("/api/v1/studies", Api.json("oid", "IT-TZ", "name", "Time zones")).status());
        var east = admin.post(STUDY + "/sites", Api.json("oid", "EAST", "name", "Line Islands", "timeZone", "Pacific/Kiritimati"));
        assertEquals(201, east.status(), east.toString());
        assertEquals("Pacific/Kiritimati", east.json().getString("timeZone"));
        assertEquals(201, admin.post(STUDY + "/sites", Api.json("oid", "WEST", "name", "American Samoa",
                "timeZone", "Pacific/Pago_Pago")).status());
        var utc = admin.post(STUDY + "/sites", Api.json("oid", "PLAIN", "name", "No zone given"));
        assertEquals("UTC", utc.json().getString("timeZone"), "a site without a zone keeps UTC");

        var wrong = admin.post(STUDY + "/sites", Api.json("oid", "MARS", "name", "Nowhere", "timeZone", "Mars/Olympus_Mons"));
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("timeZone", wrong.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        assertEquals(0, admin.get(STUDY + "/sites").array().stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("oid").equals("MARS")).count(), "nothing saved of the refused site");

        var user = admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "it.tz").add("password", "a-long-password")
                .add("role", "COORDINATOR").add("sites", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("studyOid", "IT-TZ").add("siteOid", "EAST"))
                        .add(Json.createObjectBuilder().add("studyOid", "IT-TZ").add("siteOid", "WEST"))).build().toString());
        assertEquals(201, user.status(), user.toString());
        Api coordinator = new Api(Suite.server().base(), "it.tz", "a-long-password");

        String todayEast = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString();
        var atEast = coordinator.post(STUDY + "/subjects", Api.json("subjectId", "E-1", "siteOid", "EAST",
                "informedConsentDate", todayEast));
        assertEquals(201, atEast.status(), "today at the site is not in the future: " + atEast);

        var atWest = coordinator.post(STUDY + "/subjects", Api.json("subjectId", "W-1", "siteOid", "WEST",
                "informedConsentDate", todayEast));
        assertEquals(422, atWest.status(), "the same day is tomorrow at Pago Pago: " + atWest);
        assertEquals("informedConsentDate", atWest.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        assertEquals(404, coordinator.get(STUDY + "/subjects/W-1").status(), "nothing saved");
    }
}
