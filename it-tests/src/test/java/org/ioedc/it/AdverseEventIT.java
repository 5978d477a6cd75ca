package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The adverse event log of the IRAE module: the blocking CTCAE grade check, irAE checks, log numbering. */
@ExtendWith(Suite.class)
class AdverseEventIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final String ALT_INCREASED = "10001551";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Api coordinator = Suite.as("coordinator1");

    private String newSubject() {
        String id = "AE-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "screeningNumber", "S" + id, "informedConsentDate", "2025-09-01", "firstDoseDate", "2025-09-15"));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    private static String log(String subject) {
        return STUDY + "/subjects/" + subject + "/logs/F.AE";
    }

    /** A complete AE with ALT increased; {@code kv} overrides or adds items. */
    private static String ae(String verbatim, Object... kv) {
        var items = Json.createObjectBuilder().add("AE.TERM", verbatim).add("AE.MEDDRA", ALT_INCREASED)
                .add("AE.GRADE", "2").add("AE.STDAT", "2025-10-06").add("AE.ONGO", "true").add("AE.SER", "false")
                .add("AE.REL", "PROBABLE").add("AE.ACN", "HELD").add("AE.OUT", "RECOVERING").add("AE.IRAE", "true")
                .add("AE.IRCAT", "HEPATIC").add("AE.CS", "true").add("AE.CSAGENT", "Prednisolone").add("AE.CSDOSE", "1");
        for (int i = 0; i < kv.length; i += 2) {
            items.add((String) kv[i], kv[i + 1].toString());
        }
        return Json.createObjectBuilder().add("items", items).add("status", "COMPLETE").build().toString();
    }

    private static List<String> checkIds(Api.Reply r) {
        return r.json().getJsonArray("findings").stream().map(v -> ((JsonObject) v).getString("checkId")).toList();
    }

    @Test
    void impossibleGradeIs422NamingTheGradeAndNothingIsStored() {
        String verbatim = "Immune hepatitis " + System.nanoTime();
        var r = coordinator.post(log("IO-01-001"), ae(verbatim, "AE.GRADE", "5", "AE.OUT", "FATAL", "AE.DTHDAT", "2026-10-20"));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("AE.GRADE", error.getString("item"));
        assertTrue(error.getString("message").contains("no grade 5"), error.toString());
        var stored = coordinator.get(log("IO-01-001"));
        assertEquals(200, stored.status(), stored.toString());
        assertTrue(stored.array().stream().map(v -> (JsonObject) v)
                .flatMap(f -> f.getJsonArray("values").stream().map(v -> (JsonObject) v))
                .noneMatch(v -> v.getString("value").equals(verbatim)), "nothing may be stored");
    }

    @Test
    void unknownMeddraCodeIs422() {
        var r = coordinator.post(log(newSubject()), ae("Rash", "AE.MEDDRA", "12345678"));
        assertEquals(422, r.status(), r.toString());
        assertEquals("AE.MEDDRA", r.json().getJsonArray("errors").getJsonObject(0).getString("item"));
    }

    @Test
    void grade3IrAeWithActionNoneIsSavedWithAFinding() {
        var r = coordinator.post(log(newSubject()), ae("Hepatitis", "AE.GRADE", "3", "AE.ACN", "NONE"));
        assertEquals(201, r.status(), r.toString());
        assertEquals(List.of("AE-007"), checkIds(r));
    }

    @Test
    void grade2IrAeWithoutSteroidOrReasonIsAFinding() {
        var r = coordinator.post(log(newSubject()), ae("Colitis", "AE.CS", "false"));
        assertEquals(201, r.status(), r.toString());
        assertEquals(List.of("AE-006"), checkIds(r));
        var items = r.json().getJsonArray("findings").getJsonObject(0).getJsonArray("items");
        assertEquals("AE.CS", items.getString(0));
    }

    @Test
    void logInstancesAreNumberedInOrder() {
        String s = newSubject();
        var first = coordinator.post(log(s), ae("Hepatitis"));
        var second = coordinator.post(log(s), ae("Hepatitis, second episode", "AE.STDAT", "2025-11-02"));
        assertEquals(201, first.status(), first.toString());
        assertEquals(201, second.status(), second.toString());
        assertEquals(List.of(), checkIds(first));
        assertEquals(1, first.json().getJsonObject("form").getInt("logNumber"));
        assertEquals(2, second.json().getJsonObject("form").getInt("logNumber"));
        assertEquals(200, coordinator.get(log(s) + "/2").status());
        assertEquals(2, coordinator.get(log(s)).array().size());
    }
}
