package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IRECIST module's tumour assessment forms over HTTP: derived responses stored with each assessment,
 * recomputed for every later assessment when an earlier scan is corrected, audited as derived changes, and
 * never writable by the site.
 */
@ExtendWith(Suite.class)
class IrecistDerivationIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Api coordinator = Suite.as("coordinator1");

    private String newSubject() {
        String id = "IR-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "screeningNumber", "S" + id, "informedConsentDate", "2025-09-01", "firstDoseDate", "2025-09-15"));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    private static String baselinePath(String s) {
        return STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL";
    }

    private static String followUps(String s) {
        return STUDY + "/subjects/" + s + "/logs/F.TUFU";
    }

    private static JsonObjectBuilder row(String group, String key, Object... kv) {
        JsonObjectBuilder items = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            items.add((String) kv[i], kv[i + 1].toString());
        }
        return Json.createObjectBuilder().add("itemGroupOid", group).add("repeatKey", key).add("items", items);
    }

    private static String baseline() {
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row("IG.TL", "T1", "TL.ORGAN", "LIVER", "TL.NODAL", false, "TL.DIAM", 32, "TL.METHOD", "CT"))
                .add(row("IG.TL", "T2", "TL.ORGAN", "LYMPH_NODE", "TL.NODAL", true, "TL.DIAM", 18, "TL.METHOD", "CT"))
                .add(row("IG.NTL", "N1", "NTL.ORGAN", "LUNG", "NTL.METHOD", "CT"));
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", "2025-09-10"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    /** A complete follow-up: T1 as given, T2 18 mm, N1 present, by CT. */
    private static String followUp(String date, int t1, String investigator) {
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row("IG.TLFU", "T1", "TL.DIAM", t1, "TL.METHOD", "CT"))
                .add(row("IG.TLFU", "T2", "TL.DIAM", 18, "TL.METHOD", "CT"))
                .add(row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT"));
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", date)
                        .add("TU.INVRESP", investigator).add("TU.CLINSTAB", "true").add("TU.TRTCONT", "true"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    /** The stored values of a form by item OID (non-repeating items). */
    private static Map<String, JsonObject> values(JsonObject form) {
        return form.getJsonArray("values").stream().map(v -> (JsonObject) v)
                .filter(v -> !v.containsKey("repeatKey") || v.isNull("repeatKey"))
                .collect(Collectors.toMap(v -> v.getString("itemOid"), v -> v));
    }

    private Optional<String> stored(String path, String itemOid) {
        var r = coordinator.get(path);
        assertEquals(200, r.status(), r.toString());
        return Optional.ofNullable(values(r.json()).get(itemOid)).map(v -> v.getString("value"));
    }

    private static List<String> checkIds(Api.Reply r) {
        return r.json().getJsonArray("findings").stream().map(v -> ((JsonObject) v).getString("checkId")).toList();
    }

    /** Baseline 50 mm; week 8 62 mm (iUPD); day 96 68 mm (iCPD); day 132 70 mm (after iCPD). */
    private String progressingSubject() {
        String s = newSubject();
        var base = coordinator.put(baselinePath(s), baseline());
        assertEquals(200, base.status(), base.toString());
        assertEquals(201, coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD")).status());
        assertEquals(201, coordinator.post(followUps(s), followUp("2025-12-15", 50, "iCPD")).status());
        assertEquals(201, coordinator.post(followUps(s), followUp("2026-01-20", 52, "iCPD")).status());
        return s;
    }

    @Test
    void savedAssessmentsHoldTheirDerivedResponses() {
        String s = newSubject();
        var base = coordinator.put(baselinePath(s), baseline());
        assertEquals(200, base.status(), base.toString());
        assertEquals(List.of(), checkIds(base));
        JsonObject sum = values(base.json().getJsonObject("form")).get("TUD.TLSUM");
        assertEquals("50", sum.getString("value"));
        assertEquals("DERIVED", sum.getString("origin"));

        var week8 = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD"));
        assertEquals(201, week8.status(), week8.toString());
        assertEquals(List.of(), checkIds(week8));
        Map<String, JsonObject> derived = values(week8.json().getJsonObject("form"));
        assertEquals("62", derived.get("TUD.TLSUM").getString("value"));
        assertEquals("24", derived.get("TUD.CHGBL").getString("value"));
        assertEquals("50", derived.get("TUD.NADIR").getString("value"));
        assertEquals("PD", derived.get("TUD.TLRESP").getString("value"));
        assertEquals("iUPD", derived.get("TUD.RESP").getString("value"));
        assertEquals("true", derived.get("TUD.IUPDPEND").getString("value"));
        assertEquals("2025-11-10", derived.get("TUD.IUPDDAT").getString("value"));
        assertTrue(week8.json().getJsonArray("derived").stream().map(v -> (JsonObject) v)
                .anyMatch(d -> d.getString("item").equals("TUD.RESP") && d.getString("newValue").equals("iUPD")
                        && d.getInt("logNumber") == 1), week8.toString());

        var confirmation = coordinator.post(followUps(s), followUp("2025-12-15", 50, "iCPD"));
        assertEquals(201, confirmation.status(), confirmation.toString());
        assertEquals("iCPD", stored(followUps(s) + "/2", "TUD.RESP").orElseThrow());
        assertEquals("true", stored(followUps(s) + "/1", "TUD.IUPDCONF").orElseThrow(), "week 8's iUPD was confirmed");
        assertEquals("iCPD", stored(baselinePath(s), "TUD.BOR").orElseThrow());
        assertEquals("2025-11-10", stored(baselinePath(s), "TUD.PDDAT").orElseThrow());
    }

    @Test
    void correctingTheWeek8ScanChangesEveryLaterStoredResponseAndIsAuditedAsDerived() {
        String s = progressingSubject();
        assertEquals("iUPD", stored(followUps(s) + "/1", "TUD.RESP").orElseThrow());
        assertEquals("iCPD", stored(followUps(s) + "/2", "TUD.RESP").orElseThrow());
        assertEquals("iCPD", stored(followUps(s) + "/3", "TUD.RESP").orElseThrow());

        long version = coordinator.get(followUps(s) + "/1").json().getJsonNumber("version").longValue();
        String correction = Json.createObjectBuilder()
                .add("rows", Json.createArrayBuilder().add(row("IG.TLFU", "T1", "TL.DIAM", 34)))
                .add("status", "COMPLETE").add("version", version)
                .add("reasonForChange", "Transcription error: T1 is 34 mm on the report").build().toString();
        var corrected = coordinator.put(followUps(s) + "/1", correction);
        assertEquals(200, corrected.status(), corrected.toString());

        // 52 mm is +4 %: iSD; the iUPD now starts at day 96 (68 mm) and day 132 (+2 mm) does not confirm it.
        assertEquals("iSD", stored(followUps(s) + "/1", "TUD.RESP").orElseThrow());
        assertEquals("iUPD", stored(followUps(s) + "/2", "TUD.RESP").orElseThrow());
        assertEquals("iUPD", stored(followUps(s) + "/3", "TUD.RESP").orElseThrow());
        assertEquals("2025-12-15", stored(followUps(s) + "/3", "TUD.IUPDDAT").orElseThrow());
        assertEquals("true", stored(followUps(s) + "/3", "TUD.IUPDPEND").orElseThrow());
        assertEquals("iSD", stored(baselinePath(s), "TUD.BOR").orElseThrow());
        assertEquals(Optional.empty(), stored(baselinePath(s), "TUD.PDDAT"), "no confirmed progression any more");

        // The coordinator sees the later responses change in the answer to the save ...
        var derived = corrected.json().getJsonArray("derived").stream().map(v -> (JsonObject) v)
                .filter(d -> d.getString("item").equals("TUD.RESP")).toList();
        assertEquals(List.of("1:iUPD->iSD", "2:iCPD->iUPD", "3:iCPD->iUPD"), derived.stream()
                .map(d -> d.getInt("logNumber") + ":" + d.getString("oldValue") + "->" + d.getString("newValue")).sorted().toList());
        // ... and the investigator's iUPD at week 8 now differs from the computed iSD: a query showing both.
        JsonObject finding = corrected.json().getJsonArray("findings").getJsonObject(0);
        assertEquals("IR-009", finding.getString("checkId"));
        assertTrue(finding.getString("message").contains("investigator's response is iUPD")
                && finding.getString("message").contains("computed from the measurements is iSD"), finding.toString());

        // The audit trail has every derived change, marked DERIVED, with the save that caused it.
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.TUFU&itemOid=TUD.RESP").array();
        var recomputed = audit.stream().map(v -> (JsonObject) v)
                .filter(a -> "iCPD".equals(a.getString("oldValue", null)) && "iUPD".equals(a.getString("newValue", null))).toList();
        assertEquals(2, recomputed.size(), audit.toString());
        for (JsonObject entry : recomputed) {
            assertEquals("ITEM_VALUE", entry.getString("action"));
            assertEquals("DERIVED", entry.getString("origin"));
            assertEquals("coordinator1", entry.getString("username"));
            assertEquals("Recomputed (iRECIST) when coordinator1 saved F.TUFU #1", entry.getString("reason"));
        }
        var bor = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.TUBL&itemOid=TUD.BOR").array();
        JsonObject last = bor.getJsonObject(bor.size() - 1);
        assertEquals("iCPD", last.getString("oldValue"));
        assertEquals("iSD", last.getString("newValue"));
        assertEquals("DERIVED", last.getString("origin"));

        // The version in the answer is the stored one: the next save with it is accepted.
        long after = corrected.json().getJsonObject("form").getJsonNumber("version").longValue();
        String next = Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.INVRESP", "iSD"))
                .add("version", after).add("status", "COMPLETE").add("reasonForChange", "Investigator agrees: iSD").build().toString();
        var agreed = coordinator.put(followUps(s) + "/1", next);
        assertEquals(200, agreed.status(), agreed.toString());
        assertFalse(checkIds(agreed).contains("IR-009"), agreed.toString());
    }

    @Test
    void theFollowUpFormIsALogFormWithItsDerivedItemsMarked() {
        var r = coordinator.get(STUDY + "/forms/F.TUFU");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.json().getBoolean("logForm"));
        var items = r.json().getJsonArray("groups").stream().map(g -> (JsonObject) g)
                .flatMap(g -> g.getJsonArray("items").stream().map(i -> (JsonObject) i))
                .collect(Collectors.toMap(i -> i.getString("oid"), i -> i, (a, b) -> a));
        assertTrue(items.get("TUD.RESP").getBoolean("derived"));
        assertFalse(items.get("TU.INVRESP").getBoolean("derived"));
        assertEquals(200, coordinator.get(STUDY + "/forms/F.TUBL").status());
    }

    private static long subjectVersion(String subjectKey) throws Exception {
        try (var c = Suite.database().connect();
             var q = c.prepareStatement("select version from subject where subject_key = ?")) {
            q.setString(1, subjectKey);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next(), "subject row " + subjectKey);
                return rs.getLong(1);
            }
        }
    }

    @Test
    void everyAssessmentSaveRaisesTheSubjectsVersionSoConcurrentSavesOfOneSubjectConflict() throws Exception {
        String s = newSubject();
        long enrolled = subjectVersion(s);
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        long afterBaseline = subjectVersion(s);
        assertEquals(201, coordinator.post(followUps(s), followUp("2025-11-10", 30, "iSD")).status());
        assertTrue(afterBaseline > enrolled, enrolled + " -> " + afterBaseline);
        assertTrue(subjectVersion(s) > afterBaseline);
    }

    @Test
    void theSiteCannotWriteADerivedItem() {
        String s = newSubject();
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD"));
        long version = week8.json().getJsonObject("form").getJsonNumber("version").longValue();

        var r = coordinator.put(followUps(s) + "/1", Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("TUD.RESP", "iSD").add("TU.CLINSTAB", "false"))
                .add("version", version).add("status", "COMPLETE").add("reasonForChange", "try").build().toString());

        assertEquals(422, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("TUD.RESP", error.getString("item"));
        assertEquals("is derived by the system and cannot be entered or cleared", error.getString("message"));
        assertEquals("iUPD", stored(followUps(s) + "/1", "TUD.RESP").orElseThrow());
        assertEquals("true", stored(followUps(s) + "/1", "TU.CLINSTAB").orElseThrow(), "nothing of the request was saved");

        var clear = coordinator.put(baselinePath(s), Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().addNull("TUD.TLSUM"))
                .add("version", coordinator.get(baselinePath(s)).json().getJsonNumber("version").longValue())
                .add("status", "COMPLETE").add("reasonForChange", "try").build().toString());
        assertEquals(422, clear.status(), clear.toString());
    }

    @Test
    void recordingTheFirstDoseDerivesTheBaselineEnteredBeforeIt() {
        String s = "IR-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        assertEquals(201, coordinator.post(STUDY + "/subjects", Api.json("subjectId", s, "siteOid", "SITE-01",
                "screeningNumber", "S" + s, "informedConsentDate", "2025-09-01")).status());
        var base = coordinator.put(baselinePath(s), baseline());
        assertEquals(200, base.status(), base.toString());
        Map<String, JsonObject> before = values(base.json().getJsonObject("form"));
        assertFalse(before.containsKey("TUD.TLSUM"));
        assertEquals("Not derived: baseline of 2025-09-10: the subject's first dose date is not recorded",
                before.get("TUD.NOTE").getString("value"));

        var dosed = coordinator.put(STUDY + "/subjects/" + s + "/first-dose", Api.json("firstDoseDate", "2025-09-15"));
        assertEquals(200, dosed.status(), dosed.toString());

        assertEquals("50", stored(baselinePath(s), "TUD.TLSUM").orElseThrow());
        assertEquals(Optional.empty(), stored(baselinePath(s), "TUD.NOTE"));
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.TUBL&itemOid=TUD.TLSUM").array();
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("DERIVED", audit.getJsonObject(0).getString("origin"));
        assertEquals("Recomputed (iRECIST) when coordinator1 recorded the first dose date 2025-09-15",
                audit.getJsonObject(0).getString("reason"));
    }

    @Test
    void aFollowUpMissingABaselineLesionIsNotDerivedAndSaysWhy() {
        String s = newSubject();
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        String partial = Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("TU.DAT", "2025-11-10"))
                .add("rows", Json.createArrayBuilder().add(row("IG.TLFU", "T1", "TL.DIAM", 30, "TL.METHOD", "CT")))
                .add("status", "IN_PROGRESS").build().toString();
        var r = coordinator.post(followUps(s), partial);
        assertEquals(201, r.status(), r.toString());
        assertTrue(checkIds(r).contains("IR-003"), r.toString());
        Map<String, JsonObject> stored = values(r.json().getJsonObject("form"));
        assertFalse(stored.containsKey("TUD.RESP"));
        assertEquals("Not derived: baseline target lesion 'T2' is missing; baseline non-target lesion 'N1' is missing",
                stored.get("TUD.NOTE").getString("value"));
    }
}
