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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seams between the features built side by side: stored iRECIST derivations against freeze and lock,
 * edit-check queries, protocol deviations and source data verification, seen as the users see them over HTTP.
 * Each test enrols its own subjects at SITE-01 (first dose 2026-09-15).
 *
 * <p>The tumour course used throughout: baseline 2026-09-10 sum 50 mm (T1 32, T2 18, N1 present); follow-up #1
 * 2026-11-10 T1 44 mm (sum 62, +24 %): iUPD; #2 2026-12-15 T1 50 mm (sum 68, +6 mm over the iUPD): iCPD.
 * Correcting #1's T1 to 34 mm makes #1 iSD and #2 a new iUPD.
 */
@ExtendWith(Suite.class)
class CrossFeatureIT {

    private static final String STUDY = Review.STUDY;
    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api dataManager = Suite.as("datamanager1");

    // ---- helpers --------------------------------------------------------------------------------------------

    private static String baselinePath(String s) {
        return STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL";
    }

    private static String followUps(String s) {
        return STUDY + "/subjects/" + s + "/logs/F.TUFU";
    }

    private static String doses(String s) {
        return STUDY + "/subjects/" + s + "/logs/F.EX";
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
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", "2026-09-10"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    private static String followUp(String date, int t1, String investigator) {
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row("IG.TLFU", "T1", "TL.DIAM", t1, "TL.METHOD", "CT"))
                .add(row("IG.TLFU", "T2", "TL.DIAM", 18, "TL.METHOD", "CT"))
                .add(row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT"));
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", date)
                        .add("TU.INVRESP", investigator).add("TU.CLINSTAB", "true").add("TU.TRTCONT", "true"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    /** A correction of a follow-up's T1 diameter. */
    private static String correctT1(int t1, long version, String reason) {
        return Json.createObjectBuilder()
                .add("rows", Json.createArrayBuilder().add(row("IG.TLFU", "T1", "TL.DIAM", t1)))
                .add("status", "COMPLETE").add("version", version).add("reasonForChange", reason).build().toString();
    }

    /** A correction of non-repeating items of a complete form. */
    private static String correct(long version, String reason, Object... kv) {
        JsonObjectBuilder items = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            items.add((String) kv[i], kv[i + 1].toString());
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("items", items).add("status", "COMPLETE").add("version", version);
        if (reason != null) {
            b.add("reasonForChange", reason);
        }
        return b.build().toString();
    }

    private static String lock(String state, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("state", state);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build().toString();
    }

    /** Baseline, #1 iUPD and #2 iCPD, the investigator agreeing each time. */
    private String progressing() {
        String s = Review.newSubject("CF", "SITE-01");
        var base = coordinator.put(baselinePath(s), baseline());
        assertEquals(200, base.status(), base.toString());
        var first = coordinator.post(followUps(s), followUp("2026-11-10", 44, "iUPD"));
        assertEquals(201, first.status(), first.toString());
        var second = coordinator.post(followUps(s), followUp("2026-12-15", 50, "iCPD"));
        assertEquals(201, second.status(), second.toString());
        assertEquals("iCPD", stored(followUps(s) + "/2", "TUD.RESP"));
        return s;
    }

    private JsonObject form(String path) {
        var r = coordinator.get(path);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** The stored value of a non-repeating item, or null. */
    private String stored(String path, String itemOid) {
        return form(path).getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("itemOid").equals(itemOid) && (!v.containsKey("repeatKey") || v.isNull("repeatKey")))
                .map(v -> v.getString("value")).findFirst().orElse(null);
    }

    private static List<JsonObject> list(Api.Reply r, String key) {
        return r.json().getJsonArray(key).getValuesAs(JsonObject.class);
    }

    /** The derived changes of a save as "logNumber:item:old->new". */
    private static List<String> derived(Api.Reply r, String item) {
        return list(r, "derived").stream().filter(d -> d.getString("item").equals(item))
                .map(d -> (d.isNull("logNumber") ? d.getString("formOid") : String.valueOf(d.getInt("logNumber"))) + ":"
                        + d.getString("oldValue", "") + "->" + d.getString("newValue", ""))
                .sorted().toList();
    }

    /** Everything a user could see change about a subject: its forms, audit trail, queries and deviations. */
    private List<String> everything(String s) {
        return List.of(dataManager.get(STUDY + "/subjects/" + s + "/forms").body(),
                form(baselinePath(s)).toString(), form(followUps(s) + "/1").toString(), form(followUps(s) + "/2").toString(),
                dataManager.get(STUDY + "/subjects/" + s + "/audit").body(),
                dataManager.get(STUDY + "/queries?subject=" + s).body(),
                dataManager.get(STUDY + "/deviations?subject=" + s).body());
    }

    // ---- 1. freeze and lock against recomputed derivations --------------------------------------------------

    @Test
    void aFrozenOrLockedLaterAssessmentRefusesTheCorrectionThatWouldChangeItsResponseUntilUnfrozen() {
        String s = progressing();
        String later = followUps(s) + "/2";
        var frozen = dataManager.put(later + "/lock", lock("FROZEN", null));
        assertEquals(200, frozen.status(), frozen.toString());
        List<String> before = everything(s);

        long v1 = Review.version(coordinator, followUps(s) + "/1");
        var refused = coordinator.put(followUps(s) + "/1", correctT1(34, v1, "Transcription error: T1 is 34 mm"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("Form F.TUFU #2 of subject " + s) && detail.contains("frozen by datamanager1"), detail);
        assertEquals(before, everything(s), "nothing of the refused save is stored: values, derived values, audit, queries, deviations");
        assertEquals("44", form(followUps(s) + "/1").getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("itemOid").equals("TL.DIAM") && "T1".equals(v.getString("repeatKey", null)))
                .findFirst().orElseThrow().getString("value"));

        assertEquals(200, dataManager.put(later + "/lock", lock("LOCKED", null)).status());
        List<String> locked = everything(s);
        var refusedAgain = coordinator.put(followUps(s) + "/1", correctT1(34, v1, "Transcription error: T1 is 34 mm"));
        assertEquals(409, refusedAgain.status(), refusedAgain.toString());
        assertTrue(refusedAgain.json().getString("detail").contains("locked by datamanager1"), refusedAgain.body());
        assertEquals(locked, everything(s));

        // A correction of the earlier scan that leaves the locked scan's derived values as they are goes through.
        var unrelated = coordinator.put(followUps(s) + "/1", correct(v1, "Clinical stability re-assessed", "TU.CLINSTAB", false));
        assertEquals(200, unrelated.status(), unrelated.toString());
        assertEquals(List.of(), derived(unrelated, "TUD.RESP"));

        var noReason = dataManager.put(later + "/lock", lock("OPEN", null));
        assertEquals(422, noReason.status(), noReason.toString());
        assertEquals(200, dataManager.put(later + "/lock", lock("OPEN", "Week 8 scan re-read: T1 corrected")).status());

        long laterVersion = Review.version(coordinator, later);
        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(unrelated), "Transcription error: T1 is 34 mm"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(List.of("1:iUPD->iSD", "2:iCPD->iUPD"), derived(corrected, "TUD.RESP"));
        // A copy of the later scan read before the recomputation is stale: its responses moved.
        var stale = coordinator.put(later, correct(laterVersion, "Investigator re-read", "TU.INVRESP", "iUPD"));
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(200, coordinator.put(later, correct(Review.version(coordinator, later), "Investigator re-read",
                "TU.INVRESP", "iUPD")).status());
        assertEquals("iUPD", stored(later, "TUD.RESP"));
        assertEquals("2026-12-15", stored(later, "TUD.IUPDDAT"));
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.TUFU&itemOid=TUD.RESP").array()
                .getValuesAs(JsonObject.class);
        JsonObject last = audit.get(audit.size() - 1);
        assertEquals("iCPD", last.getString("oldValue"));
        assertEquals("iUPD", last.getString("newValue"));
        assertEquals("DERIVED", last.getString("origin"));
        assertEquals("Recomputed (iRECIST) when coordinator1 saved F.TUFU #1", last.getString("reason"));
    }

    @Test
    void aFrozenBaselineHoldingTheBestResponseRefusesACorrectionThatChangesIt() {
        String s = progressing();
        assertEquals("iCPD", stored(baselinePath(s), "TUD.BOR"));
        assertEquals(200, dataManager.put(STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL/lock",
                lock("FROZEN", null)).status());
        List<String> before = everything(s);

        var refused = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                "Transcription error"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("Form F.TUBL at SCREENING of subject " + s), refused.body());
        assertEquals(before, everything(s));
    }

    @Test
    void aFirstDoseCorrectionThatWouldRederiveAFrozenAssessmentIsRefusedWithNothingSaved() {
        String s = progressing();
        assertEquals(200, dataManager.put(followUps(s) + "/1/lock", lock("FROZEN", null)).status());
        List<String> before = everything(s);

        // A first dose before the baseline scan (2026-09-10) makes the course underivable: every derived value would change.
        var refused = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2026-09-08", "reasonForChange", "Transcription error"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("Form F.TUFU #1 of subject " + s), refused.body());
        assertEquals("2026-09-15", coordinator.get(STUDY + "/subjects/" + s).json().getString("firstDoseDate"));
        assertEquals(before, everything(s));

        // A correction that leaves every derived value as it is goes through.
        var accepted = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2026-09-14", "reasonForChange", "Transcription error"));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("iUPD", stored(followUps(s) + "/1", "TUD.RESP"));
    }

    @Test
    void aRefusedCorrectionLeavesTheDeviationOpenAndAnnouncesNothing() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var dose = coordinator.post(doses(s), DeviationIT.dose("2026-12-16"));
        long deviation = list(dose, "deviations").get(0).getJsonNumber("deviationId").longValue();
        String later = followUps(s) + "/2";
        assertEquals(200, dataManager.put(later + "/lock", lock("FROZEN", null)).status());

        try (EventStream stream = EventStream.open(STUDY + "/deviations/stream", "monitor1", null)) {
            assertEquals(200, stream.status());
            var refused = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                    "Transcription error"));
            assertEquals(409, refused.status(), refused.toString());
            JsonObject d = monitor.get(STUDY + "/deviations/" + deviation).json();
            assertEquals("OPEN", d.getString("status"));
            assertEquals(1, d.getJsonArray("history").size());

