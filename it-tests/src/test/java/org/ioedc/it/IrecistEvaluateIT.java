package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/irecist/evaluate}, the contract of spec irecist.md section 3. */
@ExtendWith(Suite.class)
class IrecistEvaluateIT {

    private static final String EVALUATE = "/api/v1/irecist/evaluate";

    /** The request of spec irecist.md section 3, verbatim. */
    private static final String SPEC_EXAMPLE = """
            {
              "firstDoseDate": "2024-01-15",
              "assessments": [
                {
                  "date": "2024-01-10",
                  "targetLesions": [
                    {"id": "T1", "organ": "LIVER", "nodal": false, "diameterMm": 32.0},
                    {"id": "T2", "organ": "LYMPH_NODE", "nodal": true, "diameterMm": 18.0}
                  ],
                  "nonTargetLesions": [{"id": "N1", "organ": "LUNG", "status": "PRESENT"}],
                  "newLesions": []
                },
                {
                  "date": "2024-03-06",
                  "targetLesions": [
                    {"id": "T1", "organ": "LIVER", "nodal": false, "diameterMm": 36.0},
                    {"id": "T2", "organ": "LYMPH_NODE", "nodal": true, "diameterMm": 18.0}
                  ],
                  "nonTargetLesions": [{"id": "N1", "organ": "LUNG", "status": "PRESENT"}],
                  "newLesions": [
                    {"id": "NL1", "organ": "LIVER", "nodal": false, "target": true, "diameterMm": 12.0},
                    {"id": "NL2", "organ": "BONE", "target": false, "status": "PRESENT"}
                  ]
                }
              ]
            }
            """;

    @Test
    void theSpecExampleGivesTheSpecResponse() {
        var r = Suite.as("coordinator1").post(EVALUATE, SPEC_EXAMPLE);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject body = r.json();
        var timepoints = body.getJsonArray("timepoints");
        assertEquals(2, timepoints.size());

        JsonObject baseline = timepoints.getJsonObject(0);
        assertEquals("2024-01-10", baseline.getString("date"));
        assertTrue(baseline.getBoolean("baseline"));
        assertNumber("50.0", baseline, "targetSumMm");

        JsonObject followUp = timepoints.getJsonObject(1);
        assertEquals("2024-03-06", followUp.getString("date"));
        assertFalse(followUp.getBoolean("baseline"));
        assertNumber("54.0", followUp, "targetSumMm");
        assertNumber("8.0", followUp, "changeFromBaselinePct");
        assertNumber("8.0", followUp, "changeFromNadirPct");
        assertNumber("50.0", followUp, "nadirMm");
        assertNumber("12.0", followUp, "newLesionTargetSumMm");
        assertEquals("SD", followUp.getString("targetResponse"));
        assertEquals("NON-CR/NON-PD", followUp.getString("nonTargetResponse"));
        assertTrue(followUp.getBoolean("newLesionsPresent"));
        assertEquals("iUPD", followUp.getString("overallResponse"));
        assertEquals(List.of("new lesions"), strings(followUp, "reasons"));

        assertEquals("iUPD", body.getString("bestOverallResponse"));
        assertTrue(body.containsKey("progressionDate"), "progressionDate is sent as null: " + body);
        assertEquals(JsonValue.ValueType.NULL, body.get("progressionDate").getValueType());
    }

