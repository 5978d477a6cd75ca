package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Source data verification: monitors verify values, a change clears the verification, progress per site and subject. */
@ExtendWith(Suite.class)
class SourceVerificationIT {

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");

    private static String sdv(String subject) {
        return Review.vitals(subject) + "/sdv";
    }

    @Test
    void verifiedValueChangedIsNoLongerVerifiedAndTheAuditSaysSo() {
        String s = Review.newSubject("SDV", "SITE-01");
        var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "128", "VS.DIABP", "79", "VS.PULSE", "66"));
        assertEquals(200, saved.status(), saved.toString());
        var verified = monitor.post(sdv(s), "{}");
        assertEquals(200, verified.status(), verified.toString());
        assertEquals(3, verified.json().getInt("values"));
        assertEquals(3, verified.json().getInt("verified"));
        assertTrue(verified.json().getBoolean("complete"));

        var changed = coordinator.put(Review.vitals(s), Review.save(Review.version(saved), null, "VS.SYSBP", "132"));
        assertEquals(200, changed.status(), changed.toString());
        var after = monitor.get(sdv(s)).json();
        assertEquals(2, after.getInt("verified"));
        assertFalse(after.getBoolean("complete"));
        JsonObject sys = after.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("itemOid").equals("VS.SYSBP")).findFirst().orElseThrow();
        assertEquals("132", sys.getString("value"));
        assertTrue(!sys.containsKey("verifiedBy") || sys.isNull("verifiedBy"), sys.toString());

        List<JsonObject> audit = Review.audit(s, "SDV");
        assertEquals(4, audit.size(), "three verified, one cleared");
        JsonObject cleared = audit.get(3);
        assertEquals("VS.SYSBP", cleared.getString("itemOid"));
        assertEquals("CLEARED", cleared.getString("newValue"));
        assertEquals("coordinator1", cleared.getString("username"));
        assertTrue(cleared.getString("reason").contains("cleared: value changed from '128' to '132'"), cleared.toString());
        assertEquals("monitor1", audit.get(0).getString("username"));
    }

    @Test
    void monitorVerifiesNamedItemsAndProgressIsCounted() {
        String s = Review.newSubject("SDV", "SITE-01");
        coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "128", "VS.DIABP", "79", "VS.PULSE", "66", "VS.TEMP", "36.8"));
        var some = monitor.post(sdv(s), Json.createObjectBuilder().add("items", Json.createArrayBuilder().add("VS.SYSBP")
                .add("VS.DIABP")).build().toString());
        assertEquals(200, some.status(), some.toString());
        assertEquals(2, some.json().getInt("verified"));
        var unknown = monitor.post(sdv(s), Json.createObjectBuilder().add("items", Json.createArrayBuilder().add("VS.ECOG"))
                .build().toString());
        assertEquals(422, unknown.status(), "no stored value to verify");
        assertEquals("VS.ECOG", unknown.json().getJsonArray("errors").getJsonObject(0).getString("item"));

        var progress = monitor.get(Review.STUDY + "/sdv?site=SITE-01").json();
        JsonObject row = progress.getJsonArray("subjects").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("subjectId").equals(s)).findFirst().orElseThrow();
        assertEquals(4, row.getInt("values"));
        assertEquals(2, row.getInt("verified"));
        assertEquals(50.0, row.getJsonNumber("percent").doubleValue());
        assertEquals(List.of("SITE-01"), progress.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("siteOid")).toList());
        assertTrue(Suite.as("monitor1").get(Review.STUDY + "/sdv").json().getJsonArray("subjects").getValuesAs(JsonObject.class)
                .stream().allMatch(r -> r.getString("siteOid").equals("SITE-01")), "the monitor's sites only");
    }

    @Test
    void onlyMonitorsVerifyAndOnlyInTheirSites() {
        String s = Review.newSubject("SDV", "SITE-01");
        coordinator.put(Review.vitals(s), Review.save(null, null, "VS.PULSE", "66"));
        assertEquals(403, coordinator.post(sdv(s), "{}").status());
        assertEquals(403, Suite.as("datamanager1").post(sdv(s), "{}").status());
        String other = Review.newSubject("SDV", "SITE-02");
        Suite.as("coordinator2").put(Review.vitals(other), Review.save(null, null, "VS.PULSE", "66"));
        assertEquals(404, monitor.post(sdv(other), "{}").status());
        assertEquals(0, monitor.get(sdv(s)).json().getInt("verified"));
    }
}
