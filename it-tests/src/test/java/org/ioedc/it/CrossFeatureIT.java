package org.ioedc.it;

import static org.ioedc.it.Course.STUDY;
import static org.ioedc.it.Course.baseline;
import static org.ioedc.it.Course.baselinePath;
import static org.ioedc.it.Course.correct;
import static org.ioedc.it.Course.correctT1;
import static org.ioedc.it.Course.derived;
import static org.ioedc.it.Course.everything;
import static org.ioedc.it.Course.followUp;
import static org.ioedc.it.Course.followUps;
import static org.ioedc.it.Course.form;
import static org.ioedc.it.Course.list;
import static org.ioedc.it.Course.lock;
import static org.ioedc.it.Course.progressing;
import static org.ioedc.it.Course.stored;
import static org.ioedc.it.Course.tbpDecision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seams between the stored iRECIST derivations and the review features built beside them, seen over HTTP:
 * freeze and lock of an assessment whose derived values a correction would change, edit-check queries on the
 * forms a save or a first dose date recomputes, and source data verification of recomputed forms. Each test
 * enrols its own SITE-01 subject; the tumour course is described in {@link Course}.
 */
@ExtendWith(Suite.class)
class CrossFeatureIT {

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api dataManager = Suite.as("datamanager1");

    // ---- 1. freeze and lock against recomputed derivations --------------------------------------------------

