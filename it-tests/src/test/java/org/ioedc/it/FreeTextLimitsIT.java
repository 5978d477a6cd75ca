package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text that people write (reasons, notes, query messages) longer than the audit trail keeps, and keys
 * longer than their columns: a 422 naming the field and nothing stored, never a database failure (500).
 */
@ExtendWith(Suite.class)
class FreeTextLimitsIT {

    private static final String LONG = "x".repeat(2500);

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api dm = Suite.as("datamanager1");

    private static void refused(Api.Reply r, String field) {
        assertEquals(422, r.status(), r.toString());
        assertEquals(field, r.json().getJsonArray("errors").getJsonObject(0).getString("item"), r.toString());
    }

    @Test
    void aLongReasonForChangeIsNamedAndTheValueKept() {
        String s = Review.newSubject("TXT", "SITE-01");
        var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "120"));
        assertEquals(200, saved.status(), saved.toString());
        refused(coordinator.put(Review.vitals(s), Review.save(Review.version(saved), LONG, "VS.SYSBP", "125")), "reasonForChange");
        assertEquals("120", coordinator.get(Review.vitals(s)).json().getJsonArray("values").getJsonObject(0).getString("value"));
        refused(coordinator.put(Review.STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "2025-09-16", "reasonForChange", LONG)), "reasonForChange");
        assertEquals("2025-09-15", coordinator.get(Review.STUDY + "/subjects/" + s).json().getString("firstDoseDate"));
    }

    @Test
    void aLongLockReasonIsNamedAndNothingLocked() {
        String s = Review.newSubject("TXT", "SITE-01");
        String lock = Review.STUDY + "/subjects/" + s + "/lock";
        refused(dm.put(lock, Api.json("state", "FROZEN", "reason", LONG)), "reason");
        assertEquals("OPEN", dm.get(lock).json().getString("state"));
        assertEquals(0, Review.audit(s, "LOCK").size());
    }

    @Test
    void aLongQueryMessageOrRepeatKeyIsNamedAndNoQueryOpened() {
        String s = Review.newSubject("TXT", "SITE-01");
        assertEquals(200, coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "120")).status());
        refused(Review.openOnVitals(monitor, s, "VS.SYSBP", LONG), "text");
        var baseline = coordinator.put(Review.STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL",
                Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", "2025-09-10")).build().toString());
        assertEquals(200, baseline.status(), baseline.toString());
        refused(monitor.post(Review.STUDY + "/queries", Api.json("subjectId", s, "formOid", "F.TUBL", "visitOid", "SCREENING",
                "itemOid", "TL.DIAM", "repeatKey", "T".repeat(100), "text", "Which lesion?")), "repeatKey");
        assertTrue(Review.queries(monitor, s, null).isEmpty());
    }

    @Test
    void aLongDeviationNoteIsNamedAndTheDeviationStaysOpen() {
        String[] raised = DeviationIT.raise(coordinator, "SITE-01");
        String path = Review.STUDY + "/deviations/" + raised[1];
        refused(monitor.post(path + "/close", Api.json("note", LONG)), "note");
        refused(monitor.post(path + "/acknowledge", Api.json("note", LONG)), "note");
        assertEquals("OPEN", monitor.get(path).json().getString("status"));
    }

    @Test
    void aLongScreeningNumberIsNamedNotTakenForADuplicate() {
        var r = coordinator.post(Review.STUDY + "/subjects", Api.json("subjectId", "TXT-" + System.nanoTime() % 1_000_000_000L,
                "siteOid", "SITE-01", "informedConsentDate", "2025-09-01", "screeningNumber", "S".repeat(100)));
        refused(r, "screeningNumber");
    }
}
