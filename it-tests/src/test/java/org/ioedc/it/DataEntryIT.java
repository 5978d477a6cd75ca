package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Saving forms: validation, the version check, reason for change and the audit trail. */
@ExtendWith(Suite.class)
class DataEntryIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Api coordinator = Suite.as("coordinator1");

    /** A fresh subject at SITE-01 for each test, so the tests do not depend on each other. */
    private String newSubject() {
        String id = "IT-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "screeningNumber", "S" + id, "informedConsentDate", "2025-09-01", "firstDoseDate", "2025-09-15"));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    private static String vitals(JsonObject items, String status, Long version, String reason) {
        var b = Json.createObjectBuilder().add("items", items);
        if (status != null) {
            b.add("status", status);
        }
        if (version != null) {
            b.add("version", version);
        }
        if (reason != null) {
            b.add("reasonForChange", reason);
        }
        return b.build().toString();
    }

    private static JsonObject items(Object... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                b.addNull((String) kv[i]);
            } else {
                b.add((String) kv[i], kv[i + 1].toString());
            }
        }
        return b.build();
    }

    private String form(String subject) {
        return STUDY + "/subjects/" + subject + "/visits/C1D1/forms/F.VS";
    }

    @Test
    void invalidValuesAre422NamingEveryItemAndNothingIsSaved() {
        String s = newSubject();
        var r = coordinator.put(form(s), vitals(items("VS.VSDAT", "15/09/2026", "VS.SYSBP", "12O", "VS.TEMP", "50",
                "VS.ECOG", "9", "VS.NOPE", "1"), "COMPLETE", null, null));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        Set<String> named = r.json().getJsonArray("errors").stream().map(v -> ((JsonObject) v).getString("item"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("VS.VSDAT", "VS.SYSBP", "VS.TEMP", "VS.ECOG", "VS.NOPE", "VS.DIABP"), named,
                "every item at fault, including the missing mandatory diastolic pressure");
        assertEquals(404, coordinator.get(form(s)).status(), "nothing may be saved");
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.VS").array();
        assertEquals(0, audit.size());
    }

    @Test
    void everyChangeIsAuditedWithOldAndNewValue() {
        String s = newSubject();
        var first = coordinator.put(form(s), vitals(items("VS.VSDAT", "2025-09-15", "VS.SYSBP", "130", "VS.DIABP", "85"),
                null, null, null));
        assertEquals(200, first.status(), first.toString());
        long version = first.json().getJsonObject("form").getJsonNumber("version").longValue();
        var second = coordinator.put(form(s), vitals(items("VS.SYSBP", "132", "VS.DIABP", null), null, version, null));
        assertEquals(200, second.status(), second.toString());

        var entries = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.VS&itemOid=VS.SYSBP").array();
        assertEquals(2, entries.size());
        JsonObject entered = entries.getJsonObject(0);
        JsonObject changed = entries.getJsonObject(1);
        assertEquals("coordinator1", changed.getString("username"));
        assertEquals("ITEM_VALUE", changed.getString("action"));
        assertTrue(!entered.containsKey("oldValue") || entered.isNull("oldValue"));
        assertEquals("130", entered.getString("newValue"));
        assertEquals("130", changed.getString("oldValue"));
        assertEquals("132", changed.getString("newValue"));
        assertTrue(changed.getString("at").endsWith("Z"), "UTC timestamp: " + changed.getString("at"));
        var cleared = coordinator.get(STUDY + "/subjects/" + s + "/audit?itemOid=VS.DIABP").array();
        assertEquals(2, cleared.size());
        assertEquals("85", cleared.getJsonObject(1).getString("oldValue"));
        assertTrue(!cleared.getJsonObject(1).containsKey("newValue") || cleared.getJsonObject(1).isNull("newValue"));
        // values not named in the second save were kept
        JsonObject stored = coordinator.get(form(s)).json();
        List<String> oids = stored.getJsonArray("values").stream().map(v -> ((JsonObject) v).getString("itemOid")).toList();
        assertEquals(List.of("VS.SYSBP", "VS.VSDAT"), oids);
    }

    @Test
    void staleVersionIs409AndDoesNotOverwrite() {
        String s = newSubject();
        var created = coordinator.put(form(s), vitals(items("VS.PULSE", "70"), null, null, null)).json();
        long v = created.getJsonObject("form").getJsonNumber("version").longValue();
        assertEquals(200, coordinator.put(form(s), vitals(items("VS.PULSE", "71"), null, v, null)).status());
        var stale = Suite.as("coordinator1").put(form(s), vitals(items("VS.PULSE", "99"), null, v, null));
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.json().getString("detail").contains("was changed by coordinator1"), stale.body());
        var values = coordinator.get(form(s)).json().getJsonArray("values");
        assertEquals("71", values.getJsonObject(0).getString("value"));
        var missing = coordinator.put(form(s), vitals(items("VS.PULSE", "72"), null, null, null));
        assertEquals(422, missing.status());
        assertEquals("version", missing.json().getJsonArray("errors").getJsonObject(0).getString("item"));
    }

    @Test
    void changeAfterCompleteNeedsReasonAndKeepsIt() {
        String s = newSubject();
        var done = coordinator.put(form(s), vitals(items("VS.VSDAT", "2025-09-15", "VS.SYSBP", "120", "VS.DIABP", "80",
                "VS.ECOG", "1"), "COMPLETE", null, null));
        assertEquals(200, done.status(), done.toString());
        assertEquals("COMPLETE", done.json().getJsonObject("form").getString("status"));
        long v = done.json().getJsonObject("form").getJsonNumber("version").longValue();
        var noReason = coordinator.put(form(s), vitals(items("VS.ECOG", "2"), "COMPLETE", v, null));
        assertEquals(422, noReason.status());
        assertEquals("reasonForChange", noReason.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        var withReason = coordinator.put(form(s), vitals(items("VS.ECOG", "2"), "COMPLETE", v, "Transcription error, source says 2"));
        assertEquals(200, withReason.status(), withReason.toString());
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit?itemOid=VS.ECOG").array();
        assertEquals("Transcription error, source says 2", audit.getJsonObject(1).getString("reason"));
    }

    @Test
    void mandatoryItemsOnlyWhenComplete() {
        String s = newSubject();
        assertEquals(200, coordinator.put(form(s), vitals(items("VS.SYSBP", "120"), "IN_PROGRESS", null, null)).status());
        var r = coordinator.put(form(s), vitals(items(), "COMPLETE", 1L, null));
        assertEquals(422, r.status());
        Set<String> named = r.json().getJsonArray("errors").stream().map(v -> ((JsonObject) v).getString("item"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("VS.VSDAT", "VS.DIABP", "VS.ECOG"), named);
    }

    @Test
    void editChecksAndSoftRangesAreReturned() {
        String s = newSubject();
        var r = coordinator.put(form(s), vitals(items("VS.SYSBP", "85", "VS.DIABP", "90"), null, null, null));
        assertEquals(200, r.status());
        JsonObject finding = r.json().getJsonArray("findings").getJsonObject(0);
        assertEquals("VS-001", finding.getString("checkId"));
        assertEquals(List.of("VS.SYSBP", "VS.DIABP"), finding.getJsonArray("items").getValuesAs(JsonValue::toString)
                .stream().map(t -> t.replace("\"", "")).toList());
        assertEquals("VS.SYSBP", r.json().getJsonArray("warnings").getJsonObject(0).getString("item"));
    }

    @Test
    void numbersAreAcceptedAsJsonNumbersAndMalformedJsonIs400() {
        String s = newSubject();
        var r = coordinator.put(form(s), "{\"items\":{\"VS.TEMP\":37.25,\"VS.PULSE\":64}}");
        assertEquals(200, r.status(), r.toString());
        var bad = coordinator.put(form(s), "{\"items\":");
        assertEquals(400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
    }

    @Test
    void formMetadataIsServedForTheUi() {
        var r = coordinator.get(STUDY + "/forms/F.VS");
        assertEquals(200, r.status());
        JsonObject ecog = r.json().getJsonArray("groups").getJsonObject(0).getJsonArray("items").stream()
                .map(v -> (JsonObject) v).filter(i -> i.getString("oid").equals("VS.ECOG")).findFirst().orElseThrow();
        assertEquals("integer", ecog.getString("dataType"));
        assertTrue(ecog.getBoolean("mandatory"));
        assertEquals(6, ecog.getJsonArray("codeList").size());
        assertEquals(404, coordinator.get(STUDY + "/forms/F.NOPE").status());
    }

    @Test
    void enrolmentIsValidatedAndAudited() {
        var noConsent = coordinator.post(STUDY + "/subjects", Api.json("subjectId", "IT-NC-1", "siteOid", "SITE-01"));
        assertEquals(422, noConsent.status());
        assertEquals("informedConsentDate", noConsent.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        var doseBeforeConsent = coordinator.post(STUDY + "/subjects", Api.json("subjectId", "IT-NC-2", "siteOid", "SITE-01",
                "informedConsentDate", "2025-09-10", "firstDoseDate", "2025-09-01"));
        assertEquals(422, doseBeforeConsent.status());
        String s = newSubject();
        var dup = coordinator.post(STUDY + "/subjects", Api.json("subjectId", s, "siteOid", "SITE-01", "informedConsentDate", "2025-09-01"));
        assertEquals(409, dup.status());
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit").array();
        assertEquals("SUBJECT_ENROLLED", audit.getJsonObject(0).getString("action"));
        assertNull(audit.getJsonObject(0).get("itemOid"));
    }
}
