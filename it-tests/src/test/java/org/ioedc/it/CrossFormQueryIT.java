package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A check that reads another form (ST-001 compares a subsequent therapy with the exposure log) is
 * resolved by correcting that other form: the save of the correction closes the query on the therapy.
 */
@ExtendWith(Suite.class)
class CrossFormQueryIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private final Api coordinator = Suite.as("coordinator1");

    private String newSubject() {
        String id = "XQ-" + System.nanoTime() % 1_000_000_000L;
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "screeningNumber", "S" + id, "informedConsentDate", "2025-09-01", "firstDoseDate", "2025-09-15"));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    private static String dose(String date, Integer version, String reason) {
        var b = Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("EX.EXDAT", date).add("EX.ADMIN", "true")
                .add("EX.DOSE", "200").add("EX.UNIT", "MG")).add("status", "COMPLETE");
        if (version != null) {
            b.add("version", version).add("reasonForChange", reason);
        }
        return b.build().toString();
    }

    private static List<JsonObject> queries(Api.Reply save) {
        return save.json().getJsonArray("queries").stream().map(v -> (JsonObject) v).toList();
    }

    @Test
    void correctingTheExposureLogClosesTheQueryOnTheSubsequentTherapy() {
        String s = newSubject();
        String exposure = STUDY + "/subjects/" + s + "/logs/F.EX";
        assertEquals(201, coordinator.post(exposure, dose("2025-09-15", null, null)).status());
        var late = coordinator.post(exposure, dose("2026-01-12", null, null));
        assertEquals(201, late.status(), late.toString());
        int lateVersion = late.json().getJsonObject("form").getInt("version");

        var therapy = coordinator.post(STUDY + "/subjects/" + s + "/logs/F.ST", Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("ST.LINE", "1").add("ST.INTENT", "PALLIATIVE").add("ST.STDAT", "2026-01-10"))
                .add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("itemGroupOid", "IG.STAG")
                        .add("repeatKey", "1").add("items", Json.createObjectBuilder().add("STAG.NAME", "Dabrafenib"))))
                .add("status", "COMPLETE").build().toString());
        assertEquals(201, therapy.status(), therapy.toString());
        JsonObject opened = queries(therapy).stream().filter(q -> q.getString("checkId").equals("ST-001")).findFirst()
                .orElseThrow(() -> new AssertionError("ST-001 opened no query: " + therapy));
        assertEquals("OPENED", opened.getString("action"));

        var corrected = coordinator.put(exposure + "/2", dose("2026-01-05", lateVersion, "Transcription error: dose date"));
        assertEquals(200, corrected.status(), corrected.toString());
        JsonObject closed = queries(corrected).stream().filter(q -> q.getInt("queryId") == opened.getInt("queryId"))
                .findFirst().orElseThrow(() -> new AssertionError("the correction closed nothing: " + corrected));
        assertEquals("CLOSED", closed.getString("action"));
        assertTrue(closed.getString("message").contains("no longer fires after the save by coordinator1"), closed.toString());

        var stored = coordinator.get(STUDY + "/queries/" + opened.getInt("queryId"));
        assertEquals(200, stored.status(), stored.toString());
        assertEquals("CLOSED", stored.json().getString("state"));
        var thread = stored.json().getJsonArray("messages");
        assertTrue(thread.getJsonObject(thread.size() - 1).getString("text").contains("no longer fires"), stored.toString());
    }

    @Test
    void aQueryOnAnotherFormStaysOpenWhileItsCheckStillFires() {
        String s = newSubject();
        String exposure = STUDY + "/subjects/" + s + "/logs/F.EX";
        coordinator.post(exposure, dose("2025-09-15", null, null));
        var late = coordinator.post(exposure, dose("2026-01-12", null, null));
        var therapy = coordinator.post(STUDY + "/subjects/" + s + "/logs/F.ST", Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("ST.LINE", "1").add("ST.INTENT", "PALLIATIVE").add("ST.STDAT", "2026-01-10"))
                .add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("itemGroupOid", "IG.STAG")
                        .add("repeatKey", "1").add("items", Json.createObjectBuilder().add("STAG.NAME", "Dabrafenib"))))
                .add("status", "COMPLETE").build().toString());
        int queryId = queries(therapy).stream().filter(q -> q.getString("checkId").equals("ST-001")).findFirst()
                .orElseThrow().getInt("queryId");

        var stillLate = coordinator.put(exposure + "/2", dose("2026-01-11", late.json().getJsonObject("form").getInt("version"),
                "Dose date corrected"));
        assertEquals(200, stillLate.status(), stillLate.toString());
        assertTrue(queries(stillLate).stream().noneMatch(q -> q.getInt("queryId") == queryId), stillLate.toString());
        assertEquals("NEW", coordinator.get(STUDY + "/queries/" + queryId).json().getString("state"));
    }

    @Test
    void correctingTheBaselineMethodClosesTheMethodQueryOnTheFollowUp() {
        String s = Review.newSubject("XQ", "SITE-01");
        assertEquals(200, coordinator.put(Course.baselinePath(s), Course.baseline()).status());
        String followUp = Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("TU.DAT", "2025-11-10").add("TU.INVRESP", "iSD")
                        .add("TU.CLINSTAB", "true").add("TU.TRTCONT", "true"))
                .add("rows", Json.createArrayBuilder()
                        .add(Course.row("IG.TLFU", "T1", "TL.DIAM", 30, "TL.METHOD", "MRI"))
                        .add(Course.row("IG.TLFU", "T2", "TL.DIAM", 18, "TL.METHOD", "CT"))
                        .add(Course.row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT")))
                .add("status", "COMPLETE").build().toString();
        var saved = coordinator.post(Course.followUps(s), followUp);
        assertEquals(201, saved.status(), saved.toString());
        JsonObject opened = queries(saved).stream().filter(q -> q.getString("checkId").equals("IR-007")).findFirst()
                .orElseThrow(() -> new AssertionError("IR-007 opened no query: " + saved));

        long version = Course.form(Course.baselinePath(s)).getJsonNumber("version").longValue();
        var corrected = coordinator.put(Course.baselinePath(s), Json.createObjectBuilder()
                .add("rows", Json.createArrayBuilder().add(Course.row("IG.TL", "T1", "TL.METHOD", "MRI")))
                .add("status", "COMPLETE").add("version", version).add("reasonForChange", "Baseline T1 was read on MRI")
                .build().toString());
        assertEquals(200, corrected.status(), corrected.toString());
        JsonObject closed = queries(corrected).stream().filter(q -> q.getInt("queryId") == opened.getInt("queryId"))
                .findFirst().orElseThrow(() -> new AssertionError("the baseline correction closed nothing: " + corrected));
        assertEquals("CLOSED", closed.getString("action"));
        assertEquals("CLOSED", coordinator.get(STUDY + "/queries/" + opened.getInt("queryId")).json().getString("state"));
    }
}
