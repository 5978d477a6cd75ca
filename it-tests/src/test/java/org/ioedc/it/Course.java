package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Steps shared by the cross-feature tests: a subject's tumour course in the demo study (first dose 2025-09-15),
 * corrections, locks and what a save answered.
 *
 * <p>The course: baseline 2025-09-10 sum 50 mm (T1 32, T2 18, N1 present); follow-up #1 2025-11-10 T1 44 mm
 * (sum 62, +24 %): iUPD; #2 2025-12-15 T1 50 mm (sum 68, +6 mm over the iUPD): iCPD. Correcting #1's T1 to
 * 34 mm makes #1 iSD and #2 a new iUPD.
 */
final class Course {

    static final String STUDY = Review.STUDY;

    private Course() {
    }

    static String baselinePath(String s) {
        return STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.TUBL";
    }

    static String followUps(String s) {
        return STUDY + "/subjects/" + s + "/logs/F.TUFU";
    }

    static String doses(String s) {
        return STUDY + "/subjects/" + s + "/logs/F.EX";
    }

    static JsonObjectBuilder row(String group, String key, Object... kv) {
        JsonObjectBuilder items = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            items.add((String) kv[i], kv[i + 1].toString());
        }
        return Json.createObjectBuilder().add("itemGroupOid", group).add("repeatKey", key).add("items", items);
    }

    static String baseline() {
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row("IG.TL", "T1", "TL.ORGAN", "LIVER", "TL.NODAL", false, "TL.DIAM", 32, "TL.METHOD", "CT"))
                .add(row("IG.TL", "T2", "TL.ORGAN", "LYMPH_NODE", "TL.NODAL", true, "TL.DIAM", 18, "TL.METHOD", "CT"))
                .add(row("IG.NTL", "N1", "NTL.ORGAN", "LUNG", "NTL.METHOD", "CT"));
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", "2025-09-10"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    static String followUp(String date, int t1, String investigator) {
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row("IG.TLFU", "T1", "TL.DIAM", t1, "TL.METHOD", "CT"))
                .add(row("IG.TLFU", "T2", "TL.DIAM", 18, "TL.METHOD", "CT"))
                .add(row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT"));
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TU.DAT", date)
                        .add("TU.INVRESP", investigator).add("TU.CLINSTAB", "true").add("TU.TRTCONT", "true"))
                .add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    /** A correction of a follow-up's T1 diameter. */
    static String correctT1(int t1, long version, String reason) {
        return Json.createObjectBuilder()
                .add("rows", Json.createArrayBuilder().add(row("IG.TLFU", "T1", "TL.DIAM", t1)))
                .add("status", "COMPLETE").add("version", version).add("reasonForChange", reason).build().toString();
    }

    /** A correction of non-repeating items of a complete form. */
    static String correct(long version, String reason, Object... kv) {
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

    static String lock(String state, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("state", state);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build().toString();
    }

    /** Baseline, #1 iUPD and #2 iCPD, the investigator agreeing each time. */
    static String progressing() {
        Api coordinator = Suite.as("coordinator1");
        String s = Review.newSubject("CF", "SITE-01");
        var base = coordinator.put(baselinePath(s), baseline());
        assertEquals(200, base.status(), base.toString());
        var first = coordinator.post(followUps(s), followUp("2025-11-10", 44, "iUPD"));
        assertEquals(201, first.status(), first.toString());
        var second = coordinator.post(followUps(s), followUp("2025-12-15", 50, "iCPD"));
        assertEquals(201, second.status(), second.toString());
        assertEquals("iCPD", stored(followUps(s) + "/2", "TUD.RESP"));
        return s;
    }

    static JsonObject form(String path) {
        var r = Suite.as("coordinator1").get(path);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    /** The stored value of a non-repeating item, or null. */
    static String stored(String path, String itemOid) {
        return form(path).getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("itemOid").equals(itemOid) && (!v.containsKey("repeatKey") || v.isNull("repeatKey")))
                .map(v -> v.getString("value")).findFirst().orElse(null);
    }

    static List<JsonObject> list(Api.Reply r, String key) {
        return r.json().getJsonArray(key).getValuesAs(JsonObject.class);
    }

    /** The derived changes of a save as "logNumber:item:old->new". */
    static List<String> derived(Api.Reply r, String item) {
        return list(r, "derived").stream().filter(d -> d.getString("item").equals(item))
                .map(d -> (!d.containsKey("logNumber") || d.isNull("logNumber") ? d.getString("formOid") : String.valueOf(d.getInt("logNumber"))) + ":"
                        + d.getString("oldValue", "") + "->" + d.getString("newValue", ""))
                .sorted().toList();
    }

    /** Everything a user could see change about a subject: its forms, audit trail, queries and deviations. */
    static List<String> everything(String s) {
        Api dataManager = Suite.as("datamanager1");
        return List.of(dataManager.get(STUDY + "/subjects/" + s + "/forms").body(),
                form(baselinePath(s)).toString(), form(followUps(s) + "/1").toString(), form(followUps(s) + "/2").toString(),
                dataManager.get(STUDY + "/subjects/" + s + "/audit").body(),
                dataManager.get(STUDY + "/queries?subject=" + s).body(),
                dataManager.get(STUDY + "/deviations?subject=" + s).body());
    }

    /** A TBP decision dated {@code date} with every criterion met and re-consent the same day. */
    static String tbpDecision(String date) {
        return Json.createObjectBuilder().add("items", Json.createObjectBuilder().add("TBP.DECDAT", date)
                        .add("TBP.ECOG", "true").add("TBP.NORAPID", "true").add("TBP.NOCRIT", "true").add("TBP.NOSYMP", "true")
                        .add("TBP.TOLER", "true").add("TBP.BENEFIT", "true").add("TBP.RECONDAT", date))
                .add("status", "COMPLETE").build().toString();
    }
}