    @Test
    void aFrozenLaterAssessmentStillFollowsTheCorrectionOfAnEarlierScanButRefusesTheSite() {
        String s = progressing();
        String later = followUps(s) + "/2";
        assertEquals(200, dataManager.put(later + "/lock", lock("FROZEN", null)).status());

        long v1 = Review.version(coordinator, followUps(s) + "/1");
        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, v1, "Transcription error: T1 is 34 mm"));
        assertEquals(200, corrected.status(), corrected.toString());
        assertEquals(List.of("1:iUPD->iSD", "2:iCPD->iUPD"), derived(corrected, "TUD.RESP"));
        assertEquals("iUPD", stored(later, "TUD.RESP"));

        var siteEntry = coordinator.put(later, correct(Review.version(coordinator, later), "Investigator re-read",
                "TU.INVRESP", "iUPD"));
        assertEquals(409, siteEntry.status(), siteEntry.toString());
        assertTrue(siteEntry.json().getString("detail").contains("frozen by datamanager1"), siteEntry.body());
    }

    @Test
    void aLockedLaterAssessmentRefusesTheCorrectionThatWouldChangeItsResponseUntilUnlocked() {
        String s = progressing();
        String later = followUps(s) + "/2";
        assertEquals(200, dataManager.put(later + "/lock", lock("LOCKED", null)).status());
        List<String> before = everything(s);

        long v1 = Review.version(coordinator, followUps(s) + "/1");
        var refused = coordinator.put(followUps(s) + "/1", correctT1(34, v1, "Transcription error: T1 is 34 mm"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("Form F.TUFU #2 of subject " + s) && detail.contains("locked by datamanager1"), detail);
        assertEquals(before, everything(s), "nothing of the refused save is stored: values, derived values, audit, queries, deviations");
        assertEquals("44", form(followUps(s) + "/1").getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("itemOid").equals("TL.DIAM") && "T1".equals(v.getString("repeatKey", null)))
                .findFirst().orElseThrow().getString("value"));

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
        assertEquals("2025-12-15", stored(later, "TUD.IUPDDAT"));
        var audit = coordinator.get(STUDY + "/subjects/" + s + "/audit?formOid=F.TUFU&itemOid=TUD.RESP").array()
                .getValuesAs(JsonObject.class);
        JsonObject last = audit.get(audit.size() - 1);
        assertEquals("iCPD", last.getString("oldValue"));
        assertEquals("iUPD", last.getString("newValue"));
        assertEquals("DERIVED", last.getString("origin"));
        assertEquals("Recomputed (iRECIST) when coordinator1 saved F.TUFU #1", last.getString("reason"));
    }

    @Test
    void aFrozenBaselineKeepsTheBestResponseCurrentAndALockedOneRefusesAChangeOfIt() {
        String s = progressing();
        String baseline = STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL";
        assertEquals("iCPD", stored(baselinePath(s), "TUD.BOR"));
        assertEquals(200, dataManager.put(baseline + "/lock", lock("FROZEN", null)).status());

        var corrected = coordinator.put(followUps(s) + "/1", correctT1(34, Review.version(coordinator, followUps(s) + "/1"),
                "Transcription error"));
        assertEquals(200, corrected.status(), corrected.toString());
        List<String> bor = derived(corrected, "TUD.BOR");
        assertEquals(1, bor.size(), corrected.toString());
        assertTrue(bor.get(0).startsWith("F.TUBL:iCPD->"), bor.toString());
        String now = bor.get(0).substring("F.TUBL:iCPD->".length());
        assertEquals(now.isEmpty() ? null : now, stored(baselinePath(s), "TUD.BOR"), "the frozen baseline follows the corrected course");

        assertEquals(200, dataManager.put(baseline + "/lock", lock("LOCKED", null)).status());
        List<String> before = everything(s);
        var refused = coordinator.put(followUps(s) + "/1", correctT1(44, Review.version(corrected), "Transcription error undone"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("Form F.TUBL at SCREENING of subject " + s), refused.body());
        assertEquals(before, everything(s));
    }

    @Test
    void aFirstDoseCorrectionThatWouldRederiveALockedAssessmentIsRefusedWithNothingSaved() {
        String s = progressing();
        assertEquals(200, dataManager.put(followUps(s) + "/1/lock", lock("LOCKED", null)).status());
        List<String> before = everything(s);

        // A first dose before the baseline scan (2025-09-10) makes the course underivable: every derived value would change.
        var refused = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2025-09-08", "reasonForChange", "Transcription error"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("Form F.TUFU #1 of subject " + s), refused.body());
        assertEquals("2025-09-15", coordinator.get(STUDY + "/subjects/" + s).json().getString("firstDoseDate"));
        assertEquals(before, everything(s));

        // A correction that leaves every derived value as it is goes through.
        var accepted = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2025-09-14", "reasonForChange", "Transcription error"));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("iUPD", stored(followUps(s) + "/1", "TUD.RESP"));
    }


    // ---- 2. the investigator's response against the computed one (IR-009) ----------------------------------

    @Test
    void investigatorResponseQueryShowsBothValuesClosesOnCorrectionAndIsNotDuplicated() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var added = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iSD"));
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
    void aResponseDisagreementAPersonAcceptedIsQueriedAgainWhenTheComputedResponseChanges() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iSD"));
        int id = list(week8, "queries").get(0).getInt("queryId");
        assertEquals("TU.INVRESP, TUD.RESP", list(week8, "queries").get(0).getString("items"));
        assertEquals(200, monitor.post(STUDY + "/queries/" + id + "/close",
                Review.text("The investigator keeps iSD: the growth is pseudoprogression")).status());

        // Another save that leaves both responses as they are raises nothing: the monitor's decision stands.
        var same = coordinator.put(followUps(s) + "/1", correct(Review.version(week8), "Clinical stability re-assessed",
                "TU.CLINSTAB", false));
        assertEquals(200, same.status(), same.toString());
        assertEquals(List.of(), list(same, "queries"));

        // T1 re-measured at 15 mm: the computed response is now iPR, a disagreement no one has looked at.
        var remeasured = coordinator.put(followUps(s) + "/1", correctT1(15, Review.version(same), "T1 re-measured"));
        assertEquals(200, remeasured.status(), remeasured.toString());
        assertEquals("iPR", stored(followUps(s) + "/1", "TUD.RESP"));
        JsonObject again = list(remeasured, "queries").get(0);
        assertEquals("IR-009:OPENED", again.getString("checkId") + ":" + again.getString("action"));
        assertTrue(again.getString("message").contains("computed from the measurements is iPR"), again.toString());
        assertEquals(1, Review.queries(monitor, s, "origin=IR-009&status=OPEN").size());
    }

    @Test
    void correctingTheScansRequeriesATreatmentBeyondProgressionDecisionThatNoLongerFollowsAPendingIupd() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD"));
        assertEquals(201, week8.status(), week8.toString());
        String decision = tbpDecision("2025-11-12");
        var tbp = coordinator.post(STUDY + "/subjects/" + s + "/logs/F.TBP", decision);
        assertEquals(201, tbp.status(), tbp.toString());
        assertEquals(List.of(), list(tbp, "queries"), "the decision follows the pending iUPD of 2025-11-10");

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
        var week8 = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD"));
        String decision = tbpDecision("2025-11-12");
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
                "informedConsentDate", "2025-09-01")).status());
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        var week8 = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iSD"));
        assertEquals(201, week8.status(), week8.toString());
        assertEquals(List.of(), list(week8, "queries"), "nothing is computed before the first dose is known");

        var dosed = coordinator.put(STUDY + "/subjects/" + s + "/first-dose", Api.json("firstDoseDate", "2025-09-15"));
        assertEquals(200, dosed.status(), dosed.toString());
        assertEquals("2025-09-15", dosed.json().getString("firstDoseDate"));
        assertEquals("iUPD", stored(followUps(s) + "/1", "TUD.RESP"));
        List<JsonObject> open = Review.queries(monitor, s, "origin=IR-009&status=OPEN");
        assertEquals(1, open.size(), "the investigator's iSD against the computed iUPD is queried");
        assertEquals(1, open.get(0).getInt("logNumber"));
        // The coordinator sees at once what recording the date did, as after a form save.
        assertEquals(List.of("1:->iUPD"), derived(dosed, "TUD.RESP"));
        assertEquals(List.of("IR-009:OPENED:1"), list(dosed, "queries").stream()
                .map(q -> q.getString("checkId") + ":" + q.getString("action") + ":" + q.getInt("logNumber")).toList());
        assertEquals(List.of(), list(dosed, "deviations"));

        // A first dose more than 28 days after the baseline scan breaks IR-006 on the baseline form.
        var late = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2025-10-20", "reasonForChange", "Transcription error"));
        assertEquals(200, late.status(), late.toString());
        assertEquals(List.of("F.TUBL"), Review.queries(monitor, s, "origin=IR-006&status=OPEN").stream()
                .map(q -> q.getString("formOid")).toList());
        // The baseline scan is now day -40, outside the screening window (day -28 to -1).
        assertEquals(List.of("DEV-VISIT-WINDOW:RAISED"), list(late, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());
        var back = coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2025-09-15", "reasonForChange", "Back to the source date"));
        assertEquals(200, back.status(), back.toString());
        assertEquals(List.of(), Review.queries(monitor, s, "origin=IR-006&status=OPEN"));
        assertEquals(List.of("DEV-VISIT-WINDOW:CLOSED_BY_CORRECTION"), list(back, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());
        assertTrue(list(back, "queries").stream().anyMatch(q -> q.getString("checkId").equals("IR-006")
                && q.getString("action").equals("CLOSED") && q.getString("message").contains("the change of the first dose date")),
                back.toString());
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
}