    @Test
    void aConfirmedProgressionIsDatedFromItsFirstIupd() {
        String request = request("2024-01-15",
                assessment("2024-01-10", tls(tl("T1", "LIVER", false, 30), tl("T2", "LUNG", false, 20)), ntls("PRESENT")),
                assessment("2024-03-06", tls(tl("T1", "LIVER", false, 40), tl("T2", "LUNG", false, 20)), ntls("PRESENT")),
                assessment("2024-04-17", tls(tl("T1", "LIVER", false, 45), tl("T2", "LUNG", false, 20)), ntls("PRESENT")));
        var r = Suite.as("datamanager1").post(EVALUATE, request);
        assertEquals(200, r.status(), r.toString());
        JsonObject body = r.json();
        var timepoints = body.getJsonArray("timepoints");
        assertEquals("iUPD", timepoints.getJsonObject(1).getString("overallResponse"));
        assertEquals(List.of("target lesions: sum >= 20% and >= 5 mm above nadir"),
                strings(timepoints.getJsonObject(1), "reasons"));
        JsonObject confirming = timepoints.getJsonObject(2);
        assertEquals("iCPD", confirming.getString("overallResponse"));
        assertNumber("65.0", confirming, "targetSumMm");
        assertEquals(List.of("confirms the iUPD of 2024-03-06", "target lesion sum +5.0 mm over 60.0 mm at the first iUPD"),
                strings(confirming, "reasons"));
        assertEquals("iCPD", body.getString("bestOverallResponse"));
        assertEquals("2024-03-06", body.getString("progressionDate"));
    }

    @Test
    void targetsThatDidNotTriggerTheIupdConfirmOnlyAtRecistProgression() {
        // A new lesion triggers the iUPD with the TL sum at 54 (nadir 50): 59 stays iUPD, 60 confirms.
        var r = Suite.as("coordinator1").post(EVALUATE, newLesionIupdThenTargets(59));
        assertEquals(200, r.status(), r.toString());
        assertEquals("iUPD", r.json().getJsonArray("timepoints").getJsonObject(2).getString("overallResponse"));
        assertEquals(JsonValue.ValueType.NULL, r.json().get("progressionDate").getValueType());

        var c = Suite.as("coordinator1").post(EVALUATE, newLesionIupdThenTargets(60));
        assertEquals(200, c.status(), c.toString());
        assertEquals("iCPD", c.json().getJsonArray("timepoints").getJsonObject(2).getString("overallResponse"));
        assertEquals("2024-03-06", c.json().getString("progressionDate"));
    }

    private static String newLesionIupdThenTargets(int targetMm) {
        return request("2024-01-15",
                assessment("2024-01-10", tls(tl("T1", "LIVER", false, 50)), ntls("PRESENT")),
                assessment("2024-03-06", tls(tl("T1", "LIVER", false, 54)), ntls("PRESENT"), boneLesion()),
                assessment("2024-04-17", tls(tl("T1", "LIVER", false, targetMm)), ntls("PRESENT"), boneLesion()));
    }

