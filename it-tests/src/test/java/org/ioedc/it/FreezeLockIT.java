package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Freeze and lock of a form and of a subject by the data manager, and what each still accepts. */
@ExtendWith(Suite.class)
class FreezeLockIT {

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api dataManager = Suite.as("datamanager1");

    private static String lock(String state, String reason) {
        var b = Json.createObjectBuilder().add("state", state);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build().toString();
    }

    @Test
    void frozenFormTakesAnswersButNoDataAndLockedFormTakesNeither() {
        String s = Review.newSubject("LK", "SITE-01");
        var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64"));
        long v = Review.version(saved);
        int query = Review.openOnVitals(monitor, s, "VS.PULSE", "Please confirm the pulse").json().getInt("id");
        String q = Review.STUDY + "/queries/" + query;
        String formLock = Review.vitals(s) + "/lock";

        var frozen = dataManager.put(formLock, lock("FROZEN", null));
        assertEquals(200, frozen.status(), frozen.toString());
        assertEquals("FROZEN", frozen.json().getString("state"));
        assertEquals("FROZEN", coordinator.get(Review.vitals(s)).json().getString("status"));
        var write = coordinator.put(Review.vitals(s), Review.save(v, null, "VS.PULSE", "46"));
        assertEquals(409, write.status(), write.toString());
        assertTrue(write.json().getString("detail").contains("frozen by datamanager1"), write.body());
        var answerWithChange = coordinator.post(q + "/answer", "{\"text\":\"46\",\"change\":{\"value\":46,\"version\":"
                + Review.version(coordinator, Review.vitals(s)) + "}}");
        assertEquals(409, answerWithChange.status(), "an answer changing data is a data change: " + answerWithChange);
        assertEquals("NEW", monitor.get(q).json().getString("state"));
        var answer = coordinator.post(q + "/answer", Review.text("64 is right"));
        assertEquals(200, answer.status(), "a frozen form's queries can be answered: " + answer);
        assertEquals(200, monitor.post(q + "/reopen", Review.text("Please look again")).status());

        assertEquals(200, dataManager.put(formLock, lock("LOCKED", null)).status());
        var locked = coordinator.put(Review.vitals(s), Review.save(v, null, "VS.PULSE", "46"));
        assertEquals(409, locked.status());
        assertTrue(locked.json().getString("detail").contains("locked by datamanager1"), locked.body());
        assertEquals(ProblemTypesIT.type("locked"), locked.json().getString("type"));
        var lockedAnswer = coordinator.post(q + "/answer", Review.text("still 64"));
        assertEquals(409, lockedAnswer.status(), lockedAnswer.toString());
        assertTrue(lockedAnswer.json().getString("detail").contains("locked by datamanager1"));
        assertEquals(409, Review.openOnVitals(monitor, s, "VS.PULSE", "another").status());
        assertEquals(409, monitor.post(Review.vitals(s) + "/sdv", "{}").status());
        assertEquals("64", coordinator.get(Review.vitals(s)).json().getJsonArray("values").getJsonObject(0).getString("value"));

        var noReason = dataManager.put(formLock, lock("OPEN", " "));
        assertEquals(422, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        var unlocked = dataManager.put(formLock, lock("OPEN", "Site found a transcription error after lock"));
        assertEquals(200, unlocked.status(), unlocked.toString());
        var reopened = coordinator.put(Review.vitals(s), Review.save(Review.version(coordinator, Review.vitals(s)), null,
                "VS.PULSE", "46"));
        assertEquals(200, reopened.status(), reopened.toString());

        List<JsonObject> audit = Review.audit(s, "LOCK");
        assertEquals(List.of("OPEN>FROZEN", "FROZEN>LOCKED", "LOCKED>OPEN"),
                audit.stream().map(e -> e.getString("oldValue") + ">" + e.getString("newValue")).toList());
        assertEquals("Site found a transcription error after lock", audit.get(2).getString("reason"));
        assertEquals("datamanager1", audit.get(2).getString("username"));
        assertEquals("F.VS", audit.get(2).getString("formOid"));
    }

    @Test
    void onlyDataManagersFreezeAndLock() {
        String s = Review.newSubject("LK", "SITE-01");
        coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64"));
        assertEquals(403, coordinator.put(Review.vitals(s) + "/lock", lock("LOCKED", null)).status());
        assertEquals(403, monitor.put(Review.vitals(s) + "/lock", lock("FROZEN", null)).status());
        assertEquals(403, monitor.put(Review.STUDY + "/subjects/" + s + "/lock", lock("LOCKED", null)).status());
        assertEquals(403, Suite.as("admin").put(Review.STUDY + "/subjects/" + s + "/lock", lock("LOCKED", null)).status());
        assertEquals(422, dataManager.put(Review.vitals(s) + "/lock", lock("SEALED", null)).status());
        assertEquals(409, dataManager.put(Review.vitals(s) + "/lock", lock("OPEN", "x")).status(), "already open");
        assertEquals("IN_PROGRESS", coordinator.get(Review.vitals(s)).json().getString("status"));
    }

    @Test
    void lockedSubjectRefusesEveryWriteSayingWhoLockedIt() {
        String s = Review.newSubject("LK", "SITE-01");
        var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "64"));
        String subjectLock = Review.STUDY + "/subjects/" + s + "/lock";
        var locked = dataManager.put(subjectLock, lock("LOCKED", null));
        assertEquals(200, locked.status(), locked.toString());
        assertEquals("datamanager1", locked.json().getString("lockedBy"));

        var visit = coordinator.put(Review.vitals(s), Review.save(Review.version(saved), null, "VS.PULSE", "70"));
        assertEquals(409, visit.status());
        assertTrue(visit.json().getString("detail").contains("subject " + s + " locked by datamanager1"), visit.body());
        var newForm = coordinator.put(Review.STUDY + "/subjects/" + s + "/visits/C1D1/forms/F.LB",
                Review.save(null, null, "LB.ALT", "30"));
        assertEquals(409, newForm.status(), "no new form either: " + newForm);
        var firstDose = coordinator.put(Review.STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2025-09-16", "reasonForChange", "typo"));
        assertEquals(409, firstDose.status(), firstDose.toString());
        assertEquals("LOCKED", coordinator.get(Review.vitals(s)).json().getString("status"));
        var formLock = coordinator.get(Review.vitals(s) + "/lock").json();
        assertEquals("OPEN", formLock.getString("state"), "the form's own state");
        assertEquals("LOCKED", formLock.getString("effectiveState"));
        assertTrue(formLock.getString("effectiveLock").contains("subject " + s + " locked by datamanager1"));

        assertEquals(200, dataManager.put(subjectLock, lock("OPEN", "Late lab result to enter")).status());
        assertEquals(200, coordinator.put(Review.vitals(s), Review.save(Review.version(saved), null, "VS.PULSE", "70")).status());
        List<JsonObject> audit = Review.audit(s, "LOCK");
        assertEquals(2, audit.size());
        assertEquals("Late lab result to enter", audit.get(1).getString("reason"));
    }
}
