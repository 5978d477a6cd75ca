package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A subject's clinical timeline: its facts in date order, within site scope. */
@ExtendWith(Suite.class)
class TimelineIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private final Api coordinator1 = Suite.as("coordinator1");

    private static String ae(String verbatim, String start, String end) {
        var items = Json.createObjectBuilder().add("AE.TERM", verbatim).add("AE.MEDDRA", "10001551")
                .add("AE.GRADE", "2").add("AE.STDAT", start).add("AE.SER", "false").add("AE.REL", "PROBABLE")
                .add("AE.ACN", "HELD").add("AE.IRAE", "true").add("AE.IRCAT", "HEPATIC").add("AE.CS", "true")
                .add("AE.CSAGENT", "Prednisolone").add("AE.CSDOSE", "1");
        if (end == null) {
            items.add("AE.ONGO", "true").add("AE.OUT", "RECOVERING");
        } else {
            items.add("AE.ENDAT", end).add("AE.OUT", "RECOVERED");
        }
        return Json.createObjectBuilder().add("items", items).add("status", "COMPLETE").build().toString();
    }

    @Test
    void adverseEventsAreInDateOrderAndVisitFormsAreNotPartOfTheCourse() {
        String subject = DeviationIT.newSubject(coordinator1, "SITE-01");
        String log = STUDY + "/subjects/" + subject + "/logs/F.AE";
        assertEquals(201, coordinator1.post(log, ae("Hepatitis", "2025-10-12", "2025-10-30")).status());
        assertEquals(201, coordinator1.post(log, ae("Hepatitis, earlier episode", "2025-09-28", null)).status());
        DeviationIT.saveVitals(coordinator1, subject, DeviationIT.INSIDE, null);

        var r = Suite.as("monitor1").get(STUDY + "/subjects/" + subject + "/timeline");
        assertEquals(200, r.status(), r.toString());
        List<JsonObject> entries = r.array().stream().map(v -> (JsonObject) v).toList();
        assertEquals(2, entries.size(), r.toString());
        assertEquals(List.of("2025-09-28", "2025-10-12"), entries.stream().map(e -> e.getString("date")).toList());
        assertEquals("ADVERSE_EVENT", entries.get(0).getString("category"));
        assertEquals("F.AE#2", entries.get(0).getString("instanceKey"));
        assertTrue(!entries.get(0).containsKey("endDate") || entries.get(0).isNull("endDate"), "an ongoing event has no end");
        assertEquals("2025-10-30", entries.get(1).getString("endDate"));
        assertEquals("Hepatitis", entries.get(1).getJsonObject("values").getString("AE.TERM"));
    }

    @Test
    void anotherSitesSubjectIsNotFound() {
        var r = Suite.as("coordinator2").get(STUDY + "/subjects/IO-01-001/timeline");
        assertEquals(404, r.status(), r.toString());
    }

    @Test
    void assessmentsCarryTheirResponsesBetweenTheDoses() {
        String subject = DeviationIT.confirmedProgression(coordinator1);
        String doses = STUDY + "/subjects/" + subject + "/logs/F.EX";
        assertEquals(201, coordinator1.post(doses, DeviationIT.dose("2025-09-15")).status());
        assertEquals(201, coordinator1.post(doses, DeviationIT.dose("2025-12-16")).status());

        var r = coordinator1.get(STUDY + "/subjects/" + subject + "/timeline");
        assertEquals(200, r.status(), r.toString());
        List<JsonObject> entries = r.array().stream().map(v -> (JsonObject) v).toList();
        assertEquals(List.of("ASSESSMENT@2025-09-10", "DOSE@2025-09-15", "ASSESSMENT@2025-11-10", "ASSESSMENT@2025-12-15",
                        "DOSE@2025-12-16"),
                entries.stream().map(e -> e.getString("category") + "@" + e.getString("date")).toList());
        assertEquals("iUPD", entries.get(2).getString("response"));
        assertEquals("iCPD", entries.get(3).getString("response"));
        assertEquals("68", entries.get(3).getJsonObject("values").getString("TUD.TLSUM"));
    }
}