    private static JsonArrayBuilder boneLesion() {
        return Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("id", "NL1").add("organ", "BONE").add("target", false).add("status", "PRESENT"));
    }

    @Test
    void sixTargetLesionsAreRejected() {
        var six = tls(tl("T1", "LIVER", false, 20), tl("T2", "LUNG", false, 20), tl("T3", "BONE", false, 20),
                tl("T4", "BRAIN", false, 20), tl("T5", "SKIN", false, 20), tl("T6", "KIDNEY", false, 20));
        var r = Suite.as("coordinator1").post(EVALUATE, request("2024-01-15", assessment("2024-01-10", six, ntls())));
        assertProblem(422, r);
        assertEquals(List.of("assessments[0].targetLesions"), items(r));
        assertEquals("at most 5 target lesions in total, found 6",
                r.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void aBaselineTargetLesionMissingAtAFollowUpIsRejected() {
        var r = Suite.as("coordinator1").post(EVALUATE, request("2024-01-15",
                assessment("2024-01-10", tls(tl("T1", "LIVER", false, 30), tl("T2", "LUNG", false, 20)), ntls("PRESENT")),
                assessment("2024-03-06", tls(tl("T1", "LIVER", false, 30)), ntls("PRESENT"))));
        assertProblem(422, r);
        assertEquals(List.of("assessments[1].targetLesions"), items(r));
        assertEquals("baseline target lesion 'T2' is missing",
                r.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void datesOutOfOrderAreRejected() {
        var r = Suite.as("coordinator1").post(EVALUATE, request("2024-01-15",
                assessment("2024-01-10", tls(tl("T1", "LIVER", false, 30)), ntls()),
                assessment("2024-04-17", tls(tl("T1", "LIVER", false, 30)), ntls()),
                assessment("2024-03-06", tls(tl("T1", "LIVER", false, 30)), ntls())));
        assertProblem(422, r);
        assertEquals(List.of("assessments[2].date"), items(r));
    }

    @Test
    void aNegativeDiameterIsRejected() {
        var r = Suite.as("coordinator1").post(EVALUATE, request("2024-01-15",
                assessment("2024-01-10", tls(tl("T1", "LIVER", false, 30)), ntls()),
                assessment("2024-03-06", tls(tl("T1", "LIVER", false, -3)), ntls())));
        assertProblem(422, r);
        assertEquals(List.of("assessments[1].targetLesions[0].diameterMm"), items(r));
    }

    @Test
    void anUnknownStatusIsRejectedWithTheOthersFaults() {
        var r = Suite.as("coordinator1").post(EVALUATE, request("2024-01-15",
                assessment("2024-01-10", tls(tl("T1", "LIVER", false, 30)), ntls("PRESENT")),
                assessment("2024-03-06", tls(tl("T1", "LIVER", false, -1)), ntls("GROWING"))));
        assertProblem(422, r);
        assertEquals(List.of("assessments[1].nonTargetLesions[0].status", "assessments[1].targetLesions[0].diameterMm"),
                items(r).stream().sorted().toList());
        String message = r.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("item").endsWith(".status")).findFirst().orElseThrow().getString("message");
        assertTrue(message.startsWith("unknown status 'GROWING'"), message);
    }

    @Test
    void anonymousCallIsUnauthorized() {
        var r = Suite.anonymous().post(EVALUATE, SPEC_EXAMPLE);
        assertProblem(401, r);
    }

    @Test
    void malformedJsonIsABadRequest() {
        var r = Suite.as("coordinator1").post(EVALUATE, "{\"firstDoseDate\": \"2024-01-15\", \"assessments\": [");
        assertProblem(400, r);
    }

    // ------------------------------------------------------------------------------------------------

    private static void assertProblem(int status, Api.Reply r) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(status, r.json().getInt("status"));
    }

    private static void assertNumber(String expected, JsonObject o, String key) {
        assertEquals(JsonValue.ValueType.NUMBER, o.get(key) == null ? null : o.get(key).getValueType(), key + " in " + o);
        assertEquals(0, new BigDecimal(expected).compareTo(o.getJsonNumber(key).bigDecimalValue()),
                key + ": expected " + expected + " in " + o);
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static List<String> items(Api.Reply r) {
        return r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("item")).toList();
    }

    private static String request(String firstDose, JsonObjectBuilder... assessments) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder a : assessments) {
            list.add(a);
        }
        return Json.createObjectBuilder().add("firstDoseDate", firstDose).add("assessments", list).build().toString();
    }

    private static JsonObjectBuilder assessment(String date, JsonArrayBuilder tls, JsonArrayBuilder ntls) {
        return assessment(date, tls, ntls, Json.createArrayBuilder());
    }

    private static JsonObjectBuilder assessment(String date, JsonArrayBuilder tls, JsonArrayBuilder ntls,
                                                JsonArrayBuilder newLesions) {
        return Json.createObjectBuilder().add("date", date).add("targetLesions", tls).add("nonTargetLesions", ntls)
                .add("newLesions", newLesions);
    }

    private static JsonObjectBuilder tl(String id, String organ, boolean nodal, int mm) {
        return Json.createObjectBuilder().add("id", id).add("organ", organ).add("nodal", nodal).add("diameterMm", mm);
    }

    private static JsonArrayBuilder tls(JsonObjectBuilder... lesions) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (JsonObjectBuilder l : lesions) {
            b.add(l);
        }
        return b;
    }

    /** Non-target lesions N1.. in LUNG, SITE2.. with these statuses. */
    private static JsonArrayBuilder ntls(String... statuses) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (int i = 0; i < statuses.length; i++) {
            b.add(Json.createObjectBuilder().add("id", "N" + (i + 1)).add("organ", "SITE" + (i + 1))
                    .add("status", statuses[i]));
        }
        return b;
    }
}
