package org.ioedc.it;

import static org.ioedc.it.Course.STUDY;
import static org.ioedc.it.Course.baseline;
import static org.ioedc.it.Course.baselinePath;
import static org.ioedc.it.Course.correct;
import static org.ioedc.it.Course.correctT1;
import static org.ioedc.it.Course.derived;
import static org.ioedc.it.Course.doses;
import static org.ioedc.it.Course.followUp;
import static org.ioedc.it.Course.followUps;
import static org.ioedc.it.Course.list;
import static org.ioedc.it.Course.lock;
import static org.ioedc.it.Course.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seams between data entry, the iRECIST derivations, queries and protocol deviations, and the site scope of
 * the review endpoints, seen over HTTP: what one save answers (derived values, queries, deviations), what a
 * correction closes, who may act, what the live stream announces and what another site's coordinator finds.
 * Each test enrols its own subjects; the tumour course is described in {@link Course}.
 */
@ExtendWith(Suite.class)
class CrossFeatureDeviationIT {

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api dataManager = Suite.as("datamanager1");

    @Test
    void aRefusedCorrectionLeavesTheDeviationOpenAndAnnouncesNothing() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var dose = coordinator.post(doses(s), DeviationIT.dose("2025-12-16"));
        long deviation = list(dose, "deviations").get(0).getJsonNumber("deviationId").longValue();
        String later = followUps(s) + "/2";
        assertEquals(200, dataManager.put(later + "/lock", lock("LOCKED", null)).status());

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
            List<String> heard = Stream.of(stream.nextAbout(Set.of(s)), stream.nextAbout(Set.of(s)))
                    .map(EventStream.Event::id).sorted().toList();
            assertEquals(announced, heard);
        }
        assertEquals("CLOSED", monitor.get(STUDY + "/deviations/" + deviation).json().getString("status"));
    }

    @Test
    void aLockedSubjectsDeviationsTakeNoReviewStepUntilUnlocked() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var dose = coordinator.post(doses(s), DeviationIT.dose("2025-12-16"));
        long deviation = list(dose, "deviations").get(0).getJsonNumber("deviationId").longValue();
        String subjectLock = STUDY + "/subjects/" + s + "/lock";
        assertEquals(200, dataManager.put(subjectLock, lock("LOCKED", null)).status());

        var ack = monitor.post(STUDY + "/deviations/" + deviation + "/acknowledge", Api.json("note", "Seen"));
        assertEquals(409, ack.status(), ack.toString());
        assertTrue(ack.json().getString("detail").contains("Subject " + s + " is locked"), ack.body());
        var close = dataManager.post(STUDY + "/deviations/" + deviation + "/close", Api.json("note", "Discussed with site"));
        assertEquals(409, close.status(), close.toString());
        JsonObject d = monitor.get(STUDY + "/deviations/" + deviation).json();
        assertEquals("OPEN", d.getString("status"));
        assertEquals(1, d.getJsonArray("history").size());

        assertEquals(200, dataManager.put(subjectLock, lock("OPEN", "Deviation review pending")).status());
        assertEquals(200, monitor.post(STUDY + "/deviations/" + deviation + "/acknowledge", Api.json("note", "Seen")).status());
    }

    @Test
    void anEarlyConfirmationScanRaisesQueryAndDeviationAndItsDateCorrectionDerivesClosesAndClearsThemInOneSave() {
        String s = Review.newSubject("CF", "SITE-01");
        assertEquals(200, coordinator.put(baselinePath(s), baseline()).status());
        assertEquals(201, coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD")).status());
        // 15 days after the iUPD: too early to confirm progression (iRECIST: 4 to 8 weeks).
        var early = coordinator.post(followUps(s), followUp("2025-11-25", 50, "iCPD"));
        assertEquals(201, early.status(), early.toString());
        assertEquals("iUPD", stored(followUps(s) + "/2", "TUD.RESP"));
        assertEquals(List.of("IR-009:OPENED", "IR-010:OPENED"), list(early, "queries").stream()
                .map(q -> q.getString("checkId") + ":" + q.getString("action")).sorted().toList());
        assertEquals(List.of("DEV-CONFIRM-WINDOW:RAISED"), list(early, "deviations").stream()
                .map(d -> d.getString("ruleId") + ":" + d.getString("change")).toList());

        var corrected = coordinator.put(followUps(s) + "/2", correct(Review.version(early), "Scan date per radiology report",
                "TU.DAT", "2025-12-15"));
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
                .add("AE.GRADE", "4").add("AE.STDAT", "2025-10-06").add("AE.ONGO", "true").add("AE.SER", "true")
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
        var dose = coordinator.post(doses(s), DeviationIT.dose("2025-10-20"));
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
        var byMonitor = monitor.post(doses(s), DeviationIT.dose("2025-12-16"));
        assertEquals(403, byMonitor.status(), byMonitor.toString());
        assertEquals(403, dataManager.post(doses(s), DeviationIT.dose("2025-12-16")).status(), "data managers never change data");
        assertEquals(0, coordinator.get(doses(s)).array().size(), "the monitor's dose was not stored");

        var saved = coordinator.post(doses(s), DeviationIT.dose("2025-12-16"));
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
        assertEquals(403, monitor.put(doses(s) + "/1", correct(Review.version(saved), "x", "EX.EXDAT", "2025-11-01")).status(),
                "monitors never change data");

        var corrected = coordinator.put(doses(s) + "/1", correct(Review.version(saved), "Dose date typed wrong: 1 November",
                "EX.EXDAT", "2025-11-01"));
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
        var dose = coordinator.post(doses(s), DeviationIT.dose("2025-12-16"));
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
        assertEquals(List.of("ASSESSMENT:2025-09-10:", "ASSESSMENT:2025-11-10:iSD", "ASSESSMENT:2025-12-15:iUPD", "DOSE:2025-12-16:"),
                timeline.stream().map(e -> e.getString("category") + ":" + e.getString("date") + ":"
                        + e.getString("response", "")).toList());
    }

    // ---- 6. site scope across the review endpoints ---------------------------------------------------------

    @Test
    void anotherSitesCoordinatorFindsNoneOfTheSubjectsReviewDataAndListsNoneOfItsRows() {
        String s = DeviationIT.confirmedProgression(coordinator);
        var dose = coordinator.post(doses(s), DeviationIT.dose("2025-12-16"));
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
        assertEquals(404, other.post(doses(s), DeviationIT.dose("2025-12-20")).status());
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
            var again = coordinator.post(doses(s), DeviationIT.dose("2025-12-20"));
            assertEquals("DEV-ICPD-DOSE", list(again, "deviations").get(0).getString("ruleId"), again.toString());
            DeviationIT.saveVitals(other, own, DeviationIT.OUTSIDE, null);
            EventStream.Event first = stream.nextAbout(Set.of(s, own));
            assertEquals(own, first.json().getString("subjectKey"));
        }

        // Nothing moved: the query and the deviation are as the SITE-01 users left them.
        assertEquals("NEW", monitor.get(STUDY + "/queries/" + query).json().getString("state"));
        assertEquals("OPEN", monitor.get(STUDY + "/deviations/" + deviation).json().getString("status"));
    }
}
