package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Queries: raised and closed by edit checks, opened by monitors, answered by sites, and who may do what. */
@ExtendWith(Suite.class)
class QueryWorkflowIT {

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api dataManager = Suite.as("datamanager1");

    @Test
    void editCheckOpensOneQueryAndClosesItWhenTheDataIsCorrected() {
        String s = Review.newSubject("Q", "SITE-01");
        var first = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "85", "VS.DIABP", "90"));
        assertEquals(200, first.status(), first.toString());
        JsonObject opened = first.json().getJsonArray("queries").getJsonObject(0);
        assertEquals("OPENED", opened.getString("action"));
        assertEquals("VS-001", opened.getString("checkId"));
        assertEquals("VS.SYSBP, VS.DIABP", opened.getString("items"));

        List<JsonObject> listed = Review.queries(monitor, s, "origin=VS-001");
        assertEquals(1, listed.size());
        JsonObject q = listed.get(0);
        assertEquals("NEW", q.getString("state"));
        assertEquals("system", q.getString("openedBy"));
        assertEquals("VS.SYSBP", q.getString("itemOid"));
        assertEquals(0, q.getInt("ageDays"));

        var again = coordinator.put(Review.vitals(s), Review.save(Review.version(first), null, "VS.PULSE", "70"));
        assertEquals(200, again.status(), again.toString());
        assertEquals(0, again.json().getJsonArray("queries").size(), "the check fires again: no duplicate");
        assertEquals(1, Review.queries(monitor, s, null).size());

        var fixed = coordinator.put(Review.vitals(s), Review.save(Review.version(again), null, "VS.SYSBP", "135"));
        assertEquals(200, fixed.status(), fixed.toString());
        JsonObject closed = fixed.json().getJsonArray("queries").getJsonObject(0);
        assertEquals("CLOSED", closed.getString("action"));
        assertEquals(q.getInt("id"), closed.getInt("queryId"));

        var thread = monitor.get(Review.STUDY + "/queries/" + q.getInt("id")).json();
        assertEquals("CLOSED", thread.getString("state"));
        var messages = thread.getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(2, messages.size());
        assertTrue(messages.get(0).getString("text").contains("Were the two values swapped?"));
        assertEquals("system", messages.get(1).getString("by"));
        assertTrue(messages.get(1).getString("text").contains("VS-001 no longer fires after the save by coordinator1"),
                messages.get(1).toString());
        var audited = Review.audit(s, "QUERY");
        assertEquals(List.of("NEW", "CLOSED"), audited.stream().map(e -> e.getString("newValue")).toList());
    }

    @Test
    void adverseEventCheckOpensAndClosesItsQueryOnTheLogForm() {
        String s = Review.newSubject("Q", "SITE-01");
        String log = Review.STUDY + "/subjects/" + s + "/logs/F.AE";
        var items = jakarta.json.Json.createObjectBuilder().add("AE.TERM", "Colitis").add("AE.MEDDRA", "10009887")
                .add("AE.GRADE", "2").add("AE.STDAT", "2025-10-06").add("AE.ONGO", "true").add("AE.SER", "false")
                .add("AE.REL", "PROBABLE").add("AE.ACN", "HELD").add("AE.OUT", "RECOVERING").add("AE.IRAE", "true")
                .add("AE.IRCAT", "GASTROINTESTINAL").add("AE.CS", "false");
        var added = coordinator.post(log, jakarta.json.Json.createObjectBuilder().add("items", items).add("status", "COMPLETE")
                .build().toString());
        assertEquals(201, added.status(), added.toString());
        JsonObject opened = added.json().getJsonArray("queries").getJsonObject(0);
        assertEquals("AE-006", opened.getString("checkId"));
        JsonObject q = Review.queries(monitor, s, "origin=AE-006").get(0);
        assertEquals("AE.CS", q.getString("itemOid"));
        assertEquals(1, q.getInt("logNumber"));

        var fixed = coordinator.put(log + "/1", jakarta.json.Json.createObjectBuilder().add("items", jakarta.json.Json
                .createObjectBuilder().add("AE.CS", "true").add("AE.CSAGENT", "Prednisolone").add("AE.CSDOSE", "1"))
                .add("status", "COMPLETE").add("version", Review.version(added)).add("reasonForChange", "Steroid given, omitted")
                .build().toString());
        assertEquals(200, fixed.status(), fixed.toString());
        assertEquals("CLOSED", fixed.json().getJsonArray("queries").getJsonObject(0).getString("action"));
        assertEquals("CLOSED", monitor.get(Review.STUDY + "/queries/" + q.getInt("id")).json().getString("state"));
    }

    @Test
    void answerWithACorrectionSavesTheValueAndTheCheckClosesItsQuery() {
        String s = Review.newSubject("Q", "SITE-01");
        var first = coordinator.put(Review.vitals(s), jakarta.json.Json.createObjectBuilder().add("items", jakarta.json.Json
                .createObjectBuilder().add("VS.VSDAT", "2025-09-15").add("VS.SYSBP", "70").add("VS.DIABP", "120")
                .add("VS.ECOG", "0")).add("status", "COMPLETE").build().toString());
        assertEquals(200, first.status(), first.toString());
        int id = first.json().getJsonArray("queries").getJsonObject(0).getInt("queryId");
        String q = Review.STUDY + "/queries/" + id;

        var noReason = coordinator.post(q + "/answer", "{\"text\":\"Swapped\",\"change\":{\"value\":130,\"version\":"
                + Review.version(first) + "}}");
        assertEquals(422, noReason.status(), "a complete form needs a reason for change: " + noReason);
        assertEquals("change.reasonForChange", noReason.json().getJsonArray("errors").getJsonObject(0).getString("item"),
                "the field as this call names it");
        assertEquals("NEW", monitor.get(q).json().getString("state"), "nothing was saved, not even the answer");

        var answered = coordinator.post(q + "/answer", "{\"text\":\"Values were swapped\",\"change\":{\"value\":130,"
                + "\"version\":" + Review.version(first) + ",\"reasonForChange\":\"Transcription error\"}}");
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("VS.SYSBP", answered.json().getString("itemOid"));
        assertEquals("CLOSED", answered.json().getString("state"), "130/120 passes VS-001: " + answered);
        assertEquals(List.of("system:NEW", "coordinator1:RESOLUTION_PROPOSED", "system:CLOSED"),
                answered.json().getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("by") + ":" + m.getString("stateAfter")).toList());
        var stored = coordinator.get(Review.vitals(s)).json();
        assertEquals("COMPLETE", stored.getString("status"));
        assertEquals("130", stored.getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("itemOid").equals("VS.SYSBP")).findFirst().orElseThrow().getString("value"));
        var audit = coordinator.get(Review.STUDY + "/subjects/" + s + "/audit?itemOid=VS.SYSBP").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("ITEM_VALUE")).toList();
        assertEquals("Transcription error", audit.get(1).getString("reason"));
    }

    @Test
    void queryConfirmedBySiteIsNotRaisedAgainUntilItsValuesChange() {
        String s = Review.newSubject("Q", "SITE-01");
        var first = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "85", "VS.DIABP", "90"));
        int id = first.json().getJsonArray("queries").getJsonObject(0).getInt("queryId");
        assertEquals(200, coordinator.post(Review.STUDY + "/queries/" + id + "/answer",
                Review.text("Values are as in the source: 85/90")).status());
        assertEquals(200, monitor.post(Review.STUDY + "/queries/" + id + "/close", Review.text("Confirmed in source")).status());

        var other = coordinator.put(Review.vitals(s), Review.save(Review.version(first), null, "VS.PULSE", "70"));
        assertEquals(0, other.json().getJsonArray("queries").size(), "confirmed values are not queried again");
        var changed = coordinator.put(Review.vitals(s), Review.save(Review.version(other), null, "VS.DIABP", "95"));
        assertEquals("OPENED", changed.json().getJsonArray("queries").getJsonObject(0).getString("action"));
        assertEquals(1, Review.queries(monitor, s, "status=OPEN").size());
        assertEquals(2, Review.queries(monitor, s, null).size());
    }

    @Test
    void manualQueryGoesThroughEveryStateWithItsThreadKept() {
        String s = Review.newSubject("Q", "SITE-01");
        assertEquals(200, coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64")).status());
        var opened = Review.openOnVitals(monitor, s, "VS.PULSE", "Pulse 64 at C1D1? Source says 46");
        assertEquals(201, opened.status(), opened.toString());
        int id = opened.json().getInt("id");
        assertEquals("NEW", opened.json().getString("state"));
        assertEquals("MANUAL", opened.json().getString("origin"));
        String q = Review.STUDY + "/queries/" + id;

        var answered = coordinator.post(q + "/answer", Review.text("Checked: the source says 64"));
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("RESOLUTION_PROPOSED", answered.json().getString("state"));
        var sentBack = monitor.post(q + "/reopen", Review.text("Please check the nurse's sheet too"));
        assertEquals("UPDATED", sentBack.json().getString("state"));
        assertEquals("RESOLUTION_PROPOSED", coordinator.post(q + "/answer", Review.text("Nurse's sheet: 64")).json().getString("state"));
        var closed = monitor.post(q + "/close", Review.text("Resolved"));
        assertEquals("CLOSED", closed.json().getString("state"));
        assertEquals(409, coordinator.post(q + "/answer", Review.text("late")).status(), "a closed query takes no answer");
        assertEquals("UPDATED", monitor.post(q + "/reopen", Review.text("Re-opened: wrong visit")).json().getString("state"));
        var cancelled = monitor.post(q + "/cancel", Review.text("Opened in error"));
        assertEquals("NOT_APPLICABLE", cancelled.json().getString("state"));
        assertEquals(409, monitor.post(q + "/cancel", Review.text("again")).status());
        assertEquals(409, monitor.post(q + "/reopen", Review.text("again")).status(), "cancelled is final");

        var messages = coordinator.get(q).json().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertEquals(List.of("monitor1", "coordinator1", "monitor1", "coordinator1", "monitor1", "monitor1", "monitor1"),
                messages.stream().map(m -> m.getString("by")).toList());
        assertEquals("Checked: the source says 64", messages.get(1).getString("text"));
        assertTrue(messages.get(1).getString("at").endsWith("Z"));
        var audited = Review.audit(s, "QUERY");
        assertEquals(7, audited.size());
        assertEquals("coordinator1", audited.get(1).getString("username"));
        assertEquals("NEW", audited.get(1).getString("oldValue"));
        assertEquals("RESOLUTION_PROPOSED", audited.get(1).getString("newValue"));
        assertTrue(audited.get(1).getString("reason").contains("Checked: the source says 64"));
        assertEquals("VS.PULSE", audited.get(1).getString("itemOid"));
    }

    @Test
    void rolesAndSitesLimitWhoActsOnQueries() {
        String s = Review.newSubject("Q", "SITE-01");
        assertEquals(200, coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64")).status());
        assertEquals(403, Review.openOnVitals(coordinator, s, "VS.PULSE", "coordinators do not open queries").status());
        int id = Review.openOnVitals(dataManager, s, "VS.PULSE", "Data manager's question").json().getInt("id");
        String q = Review.STUDY + "/queries/" + id;
        assertEquals(403, coordinator.post(q + "/close", Review.text("closing my own")).status(), "coordinators cannot close");
        assertEquals(403, coordinator.post(q + "/cancel", Review.text("x")).status());
        assertEquals(403, monitor.post(q + "/answer", Review.text("monitors do not answer")).status());
        assertEquals(403, monitor.put(Review.vitals(s), Review.save(Review.version(coordinator, Review.vitals(s)), "x",
                "VS.PULSE", "46")).status(), "monitors never change data");
        assertEquals(403, Suite.as("admin").post(q + "/close", Review.text("x")).status());
        assertEquals("NEW", monitor.get(q).json().getString("state"), "nothing moved");

        String other = Review.newSubject("Q", "SITE-02");
        assertEquals(200, Suite.as("coordinator2").put(Review.vitals(other), Review.save(null, null, "VS.PULSE", "64")).status());
        var outside = Review.openOnVitals(monitor, other, "VS.PULSE", "not my site");
        assertEquals(404, outside.status(), "another site's subject is not found");
        var theirs = Review.openOnVitals(dataManager, other, "VS.PULSE", "Data manager sees all sites");
        assertEquals(201, theirs.status(), theirs.toString());
        String theirQuery = Review.STUDY + "/queries/" + theirs.json().getInt("id");
        assertEquals(404, monitor.get(theirQuery).status());
        assertEquals(404, coordinator.post(theirQuery + "/answer", Review.text("x")).status());
        assertEquals(404, Suite.as("coordinator2").get(q).status());
        assertEquals(0, Review.queries(monitor, other, null).size(), "lists keep to the monitor's sites");
    }

    @Test
    void manualQueryNeedsAnItemOfTheFormAndText() {
        String s = Review.newSubject("Q", "SITE-01");
        assertEquals(200, coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64")).status());
        var noItem = Review.openOnVitals(monitor, s, "AE.GRADE", "wrong form");
        assertEquals(422, noItem.status());
        assertEquals("itemOid", noItem.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        var noText = Review.openOnVitals(monitor, s, "VS.PULSE", " ");
        assertEquals(422, noText.status());
        assertEquals("text", noText.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        assertEquals(404, monitor.post(Review.STUDY + "/queries", jakarta.json.Json.createObjectBuilder().add("subjectId", s)
                .add("formOid", "F.VS").add("visitOid", "C2D1").add("itemOid", "VS.PULSE").add("text", "x").build()
                .toString()).status(), "a form not entered");
        var noForm = monitor.post(Review.STUDY + "/queries", Api.json("subjectId", s, "itemOid", "VS.PULSE", "text", "x"));
        assertEquals(422, noForm.status());
        assertEquals("formOid", noForm.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        assertEquals(0, Review.queries(monitor, s, null).size());
    }

    @Test
    void listsFilterAndCountPerSite() {
        String s1 = Review.newSubject("Q", "SITE-01");
        String s2 = Review.newSubject("Q", "SITE-02");
        coordinator.put(Review.vitals(s1), Review.save(null, null, "VS.SYSBP", "80", "VS.DIABP", "90"));
        Suite.as("coordinator2").put(Review.vitals(s2), Review.save(null, null, "VS.SYSBP", "80", "VS.DIABP", "90"));
        int manual = Review.openOnVitals(monitor, s1, "VS.DIABP", "Please confirm").json().getInt("id");
        monitor.post(Review.STUDY + "/queries/" + manual + "/cancel", Review.text("Opened in error"));

        var forS1 = dataManager.get(Review.STUDY + "/queries?subject=" + s1).json();
        JsonObject site = forS1.getJsonArray("sites").getJsonObject(0);
        assertEquals("SITE-01", site.getString("siteOid"));
        assertEquals(2, site.getInt("total"));
        assertEquals(1, site.getInt("open"));
        assertEquals(1, site.getInt("newCount"));
        assertEquals(1, site.getInt("notApplicable"));
        assertEquals(0, site.getInt("oldestOpenDays"));
        assertEquals(1, Review.queries(dataManager, s1, "origin=MANUAL").size());
        assertEquals(1, Review.queries(dataManager, s1, "status=NOT_APPLICABLE").size());
        assertEquals(1, Review.queries(dataManager, s1, "form=F.VS&status=OPEN").size());
        assertEquals(0, Review.queries(dataManager, s1, "minAgeDays=1").size());
        assertEquals(422, dataManager.get(Review.STUDY + "/queries?status=SOLVED").status());
        var badAge = dataManager.get(Review.STUDY + "/queries?minAgeDays=ten");
        assertEquals(422, badAge.status(), "a number the list cannot read is named, not a missing resource: " + badAge);
        assertEquals("minAgeDays", badAge.json().getJsonArray("errors").getJsonObject(0).getString("item"));

        var all = dataManager.get(Review.STUDY + "/queries?status=OPEN").json().getJsonArray("sites")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("siteOid")).toList();
        assertEquals(List.of("SITE-01", "SITE-02"), all, "the data manager sees every site");
        var mine = monitor.get(Review.STUDY + "/queries?status=OPEN").json().getJsonArray("sites")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("siteOid")).toList();
        assertEquals(List.of("SITE-01"), mine, "the monitor sees the sites monitored");
    }
}