            assertEquals(200, dataManager.put(later + "/lock", lock("OPEN", "Scan re-read")).status());
            var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                    "Transcription error"));
            assertEquals(200, corrected.status(), corrected.toString());
            List<String> announced = list(corrected, "deviations").stream()
                    .map(n -> String.valueOf(n.getJsonNumber("eventId").longValue())).sorted().toList();
            assertEquals(2, announced.size(), corrected.toString());
            // The first events the monitor hears about this subject are the accepted save's: the refused one sent none.
            List<String> heard = java.util.stream.Stream.of(stream.nextAbout(java.util.Set.of(s)), stream.nextAbout(java.util.Set.of(s)))
                    .map(EventStream.Event::id).sorted().toList();
            assertEquals(announced, heard);
        }
        assertEquals("CLOSED", monitor.get(STUDY + "/deviations/" + deviation).json().getString("status"));
    }

    // ---- 2. the investigator's response against the computed one (IR-009) ----------------------------------

    @Test
    void investigatorResponseQueryShowsBothValuesClosesOnCorrectionAndIsNotDuplicated() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var added = coordinator.post(followUps(s), followUp("2026-11-10", 44, "iSD"));
        assertEquals(201, added.status(), added.toString());
        List<JsonObject> effects = list(added, "queries");
        assertEquals(1, effects.size(), added.toString());
        JsonObject opened = effects.get(0);
        assertEquals("IR-009", opened.getString("checkId"));
        assertEquals("OPENED", opened.getString("action"));
        assertTrue(opened.getString("message").contains("investigator's response is iSD")
                && opened.getString("message").contains("computed from the measurements is iUPD"), opened.toString());
        int id = opened.getInt("queryId");

        List<JsonObject> listed = Review.queries(monitor, s, "origin=IR-009");
        assertEquals(1, listed.size());
        assertEquals("TU.INVRESP", listed.get(0).getString("itemOid"));
        assertEquals(1, listed.get(0).getInt("logNumber"));
        assertEquals("NEW", listed.get(0).getString("state"));
        var thread = monitor.get(STUDY + "/queries/" + id).json().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertTrue(thread.get(0).getString("text").contains("iSD") && thread.get(0).getString("text").contains("iUPD"),
                thread.toString());

        // Saving again with nothing changed keeps the one open query.
        var again = coordinator.put(followUps(s) + "/1", correct(Review.version(added), null, "TU.INVRESP", "iSD"));
        assertEquals(200, again.status(), again.toString());
        assertEquals(List.of(), list(again, "queries"));
        assertEquals(1, Review.queries(monitor, s, null).size());

        var agreed = coordinator.put(followUps(s) + "/1", correct(Review.version(again), "Investigator re-read: iUPD",
                "TU.INVRESP", "iUPD"));
        assertEquals(200, agreed.status(), agreed.toString());
        JsonObject closed = list(agreed, "queries").get(0);
        assertEquals("CLOSED", closed.getString("action"));
        assertEquals(id, closed.getInt("queryId"));
        JsonObject q = monitor.get(STUDY + "/queries/" + id).json();
        assertEquals("CLOSED", q.getString("state"));
        List<JsonObject> messages = q.getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(2, messages.size());
        assertEquals("system", messages.get(1).getString("by"));
        assertTrue(messages.get(1).getString("text").contains("IR-009 no longer fires after the save by coordinator1"),
                messages.get(1).toString());
        assertEquals(List.of("NEW", "CLOSED"), Review.audit(s, "QUERY").stream().map(e -> e.getString("newValue")).toList());
    }

    @Test
    void correctingAnEarlierScanQueriesTheLaterInvestigatorResponseThatNoLongerMatchesAndClosesItWhenItMatchesAgain() {
        String s = progressing();
        assertEquals(List.of(), Review.queries(monitor, s, null));

        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                "Transcription error: T1 is 34 mm"));
        assertEquals(200, corrected.status(), corrected.toString());
        // #1: the investigator's iUPD against the computed iSD; #2: the investigator's iCPD against the computed iUPD.
        List<JsonObject> open = Review.queries(monitor, s, "origin=IR-009&status=OPEN");
        assertEquals(List.of(1, 2), open.stream().map(o -> o.getInt("logNumber")).sorted().toList(), open.toString());
        assertEquals(List.of("F.TUFU#1:OPENED", "F.TUFU#2:OPENED"), list(corrected, "queries").stream()
                .map(e -> e.getString("formOid") + "#" + e.getInt("logNumber") + ":" + e.getString("action")).sorted().toList(),
                "the save's answer names the form of each query");
        JsonObject onLater = open.stream().filter(o -> o.getInt("logNumber") == 2).findFirst().orElseThrow();
        String text = monitor.get(STUDY + "/queries/" + onLater.getInt("id")).json().getJsonArray("messages")
                .getJsonObject(0).getString("text");
        assertTrue(text.contains("investigator's response is iCPD") && text.contains("computed from the measurements is iUPD"), text);

        // The earlier scan corrected back: the later responses agree again and both queries close.
        var back = coordinator.put(followUps(s) + "/1", correctT1(44, Review.version(corrected), "Wrong lesion re-measured"));
        assertEquals(200, back.status(), back.toString());
        assertEquals(List.of(), Review.queries(monitor, s, "status=OPEN"));
        assertEquals(2, list(back, "queries").stream().filter(e -> e.getString("action").equals("CLOSED")).count(), back.toString());
    }

    @Test
    void correctingTheScansRequeriesATreatmentBeyondProgressionDecisionThatNoLongerFollowsAPendingIupd() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2026-11-10", 44, "iUPD"));
        assertEquals(201, week8.status(), week8.toString());
        String decision = Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TBP.DECDAT", "2026-11-12")
                        .add("TBP.ECOG", "true").add("TBP.NORAPID", "true").add("TBP.NOCRIT", "true").add("TBP.NOSYMP", "true")
                        .add("TBP.TOLER", "true").add("TBP.BENEFIT", "true").add("TBP.RECONDAT", "2026-11-12"))
                .add("status", "COMPLETE").build().toString();
        var tbp = coordinator.post(STUDY + "/subjects/" + s + "/logs/F.TBP", decision);
        assertEquals(201, tbp.status(), tbp.toString());
        assertEquals(List.of(), list(tbp, "queries"), "the decision follows the pending iUPD of 2026-11-10");

        // Week 8 re-read: no iUPD any more, so the TBP decision no longer follows one (TBP-001).
        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(week8), "Transcription error"));
        assertEquals(200, corrected.status(), corrected.toString());
        List<JsonObject> onDecision = list(corrected, "queries").stream().filter(q -> q.getString("formOid").equals("F.TBP")).toList();
        assertEquals(List.of("TBP-001:OPENED"), onDecision.stream().map(q -> q.getString("checkId") + ":" + q.getString("action")).toList(),
                corrected.toString());
        assertEquals(1, onDecision.get(0).getInt("logNumber"));
        assertEquals(1, Review.queries(monitor, s, "origin=TBP-001&status=OPEN").size());

        // Corrected back: the decision follows an iUPD again and its query closes.
        var back = coordinator.put(followUps(s) + "/1", correctT1(44, Review.version(corrected), "Re-read again: 44 mm"));
        assertEquals(200, back.status(), back.toString());
        assertEquals(List.of("TBP-001:CLOSED"), list(back, "queries").stream().filter(q -> q.getString("formOid").equals("F.TBP"))
                .map(q -> q.getString("checkId") + ":" + q.getString("action")).toList());
        assertEquals(List.of(), Review.queries(monitor, s, "origin=TBP-001&status=OPEN"));
    }

    @Test
    void aLockedTbpDecisionGetsNoQueryFromAScanCorrectionButTheNextOneAfterTheUnlockDoes() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2026-11-10", 44, "iUPD"));
        String decision = Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TBP.DECDAT", "2026-11-12")
                        .add("TBP.ECOG", "true").add("TBP.NORAPID", "true").add("TBP.NOCRIT", "true").add("TBP.NOSYMP", "true")
                        .add("TBP.TOLER", "true").add("TBP.BENEFIT", "true").add("TBP.RECONDAT", "2026-11-12"))
                .add("status", "COMPLETE").build().toString();
        assertEquals(201, coordinator.post(STUDY + "/subjects/" + s + "/logs/F.TBP", decision).status());
        String tbpLock = STUDY + "/subjects/" + s + "/logs/F.TBP/1/lock";
        assertEquals(200, dataManager.put(tbpLock, lock("LOCKED", null)).status());

        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(week8), "Transcription error"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertTrue(list(corrected, "queries").stream().noneMatch(q -> q.getString("formOid").equals("F.TBP")), corrected.toString());
        assertEquals(List.of(), Review.queries(monitor, s, "origin=TBP-001"));

        assertEquals(200, dataManager.put(tbpLock, lock("OPEN", "TBP decision to be re-checked")).status());
        var next = coordinator.put(followUps(s) + "/1", correct(Review.version(corrected), "Clinical stability re-assessed",
                "TU.CLINSTAB", false));
        assertEquals(200, next.status(), next.toString());
        assertEquals(List.of("TBP-001:OPENED"), list(next, "queries").stream().filter(q -> q.getString("formOid").equals("F.TBP"))
                .map(q -> q.getString("checkId") + ":" + q.getString("action")).toList());
    }

    @Test
    void recordingTheFirstDoseQueriesTheInvestigatorResponsesItMakesDerivable() {
        String s = "CF-" + System.nanoTime() % 10_000_000;
        assertEquals(201, coordinator.post(STUDY + "/subjects", Api.json("subjectId", s, "siteOid", "SITE-01",
                "informedConsentDate", "2026-09-01")).status());
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2026-11-10", 44, "iSD"));
        assertEquals(201, week8.status(), week8.toString());
        assertEquals(List.of(), list(week8, "queries"), "nothing is computed before the first dose is known");

        var dosed = coordinator.put(STUDY + "/subjects/" + s + "/first-dose", Api.json("firstDoseDate", "2026-09-15"));
        assertEquals(200, dosed.status(), dosed.toString());
        assertEquals("iUPD", stored(followUps(s) + "/1", "TUD.RESP"));
        List<JsonObject> open = Review.queries(monitor, s, "origin=IR-009&status=OPEN");
        assertEquals(1, open.size(), "the investigator's iSD against the computed iUPD is queried");
        assertEquals(1, open.get(0).getInt("logNumber"));

        // A first dose more than 28 days after the baseline scan breaks IR-006 on the baseline form.
        var late = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2026-10-20", "reasonForChange", "Transcription error"));
        assertEquals(200, late.status(), late.toString());
        assertEquals(List.of("F.TUBL"), Review.queries(monitor, s, "origin=IR-006&status=OPEN").stream()
                .map(q -> q.getString("formOid")).toList());
        var back = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2026-09-15", "reasonForChange", "Back to the source date"));
        assertEquals(200, back.status(), back.toString());
        assertEquals(List.of(), Review.queries(monitor, s, "origin=IR-006&status=OPEN"));
    }

    @Test
    void anEarlyConfirmationScanRaisesQueryAndDeviationAndItsDateCorrectionDerivesClosesAndClearsThemInOneSave() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        assertEquals(201, coordinator.post(followUps(s), followUp("2026-11-10", 44, "iUPD")).status());
        // 15 days after the iUPD: too early to confirm progression (iRECIST: 4 to 8 weeks).
        var early = coordinator.post(followUps(s), followUp("2026-11-25", 50, "iCPD"));
        assertEquals(201, early.status(), early.toString());
        assertEquals("iUPD", stored(followUps(s) + "/2", "TUD.RESP"));
        assertEquals(List.of("IR-009:OPENED", "IR-010:OPENED"), list(early, "queries").stream()
                .map(q -> q.getString("checkId") + ":" + q.getString("action")).sorted().toList());
        assertEquals(List.of("DEV-CONFIRM-WINDOW:RAISED"), list(early, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());

        var corrected = coordinator.put(followUps(s) + "/2", correct(Review.version(early), "Scan date per radiology report",
                "TU.DAT", "2026-12-15"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(List.of("2:iUPD->iCPD"), derived(corrected, "TUD.RESP"));
        assertTrue(derived(corrected, "TUD.IUPDCONF").contains("1:false->true"), "the week-8 iUPD is now confirmed: " + corrected);
        assertEquals(List.of("IR-009:CLOSED", "IR-010:CLOSED"), list(corrected, "queries").stream()
                .map(q -> q.getString("checkId") + ":" + q.getString("action")).sorted().toList());
        assertEquals(List.of("DEV-CONFIRM-WINDOW:CLOSED_BY_CORRECTION"), list(corrected, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());
        assertEquals(List.of(), Review.queries(monitor, s, "status=OPEN"));
        assertEquals(List.of(), monitor.get(STUDY + "/deviations?subject=" + s + "&status=OPEN").array().getValuesAs(JsonObject.class));
        assertEquals("iCPD", stored(baselinePath(s), "TUD.BOR"));
    }

    // ---- 3. adverse event checks and deviations ------------------------------------------------------------

    private static String ae(Object... kv) {
        var items = Json.createObjectBuilder().add("AE.TERM", "Immune hepatitis").add("AE.MEDDRA", "10001551")
                .add("AE.GRADE", "4").add("AE.STDAT", "2026-10-06").add("AE.ONGO", "true").add("AE.SER", "true")
                .add("AE.REL", "PROBABLE").add("AE.ACN", "HELD").add("AE.OUT", "RECOVERING").add("AE.IRAE", "true")
                .add("AE.IRCAT", "HEPATIC").add("AE.CS", "false");
        for (int i = 0; i < kv.length; i += 2) {
            items.add((String) kv[i], kv[i + 1].toString());
        }
        return Json.createObjectBuilder().add("items", items).add("status", "COMPLETE").build().toString();
    }

    @Test
    void anIrAeWithoutSteroidOpensAQueryAndADoseAfterItsGrade4OnsetADeviationEachClosedByItsOwnCorrection() {
        String s = Review.newSubject("CF", "SITE-01");
        var dose = coordinator.post(doses(s), DeviationIT.dose("2026-10-20"));
        assertEquals(201, dose.status(), dose.toString());
        assertEquals(List.of(), list(dose, "deviations"));

        String aeLog = STUDY + "/subjects/" + s + "/logs/F.AE";
        var added = coordinator.post(aeLog, ae());
        assertEquals(201, added.status(), added.toString());
        assertEquals(List.of("AE-006:OPENED"), list(added, "queries").stream()
                .map(q -> q.getString("checkId") + ":" + q.getString("action")).toList());
        assertEquals(List.of("DEV-IRAE4-DOSE:RAISED"), list(added, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());
        JsonObject q = Review.queries(monitor, s, "origin=AE-006").get(0);
        assertEquals("AE.CS", q.getString("itemOid"));
        assertEquals("F.AE", q.getString("formOid"));

        // The steroid was given: the query closes, the grade 4 irAE is still followed by a dose.
        var steroid = coordinator.put(aeLog + "/1", correct(Review.version(added), "Steroid given, omitted in error",
                "AE.CS", true, "AE.CSAGENT", "Methylprednisolone", "AE.CSDOSE", "2"));
        assertEquals(200, steroid.status(), steroid.toString());
        assertEquals(List.of("AE-006:CLOSED"), list(steroid, "queries").stream()
                .map(e -> e.getString("checkId") + ":" + e.getString("action")).toList());
        assertEquals(List.of(), list(steroid, "deviations"));
        assertEquals("CLOSED", monitor.get(STUDY + "/queries/" + q.getInt("id")).json().getString("state"));
        assertEquals("OPEN", monitor.get(STUDY + "/deviations?subject=" + s).array().getJsonObject(0).getString("status"));

        // The grade was 3: the deviation closes by correction; the query stays closed and no other is opened.
        var grade = coordinator.put(aeLog + "/1", correct(Review.version(steroid), "Grade per source is 3", "AE.GRADE", 3));
        assertEquals(200, grade.status(), grade.toString());
        assertEquals(List.of("DEV-IRAE4-DOSE:CLOSED_BY_CORRECTION"), list(grade, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());
        assertEquals(List.of(), list(grade, "queries"));
        assertEquals(List.of(), Review.queries(monitor, s, "status=OPEN"));
    }

    // ---- 4. dosing after confirmed progression -------------------------------------------------------------

    @Test
    void aDoseAfterIcpdIsFlaggedInTheSaveAndClosedWhenTheDoseDateIsCorrectedWithItsHistoryKept() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var byMonitor = monitor.post(doses(s), DeviationIT.dose("2026-12-16"));
        assertEquals(403, byMonitor.status(), byMonitor.toString());
        assertEquals(403, dataManager.post(doses(s), DeviationIT.dose("2026-12-16")).status(), "data managers never change data");
        assertEquals(0, coordinator.get(doses(s)).array().size(), "the monitor's dose was not stored");

        var saved = coordinator.post(doses(s), DeviationIT.dose("2026-12-16"));
        assertEquals(201, saved.status(), saved.toString());
        List<JsonObject> raised = list(saved, "deviations");
        assertEquals(List.of("DEV-ICPD-DOSE:RAISED:CRITICAL"), raised.stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change") + ":" + d.getString("severity")).toList());
        assertEquals(List.of(), list(saved, "derived"), "a dose derives nothing");
        assertEquals(List.of(), list(saved, "queries"));
        long id = raised.get(0).getJsonNumber("deviationId").longValue();
        String path = STUDY + "/deviations/" + id;

        assertEquals(403, coordinator.post(path + "/acknowledge", "{}").status(), "coordinators do not acknowledge");
        var ack = monitor.post(path + "/acknowledge", Api.json("note", "Discussed with the investigator"));
        assertEquals(200, ack.status(), ack.toString());
        assertEquals("ACKNOWLEDGED", ack.json().getString("status"));
        assertEquals(403, monitor.put(doses(s) + "/1", correct(Review.version(saved), "x", "EX.EXDAT", "2026-11-01")).status(),
                "monitors never change data");

        var corrected = coordinator.put(doses(s) + "/1", correct(Review.version(saved), "Dose date typed wrong: 1 November",
                "EX.EXDAT", "2026-11-01"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(List.of("DEV-ICPD-DOSE:CLOSED_BY_CORRECTION:CLOSED"), list(corrected, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change") + ":" + d.getString("status")).toList());

        JsonObject d = dataManager.get(path).json();
        assertEquals("CLOSED", d.getString("status"));
        List<JsonObject> history = d.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("RAISED:coordinator1", "ACKNOWLEDGED:monitor1", "CLOSED_BY_CORRECTION:coordinator1"),
                history.stream().map(h -> h.getString("change") + ":" + h.getString("by")).toList());
        assertEquals("ACKNOWLEDGED", history.get(2).getString("fromStatus"));
        assertTrue(d.getString("closingNote").contains("coordinator1 saved F.EX"), d.toString());
        assertEquals(List.of(), dataManager.get(STUDY + "/deviations?subject=" + s + "&status=OPEN").array()
                .getValuesAs(JsonObject.class));
    }

    @Test
    void correctingTheScansAnswersDerivedQueriesAndDeviationsInOneSave() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var dose = coordinator.post(doses(s), DeviationIT.dose("2026-12-16"));
        assertEquals(List.of("DEV-ICPD-DOSE"), list(dose, "deviations").stream().map(d -> d.getString("ruleId")).toList());

        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                "Transcription error: T1 is 34 mm"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(List.of("1:iUPD->iSD", "2:iCPD->iUPD"), derived(corrected, "TUD.RESP"));
        assertTrue(list(corrected, "queries").stream().anyMatch(q -> q.getString("checkId").equals("IR-009")
                && q.getString("action").equals("OPENED")), corrected.toString());
        // Progression is no longer confirmed before the dose, but an iUPD is pending with no TBP decision.
        assertEquals(List.of("DEV-ICPD-DOSE:CLOSED_BY_CORRECTION", "DEV-IUPD-DOSE:RAISED"), list(corrected, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).sorted().toList());

        // The timeline shows the responses as they now stand.
        var timeline = coordinator.get(STUDY + "/subjects/" + s + "/timeline").array().getValuesAs(JsonObject.class);
        assertEquals(List.of("ASSESSMENT:2026-09-10:", "ASSESSMENT:2026-11-10:iSD", "ASSESSMENT:2026-12-15:iUPD", "DOSE:2026-12-16:"),
                timeline.stream().map(e -> e.getString("category") + ":" + e.getString("date") + ":"
                        + e.getString("response", "")).toList());
    }

    // ---- 5. source data verification and derived values ---------------------------------------------------

    private JsonObject sdv(String formPath) {
        var r = monitor.get(formPath + "/sdv");
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static Map<String, JsonObject> sdvItems(JsonObject view) {
        return view.getJsonArray("items").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                i -> i.getString("itemOid") + (!i.containsKey("repeatKey") || i.isNull("repeatKey") ? "" : "[" + i.getString("repeatKey") + "]"),
                i -> i));
    }

    @Test
    void verificationCoversTheSiteValuesAndARecomputationLeavesNoMarkOnAChangedValue() {
        String s = progressing();
        String later = followUps(s) + "/2";
        var verified = monitor.post(later + "/sdv", "{}");
        assertEquals(200, verified.status(), verified.toString());
        Map<String, JsonObject> items = sdvItems(verified.json());
        assertTrue(items.containsKey("TL.DIAM[T1]") && items.containsKey("TU.INVRESP"), items.keySet().toString());
        assertTrue(items.keySet().stream().noneMatch(k -> k.startsWith("TUD.")),
                "derived values are the product's, not source data: " + items.keySet());
        assertTrue(verified.json().getBoolean("complete"));
        var derivedItem = monitor.post(later + "/sdv", Json.createObjectBuilder()
                .add("items", Json.createArrayBuilder().add("TUD.RESP")).build().toString());
        assertEquals(422, derivedItem.status(), derivedItem.toString());
        assertEquals("TUD.RESP", derivedItem.json().getJsonArray("errors").getJsonObject(0).getString("item"));

        // Correcting the earlier scan recomputes the later one's derived values: its site values stay verified.
        var earlier = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                "Transcription error"));
        assertEquals(200, earlier.status(), earlier.toString());
        assertEquals(List.of("1:iUPD->iSD", "2:iCPD->iUPD"), derived(earlier, "TUD.RESP"));
        JsonObject after = sdv(later);
        assertTrue(after.getBoolean("complete"), after.toString());
        assertNoStaleMark(later, after);

        // Correcting the later scan itself clears the mark of the value changed, and only that one.
        var own = coordinator.put(later, correctT1(56, Review.version(coordinator, later), "Re-measured"));
        assertEquals(200, own.status(), own.toString());
        JsonObject mine = sdv(later);
        assertEquals(mine.getInt("values") - 1, mine.getInt("verified"), mine.toString());
        JsonObject t1 = sdvItems(mine).get("TL.DIAM[T1]");
        assertEquals("56", t1.getString("value"));
        assertTrue(!t1.containsKey("verifiedBy") || t1.isNull("verifiedBy"), t1.toString());
        assertNoStaleMark(later, mine);
        List<JsonObject> cleared = Review.audit(s, "SDV").stream().filter(a -> "CLEARED".equals(a.getString("newValue", null))).toList();
        assertEquals(List.of("TL.DIAM"), cleared.stream().map(a -> a.getString("itemOid")).toList());

        // Progress counts what can be verified.
        JsonObject row = monitor.get(STUDY + "/sdv?site=SITE-01").json().getJsonArray("subjects").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("subjectId").equals(s)).findFirst().orElseThrow();
        long siteValues = List.of(baselinePath(s), followUps(s) + "/1", later).stream()
                .flatMap(p -> form(p).getJsonArray("values").getValuesAs(JsonObject.class).stream())
                .filter(v -> !v.getString("origin").equals("DERIVED")).count();
        assertEquals(siteValues, row.getInt("values"));
        assertEquals(mine.getInt("verified"), row.getInt("verified"));
    }

    /** Every value shown verified is a site value equal to the one stored now. */
    private void assertNoStaleMark(String formPath, JsonObject sdvView) {
        Map<String, JsonObject> storedValues = form(formPath).getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(v -> v.getString("itemOid") + (!v.containsKey("repeatKey") || v.isNull("repeatKey")
                        ? "" : "[" + v.getString("repeatKey") + "]"), v -> v));
        sdvItems(sdvView).forEach((key, item) -> {
            if (item.containsKey("verifiedBy") && !item.isNull("verifiedBy")) {
                JsonObject now = storedValues.get(key);
                assertTrue(now != null && now.getString("value").equals(item.getString("value"))
                        && !now.getString("origin").equals("DERIVED"), key + " shown verified: " + item + ", stored " + now);
            }
        });
        List<JsonObject> marks = Review.audit(sdvView.getString("subjectId"), "SDV");
        assertFalse(marks.stream().anyMatch(a -> a.getString("itemOid", "").startsWith("TUD.")), marks.toString());
    }

    // ---- 6. site scope across the review endpoints ---------------------------------------------------------

    @Test
    void anotherSitesCoordinatorFindsNoneOfTheSubjectsReviewDataAndListsNoneOfItsRows() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var dose = coordinator.post(doses(s), DeviationIT.dose("2026-12-16"));
        long deviation = list(dose, "deviations").get(0).getJsonNumber("deviationId").longValue();
        var opened = monitor.post(STUDY + "/queries", Json.createObjectBuilder().add("subjectId", s).add("formOid", "F.TUFU")
                .add("logNumber", 2).add("itemOid", "TU.INVRESP").add("text", "Please confirm iCPD with the radiology report")
                .build().toString());
        assertEquals(201, opened.status(), opened.toString());
        int query = opened.json().getInt("id");
        assertEquals(200, monitor.post(followUps(s) + "/1/sdv", "{}").status());

        Api other = Suite.as("coordinator2");
        String subject = STUDY + "/subjects/" + s;
        String missing = STUDY + "/subjects/NO-SUCH-SUBJECT";
        for (String tail : List.of("/timeline", "/audit", "/lock", "/logs/F.TUFU/1", "/logs/F.TUFU/1/sdv", "/logs/F.TUFU/1/lock",
                "/visits/SCREENING/forms/F.TUBL/lock", "/visits/SCREENING/forms/F.TUBL/sdv")) {
            var r = other.get(subject + tail);
            assertEquals(404, r.status(), tail + ": " + r);
            assertEquals(other.get(missing + tail).json().getString("detail").replace("NO-SUCH-SUBJECT", "X"),
                    r.json().getString("detail").replace(s, "X"), tail + ": told apart from a missing subject");
        }
        for (String tail : List.of("/lock", "/logs/F.TUFU/1/lock")) {
            var r = other.put(subject + tail, lock("FROZEN", null));
            var none = other.put(missing + tail, lock("FROZEN", null));
            assertEquals(none.status(), r.status(), tail + ": " + r);
            assertEquals(none.json().getString("detail").replace("NO-SUCH-SUBJECT", "X"), r.json().getString("detail").replace(s, "X"));
        }
        var verify = other.post(followUps(s) + "/1/sdv", "{}");
        var verifyNone = other.post(missing + "/logs/F.TUFU/1/sdv", "{}");
        assertEquals(verifyNone.status(), verify.status(), verify.toString());
        assertEquals(verifyNone.json().getString("detail").replace("NO-SUCH-SUBJECT", "X"), verify.json().getString("detail").replace(s, "X"));
        var write = other.put(followUps(s) + "/1", correctT1(34, 1, "not mine"));
        assertEquals(404, write.status(), write.toString());
        assertEquals(404, other.post(doses(s), DeviationIT.dose("2026-12-20")).status());
        assertEquals(404, other.get(STUDY + "/queries/" + query).status());
        assertEquals(404, other.post(STUDY + "/queries/" + query + "/answer", Review.text("not mine")).status());
        assertEquals(404, other.get(STUDY + "/deviations/" + deviation).status());
        assertEquals(other.post(STUDY + "/deviations/999999999/acknowledge", "{}").status(),
                other.post(STUDY + "/deviations/" + deviation + "/acknowledge", "{}").status());

        assertEquals(List.of(), Review.queries(other, s, null));
        JsonObject queries = other.get(STUDY + "/queries").json();
        assertTrue(queries.getJsonArray("queries").getValuesAs(JsonObject.class).stream()
                .noneMatch(q -> q.getString("siteOid").equals("SITE-01")), "no SITE-01 query listed");
        assertTrue(queries.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.getString("siteOid").equals("SITE-01")), "no SITE-01 count");
        assertEquals(List.of(), other.get(STUDY + "/queries?site=SITE-01").json().getJsonArray("queries").getValuesAs(JsonObject.class));
        assertEquals(List.of(), other.get(STUDY + "/sdv?site=SITE-01").json().getJsonArray("subjects").getValuesAs(JsonObject.class));
        assertEquals(0, other.get(STUDY + "/deviations?subject=" + s).array().size());
        assertTrue(other.get(STUDY + "/deviations").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(d -> d.getString("siteOid").equals("SITE-01")));
        assertEquals(0, other.get(STUDY + "/deviations?site=SITE-01").array().size());
        JsonObject progress = other.get(STUDY + "/sdv").json();
        assertTrue(progress.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("siteOid").equals("SITE-01")), progress.toString());
        assertTrue(progress.getJsonArray("subjects").getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("siteOid").equals("SITE-01")));
        assertTrue(other.get(STUDY + "/subjects").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("subjectId", r.getString("subjectKey", "")).equals(s)));

        // The live stream of SITE-02's coordinator: the next SITE-01 deviation never reaches it; its own site's does.
        String own = DeviationIT.newSubject(other, "SITE-02");
        try (EventStream stream = EventStream.open(STUDY + "/deviations/stream", "coordinator2", null)) {
            assertEquals(200, stream.status());
            var again = coordinator.post(doses(s), DeviationIT.dose("2026-12-20"));
            assertEquals("DEV-ICPD-DOSE", list(again, "deviations").get(0).getString("ruleId"), again.toString());
            DeviationIT.saveVitals(other, own, DeviationIT.OUTSIDE, null);
            EventStream.Event first = stream.nextAbout(java.util.Set.of(s, own));
            assertEquals(own, first.json().getString("subjectKey"));
        }

        // Nothing moved: the query and the deviation are as the SITE-01 users left them.
        assertEquals("NEW", monitor.get(STUDY + "/queries/" + query).json().getString("state"));
        assertEquals("OPEN", monitor.get(STUDY + "/deviations/" + deviation).json().getString("status"));
    }
}
