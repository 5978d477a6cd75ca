package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Protocol deviations through the API: raised in the response to the save that broke the rule, stored
 * once per fact, closed by the system when the data is corrected (and saying so in the history), the
 * review actions and who may take them, and site scope. Driven by the visit window rule
 * (DEV-VISIT-WINDOW): the demo's C2D1 is day 22 with 3 days either side.
 */
@ExtendWith(Suite.class)
class DeviationIT {

    static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    static final String WINDOW = "DEV-VISIT-WINDOW";
    /** First dose 2025-09-15 (day 1): C2D1's window is 2025-10-03 to 2025-10-09. */
    static final String FIRST_DOSE = "2025-09-15";
    static final String OUTSIDE = "2025-10-20";
    static final String INSIDE = "2025-10-06";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Api coordinator1 = Suite.as("coordinator1");
    private final Api coordinator2 = Suite.as("coordinator2");
    private final Api monitor1 = Suite.as("monitor1");
    private final Api datamanager = Suite.as("datamanager1");
    private final Api admin = Suite.as("admin");

    static String newSubject(Api coordinator, String site) {
        String id = "DV-" + site.substring(5) + "-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", site,
                "screeningNumber", "S" + id, "informedConsentDate", "2025-09-01", "firstDoseDate", FIRST_DOSE));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    /** Saves vital signs at C2D1 dated {@code date}; {@code version} null for the first save. */
    static Api.Reply saveVitals(Api coordinator, String subject, String date, Long version) {
        String body = version == null
                ? "{\"items\":{\"VS.VSDAT\":\"" + date + "\",\"VS.SYSBP\":121,\"VS.DIABP\":78},\"status\":\"IN_PROGRESS\"}"
                : "{\"items\":{\"VS.VSDAT\":\"" + date + "\",\"VS.SYSBP\":121,\"VS.DIABP\":78},\"status\":\"IN_PROGRESS\",\"version\":" + version + "}";
        return coordinator.put(STUDY + "/subjects/" + subject + "/visits/C2D1/forms/F.VS", body);
    }

    static long version(Api.Reply save) {
        return save.json().getJsonObject("form").getJsonNumber("version").longValue();
    }

    static List<JsonObject> deviations(Api.Reply save) {
        return save.json().getJsonArray("deviations").stream().map(v -> (JsonObject) v).toList();
    }

    /** Raises a window deviation for a new subject of the site; returns {subject, deviation id}. */
    static String[] raise(Api coordinator, String site) {
        String subject = newSubject(coordinator, site);
        var saved = saveVitals(coordinator, subject, OUTSIDE, null);
        assertEquals(200, saved.status(), saved.toString());
        List<JsonObject> raised = deviations(saved);
        assertEquals(1, raised.size(), saved.toString());
        return new String[] {subject, String.valueOf(raised.get(0).getJsonNumber("deviationId").longValue())};
    }

    @Test
    void theSaveThatBreaksTheRuleNamesTheDeviationAndItIsStoredOnce() {
        String subject = newSubject(coordinator1, "SITE-01");
        var saved = saveVitals(coordinator1, subject, OUTSIDE, null);
        assertEquals(200, saved.status(), saved.toString());
        List<JsonObject> raised = deviations(saved);
        assertEquals(1, raised.size(), saved.toString());
        JsonObject d = raised.get(0);
        assertEquals(WINDOW, d.getString("ruleId"));
        assertEquals("RAISED", d.getString("change"));
        assertEquals("OPEN", d.getString("status"));
        assertEquals("MINOR", d.getString("severity"));
        assertEquals("C2D1", d.getString("visitOid"));
        assertEquals(subject, d.getString("subjectKey"));
        assertEquals("SITE-01", d.getString("siteOid"));
        assertEquals(OUTSIDE, d.getJsonObject("values").getString("date"));
        assertTrue(d.getString("message").contains(OUTSIDE), d.toString());

        // The same fact saved again (another value changes) is not flagged a second time.
        String again = "{\"items\":{\"VS.SYSBP\":125},\"status\":\"IN_PROGRESS\",\"version\":" + version(saved) + "}";
        var second = coordinator1.put(STUDY + "/subjects/" + subject + "/visits/C2D1/forms/F.VS", again);
        assertEquals(200, second.status(), second.toString());
        assertEquals(List.of(), deviations(second));

        var log = monitor1.get(STUDY + "/deviations?subject=" + subject);
        assertEquals(200, log.status(), log.toString());
        assertEquals(1, log.array().size(), log.toString());
        JsonObject stored = log.array().getJsonObject(0);
        assertEquals("OPEN", stored.getString("status"));
        assertEquals(1, stored.getJsonArray("history").size());
        assertEquals("coordinator1", stored.getJsonArray("history").getJsonObject(0).getString("by"));
    }

    @Test
    void correctingTheDataClosesTheDeviationAndItsHistorySaysWhy() {
        String subject = newSubject(coordinator1, "SITE-01");
        var saved = saveVitals(coordinator1, subject, OUTSIDE, null);
        long id = deviations(saved).get(0).getJsonNumber("deviationId").longValue();

        var corrected = saveVitals(coordinator1, subject, INSIDE, version(saved));
        assertEquals(200, corrected.status(), corrected.toString());
        List<JsonObject> closed = deviations(corrected);
        assertEquals(1, closed.size(), corrected.toString());
        assertEquals("CLOSED_BY_CORRECTION", closed.get(0).getString("change"));
        assertEquals("CLOSED", closed.get(0).getString("status"));
        assertEquals(id, closed.get(0).getJsonNumber("deviationId").longValue());

        JsonObject d = monitor1.get(STUDY + "/deviations/" + id).json();
        assertEquals("CLOSED", d.getString("status"));
        var history = d.getJsonArray("history");
        assertEquals(2, history.size(), d.toString());
        JsonObject close = history.getJsonObject(1);
        assertEquals("CLOSED_BY_CORRECTION", close.getString("change"));
        assertEquals("OPEN", close.getString("fromStatus"));
        assertEquals("coordinator1", close.getString("by"));
        assertTrue(close.getString("note").contains("data was corrected"), close.toString());
        assertTrue(close.getString("note").contains("coordinator1 saved F.VS at visit C2D1"), close.toString());
        assertEquals(d.getString("closingNote"), close.getString("note"));

        // Breaking the rule again with the same fact reopens the deviation instead of flagging a second one.
        var broken = saveVitals(coordinator1, subject, OUTSIDE, version(corrected));
        assertEquals("REOPENED", deviations(broken).get(0).getString("change"));
        assertEquals(1, monitor1.get(STUDY + "/deviations?subject=" + subject).array().size());

        // Every change is in the subject's audit trail.
        var audit = coordinator1.get(STUDY + "/subjects/" + subject + "/audit").array().stream()
                .map(v -> (JsonObject) v).filter(a -> a.getString("action").equals("DEVIATION")).toList();
        assertEquals(3, audit.size(), audit.toString());
        assertTrue(audit.get(1).getString("newValue").contains("CLOSED_BY_CORRECTION"), audit.toString());
    }

    @Test
    void monitorsAcknowledgeMonitorsAndDataManagersCloseWithANoteCoordinatorsOnlyRead() {
        String[] raised = raise(coordinator1, "SITE-01");
        String path = STUDY + "/deviations/" + raised[1];

        assertEquals(200, coordinator1.get(path).status(), "a coordinator reads the site's deviations");
        assertEquals(403, coordinator1.post(path + "/acknowledge", "{}").status());
        assertEquals(403, coordinator1.post(path + "/close", Api.json("note", "fine")).status());
        assertEquals(403, datamanager.post(path + "/acknowledge", "{}").status(), "acknowledging is the monitor's");
        assertEquals(403, admin.post(path + "/close", Api.json("note", "fine")).status());

        var ack = monitor1.post(path + "/acknowledge", Api.json("note", "Seen at the monitoring visit"));
        assertEquals(200, ack.status(), ack.toString());
        assertEquals("ACKNOWLEDGED", ack.json().getString("status"));
        assertEquals(409, monitor1.post(path + "/acknowledge", "{}").status(), "only an open deviation is acknowledged");

        var noNote = datamanager.post(path + "/close", Api.json("note", "  "));
        assertEquals(422, noNote.status(), noNote.toString());
        assertEquals("note", noNote.json().getJsonArray("errors").getJsonObject(0).getString("item"));

        var close = datamanager.post(path + "/close", Api.json("note", "Visit moved for a public holiday; documented"));
        assertEquals(200, close.status(), close.toString());
        JsonObject d = close.json();
        assertEquals("CLOSED", d.getString("status"));
        assertEquals("Visit moved for a public holiday; documented", d.getString("closingNote"));
        var history = d.getJsonArray("history");
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "CLOSED"),
                history.stream().map(v -> ((JsonObject) v).getString("change")).toList());
        assertEquals("monitor1", history.getJsonObject(1).getString("by"));
        assertEquals("Seen at the monitoring visit", history.getJsonObject(1).getString("note"));
        assertEquals("datamanager1", history.getJsonObject(2).getString("by"));
        assertEquals(409, monitor1.post(path + "/close", Api.json("note", "again")).status());

        var reviews = coordinator1.get(STUDY + "/subjects/" + raised[0] + "/audit").array().stream()
                .map(v -> (JsonObject) v).filter(a -> a.getString("action").equals("DEVIATION_REVIEW")).toList();
        assertEquals(List.of("monitor1", "datamanager1"), reviews.stream().map(a -> a.getString("username")).toList());
        assertEquals("Visit moved for a public holiday; documented", reviews.get(1).getString("reason"));

        // A data correction after a manual close changes nothing: the monitor's decision stands.
        JsonObject form = coordinator1.get(STUDY + "/subjects/" + raised[0] + "/visits/C2D1/forms/F.VS").json();
        var corrected = saveVitals(coordinator1, raised[0], INSIDE, form.getJsonNumber("version").longValue());
        assertEquals(List.of(), deviations(corrected));
    }

    @Test
    void anotherSitesDeviationIsNotFoundLikeAMissingOne() {
        String[] other = raise(coordinator2, "SITE-02");
        String path = STUDY + "/deviations/" + other[1];
        var get = monitor1.get(path);
        assertEquals(404, get.status(), get.toString());
        assertEquals(get.json().getString("detail").replace(other[1], "N"),
                monitor1.get(STUDY + "/deviations/999999999").json().getString("detail").replace("999999999", "N"));
        assertEquals(404, monitor1.post(path + "/acknowledge", "{}").status());
        assertEquals(404, monitor1.post(path + "/close", Api.json("note", "x")).status());
        assertEquals(404, coordinator1.get(path).status());
        assertTrue(monitor1.get(STUDY + "/deviations?subject=" + other[0]).array().isEmpty());
        assertTrue(monitor1.get(STUDY + "/deviations?site=SITE-02").array().isEmpty());
        assertEquals(1, datamanager.get(STUDY + "/deviations?subject=" + other[0]).array().size());
        assertEquals("OPEN", datamanager.get(path).json().getString("status"));
    }

    @Test
    void theLogFiltersByRuleSeverityAndStatusAndRejectsUnknownValues() {
        String[] raised = raise(coordinator1, "SITE-01");
        String subject = STUDY + "/deviations?subject=" + raised[0];
        assertEquals(1, monitor1.get(subject + "&rule=" + WINDOW + "&severity=minor&status=OPEN&site=SITE-01").array().size());
        assertEquals(0, monitor1.get(subject + "&status=CLOSED").array().size());
        assertEquals(0, monitor1.get(subject + "&severity=CRITICAL").array().size());
        assertEquals(0, monitor1.get(subject + "&rule=DEV-OTHER").array().size());
        var bad = monitor1.get(STUDY + "/deviations?status=SOLVED");
        assertEquals(422, bad.status(), bad.toString());
        assertEquals("status", bad.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        assertEquals(404, monitor1.get("/api/v1/studies/NO-SUCH-STUDY/deviations").status());
    }

    @Test
    void correctingTheFirstDoseDateReevaluatesTheWindows() {
        String subject = newSubject(coordinator1, "SITE-01");
        var saved = saveVitals(coordinator1, subject, OUTSIDE, null);
        long id = deviations(saved).get(0).getJsonNumber("deviationId").longValue();
        // With day 1 on 2025-09-29, C2D1's window is 2025-10-17 to 2025-10-23: the visit is in it.
        var r = coordinator1.put(STUDY + "/subjects/" + subject + "/first-dose",
                Api.json("firstDoseDate", "2025-09-29", "reasonForChange", "Transcription error"));
        assertEquals(200, r.status(), r.toString());
        JsonObject d = monitor1.get(STUDY + "/deviations/" + id).json();
        assertEquals("CLOSED", d.getString("status"));
        assertTrue(d.getString("closingNote").contains("first dose date from " + FIRST_DOSE + " to 2025-09-29"), d.toString());
    }

    @Test
    void monitorsOfEachSiteReceiveTheirSitesDeviationsLiveAndNothingElse() {
        String monitor2 = "monitor-s2-" + System.nanoTime() % 1_000_000;
        var created = admin.post("/api/v1/users", "{\"username\":\"" + monitor2 + "\",\"password\":\"demo-only\",\"role\":\"MONITOR\","
                + "\"sites\":[{\"studyOid\":\"IO-DEMO-01\",\"siteOid\":\"SITE-02\"}]}");
        assertEquals(201, created.status(), created.toString());
        String s1 = newSubject(coordinator1, "SITE-01");
        String s2 = newSubject(coordinator2, "SITE-02");
        Set<String> both = Set.of(s1, s2);
        try (EventStream site1 = EventStream.open(STUDY + "/deviations/stream", "monitor1", null);
             EventStream site2 = EventStream.open(STUDY + "/deviations/stream", monitor2, null)) {
            assertEquals(200, site1.status());
            assertTrue(site1.contentType().startsWith("text/event-stream"), site1.contentType());
            assertTrue(site1.cacheControl().contains("no-cache"), "no cache or proxy may hold events back");
            assertEquals("comment", site1.next(e -> true).name(), "the stream opens with a comment line");

            var first = saveVitals(coordinator1, s1, OUTSIDE, null);
            long firstId = deviations(first).get(0).getJsonNumber("eventId").longValue();
            EventStream.Event e1 = site1.nextAbout(both);
            assertEquals(String.valueOf(firstId), e1.id());
            assertEquals(s1, e1.json().getString("subjectKey"));
            assertEquals("RAISED", e1.json().getString("change"));
            assertEquals(WINDOW, e1.json().getString("ruleId"));

            saveVitals(coordinator2, s2, OUTSIDE, null);
            // SITE-02's monitor: its own site's deviation is the first it hears of these subjects.
            EventStream.Event e2 = site2.nextAbout(both);
            assertEquals(s2, e2.json().getString("subjectKey"));
            assertEquals("SITE-02", e2.json().getString("siteOid"));

            // SITE-01's monitor: the next event about these subjects is the correction at its own site,
            // so the SITE-02 deviation saved in between never reached it.
            saveVitals(coordinator1, s1, INSIDE, version(first));
            EventStream.Event e3 = site1.nextAbout(both);
            assertEquals(s1, e3.json().getString("subjectKey"));
            assertEquals("CLOSED_BY_CORRECTION", e3.json().getString("change"));
            assertTrue(Long.parseLong(e3.id()) > Long.parseLong(e2.id()));
        }
    }

    @Test
    void aMonitorReconnectingWithLastEventIdReceivesWhatItMissedInOrder() {
        String subject = newSubject(coordinator1, "SITE-01");
        String other = newSubject(coordinator2, "SITE-02");
        Set<String> both = Set.of(subject, other);
        String lastSeen;
        long version;
        try (EventStream stream = EventStream.open(STUDY + "/deviations/stream", "monitor1", null)) {
            var saved = saveVitals(coordinator1, subject, OUTSIDE, null);
            version = version(saved);
            lastSeen = stream.nextAbout(both).id();
        }
        // Missed while disconnected: the correction, another site's deviation, and a monitor's close.
        var corrected = saveVitals(coordinator1, subject, INSIDE, version);
        long closedEvent = deviations(corrected).get(0).getJsonNumber("eventId").longValue();
        saveVitals(coordinator2, other, OUTSIDE, null);
        var again = saveVitals(coordinator1, subject, OUTSIDE, version(corrected));
        long reopenedEvent = deviations(again).get(0).getJsonNumber("eventId").longValue();

        try (EventStream stream = EventStream.open(STUDY + "/deviations/stream", "monitor1", lastSeen)) {
            EventStream.Event missed1 = stream.nextAbout(both);
            EventStream.Event missed2 = stream.nextAbout(both);
            assertEquals(String.valueOf(closedEvent), missed1.id());
            assertEquals("CLOSED_BY_CORRECTION", missed1.json().getString("change"));
            assertEquals(String.valueOf(reopenedEvent), missed2.id());
            assertEquals("REOPENED", missed2.json().getString("change"));
            assertNotEquals(other, missed2.json().getString("subjectKey"));

            // Live again after the replay: the next change arrives on the same stream.
            long id = missed2.json().getJsonNumber("deviationId").longValue();
            var ack = monitor1.post(STUDY + "/deviations/" + id + "/acknowledge", "{}");
            assertEquals(200, ack.status(), ack.toString());
            EventStream.Event live = stream.nextAbout(both);
            assertEquals("ACKNOWLEDGED", live.json().getString("change"));
            assertEquals(subject, live.json().getString("subjectKey"));
        }
    }

    @Test
    void theStreamIsScopedLikeEverythingElse() {
        try (EventStream none = EventStream.open("/api/v1/studies/NO-SUCH-STUDY/deviations/stream", "monitor1", null)) {
            assertEquals(404, none.status());
        }
        try (EventStream bad = EventStream.open(STUDY + "/deviations/stream", "monitor1", "yesterday")) {
            assertEquals(422, bad.status());
        }
        assertEquals(401, Suite.anonymous().get(STUDY + "/deviations/stream").status());
    }

    private static JsonObjectBuilder row(String group, String key, Object... kv) {
        JsonObjectBuilder items = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            items.add((String) kv[i], kv[i + 1].toString());
        }
        return Json.createObjectBuilder().add("itemGroupOid", group).add("repeatKey", key).add("items", items);
    }

    /** A complete follow-up scan: T1 as given, T2 18 mm, N1 present, by CT. */
    private static String scan(String date, int t1, String investigator) {
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row("IG.TLFU", "T1", "TL.DIAM", t1, "TL.METHOD", "CT"))
                .add(row("IG.TLFU", "T2", "TL.DIAM", 18, "TL.METHOD", "CT"))
                .add(row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT"));
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", date)
                        .add("TU.INVRESP", investigator).add("TU.CLINSTAB", "true").add("TU.TRTCONT", "true"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    /**
     * Baseline sum 50 mm (2025-09-10); 2025-11-10 T1 44 mm, sum 62 (+24 %): iUPD; 2025-12-15 T1 50 mm, sum 68
     * (+6 mm from the iUPD): iCPD (Seymour 2017, Table 3).
     */
    static String confirmedProgression(Api coordinator1) {
        String s = newSubject(coordinator1, "SITE-01");
        String baseline = Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", "2025-09-10"))
                .add("rows", Json.createArrayBuilder()
                        .add(row("IG.TL", "T1", "TL.ORGAN", "LIVER", "TL.NODAL", false, "TL.DIAM", 32, "TL.METHOD", "CT"))
                        .add(row("IG.TL", "T2", "TL.ORGAN", "LYMPH_NODE", "TL.NODAL", true, "TL.DIAM", 18, "TL.METHOD", "CT"))
                        .add(row("IG.NTL", "N1", "NTL.ORGAN", "LUNG", "NTL.METHOD", "CT")))
                .add("status", "COMPLETE").build().toString();
        var r = coordinator1.put(STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL", baseline);
        assertEquals(200, r.status(), r.toString());
        r = coordinator1.post(STUDY + "/subjects/" + s + "/logs/F.TUFU", scan("2025-11-10", 44, "iUPD"));
        assertEquals(201, r.status(), r.toString());
        r = coordinator1.post(STUDY + "/subjects/" + s + "/logs/F.TUFU", scan("2025-12-15", 50, "iCPD"));
        assertEquals(201, r.status(), r.toString());
        assertEquals(List.of(), deviations(r), "no dose yet, no deviation");
        return s;
    }

    static String dose(String date) {
        return Api.json("items", Json.createObjectBuilder().add("EX.EXDAT", date).add("EX.ADMIN", "true")
                .add("EX.DOSE", "200").add("EX.UNIT", "MG").build(), "status", "COMPLETE");
    }

    @Test
    void aDoseTheDayAfterConfirmedProgressionReachesTheSitesMonitorAtOnceAndNoOtherSite() {
        String monitor2 = "monitor-s2-" + System.nanoTime() % 1_000_000;
        var created = admin.post("/api/v1/users", "{\"username\":\"" + monitor2 + "\",\"password\":\"demo-only\",\"role\":\"MONITOR\","
                + "\"sites\":[{\"studyOid\":\"IO-DEMO-01\",\"siteOid\":\"SITE-02\"}]}");
        assertEquals(201, created.status(), created.toString());
        String progressed = confirmedProgression(coordinator1);
        String other = newSubject(coordinator2, "SITE-02");
        Set<String> both = Set.of(progressed, other);
        try (EventStream site1 = EventStream.open(STUDY + "/deviations/stream", "monitor1", null);
             EventStream site2 = EventStream.open(STUDY + "/deviations/stream", monitor2, null)) {
            var saved = coordinator1.post(STUDY + "/subjects/" + progressed + "/logs/F.EX", dose("2025-12-16"));
            assertEquals(201, saved.status(), saved.toString());
            List<JsonObject> raised = deviations(saved);
            assertEquals(List.of("DEV-ICPD-DOSE"), raised.stream().map(d -> d.getString("ruleId")).toList(), saved.toString());
            assertEquals("CRITICAL", raised.get(0).getString("severity"));
            assertEquals("2025-12-16", raised.get(0).getJsonObject("values").getString("EX.EXDAT"), raised.toString());

            EventStream.Event live = site1.nextAbout(both);
            assertEquals(String.valueOf(raised.get(0).getJsonNumber("eventId").longValue()), live.id());
            assertEquals("DEV-ICPD-DOSE", live.json().getString("ruleId"));
            assertEquals(progressed, live.json().getString("subjectKey"));

            // The SITE-02 monitor hears of its own site's next deviation first: the SITE-01 dose never reached it.
            saveVitals(coordinator2, other, OUTSIDE, null);
            EventStream.Event own = site2.nextAbout(both);
            assertEquals(other, own.json().getString("subjectKey"));
            assertEquals(WINDOW, own.json().getString("ruleId"));
        }
        var log = datamanager.get(STUDY + "/deviations?subject=" + progressed + "&rule=DEV-ICPD-DOSE&severity=CRITICAL");
        assertEquals(1, log.array().size(), log.toString());
    }

    @Test
    void concurrentSavesReachTheMonitorEachOnceInTheOrderTheyCommitted() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            subjects.add(newSubject(coordinator1, "SITE-01"));
        }
        try (EventStream stream = EventStream.open(STUDY + "/deviations/stream", "monitor1", null)) {
            ExecutorService pool = Executors.newFixedThreadPool(subjects.size());
            Set<Long> raised;
            try {
                List<Future<Api.Reply>> saves = new ArrayList<>();
                for (String s : subjects) {
                    saves.add(pool.submit(() -> saveVitals(Suite.as("coordinator1"), s, OUTSIDE, null)));
                }
                raised = new HashSet<>();
                for (Future<Api.Reply> f : saves) {
                    Api.Reply r = f.get();
                    assertEquals(200, r.status(), r.toString());
                    raised.add(deviations(r).get(0).getJsonNumber("eventId").longValue());
                }
            } finally {
                pool.shutdownNow();
            }
            List<Long> received = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                received.add(Long.parseLong(stream.nextAbout(Set.copyOf(subjects)).id()));
            }
            assertEquals(raised, Set.copyOf(received), "every deviation arrives, once");
            assertEquals(received.stream().sorted().collect(Collectors.toList()), received, "in id (commit) order");
        }
    }
}
