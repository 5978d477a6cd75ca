package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EXPOSURE, TBP and SUBSEQUENT_THERAPY log forms through the API: their edit checks answer with the
 * save, code lists are enforced, agents are rows of a repeating group.
 */
@ExtendWith(Suite.class)
class TreatmentFormsIT {

    private static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Api coordinator = Suite.as("coordinator1");

    private String newSubject() {
        String id = "TX-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "screeningNumber", "S" + id, "informedConsentDate", "2025-09-01", "firstDoseDate", "2025-09-15"));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    private static String log(String subject, String form) {
        return STUDY + "/subjects/" + subject + "/logs/" + form;
    }

    private static String body(JsonObjectBuilder items, JsonObjectBuilder... agents) {
        var rows = Json.createArrayBuilder();
        for (int i = 0; i < agents.length; i++) {
            rows.add(Json.createObjectBuilder().add("itemGroupOid", "IG.STAG").add("repeatKey", String.valueOf(i + 1))
                    .add("items", agents[i]));
        }
        return Json.createObjectBuilder().add("items", items).add("rows", rows).add("status", "COMPLETE").build().toString();
    }

    private static JsonObjectBuilder items(String... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.add(kv[i], kv[i + 1]);
        }
        return b;
    }

    private static List<String> checkIds(Api.Reply r) {
        return r.json().getJsonArray("findings").stream().map(v -> ((JsonObject) v).getString("checkId")).toList();
    }

    private Api.Reply dose(String subject, String date) {
        return coordinator.post(log(subject, "F.EX"), body(items("EX.EXDAT", date, "EX.ADMIN", "true", "EX.DOSE", "200",
                "EX.UNIT", "MG")));
    }

    @Test
    void administrationsAreCheckedAsTheyAreSaved() {
        String s = newSubject();
        var given = dose(s, "2025-09-15");
        assertEquals(201, given.status(), given.toString());
        assertEquals(List.of(), checkIds(given));

        var noUnit = coordinator.post(log(s, "F.EX"), body(items("EX.EXDAT", "2025-10-06", "EX.ADMIN", "true", "EX.DOSE", "200")));
        assertEquals(201, noUnit.status(), noUnit.toString());
        assertEquals(List.of("EX-001"), checkIds(noUnit));
        assertEquals("EX.UNIT", noUnit.json().getJsonArray("findings").getJsonObject(0).getJsonArray("items").getString(0));

        var notGiven = coordinator.post(log(s, "F.EX"), body(items("EX.EXDAT", "2025-10-27", "EX.ADMIN", "false")));
        assertEquals(List.of("EX-002"), checkIds(notGiven));

        var beforeDay1 = dose(s, "2025-09-14");
        assertEquals(List.of("EX-003"), checkIds(beforeDay1));
        var twice = dose(s, "2025-09-15");
        assertEquals(List.of("EX-004"), checkIds(twice));
    }

    @Test
    void aUnitOutsideTheCodeListIs422AndNothingIsStored() {
        String s = newSubject();
        var r = coordinator.post(log(s, "F.EX"), body(items("EX.EXDAT", "2025-09-15", "EX.ADMIN", "true", "EX.DOSE", "200",
                "EX.UNIT", "ml")));
        assertEquals(422, r.status(), r.toString());
        assertEquals("EX.UNIT", r.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        assertEquals(0, coordinator.get(log(s, "F.EX")).array().size());
    }

    @Test
    void subsequentTherapiesAreCheckedAgainstDosesAndEachOther() {
        String s = newSubject();
        dose(s, "2025-09-15");
        dose(s, "2026-01-12");
        var first = coordinator.post(log(s, "F.ST"), body(items("ST.LINE", "1", "ST.INTENT", "PALLIATIVE",
                "ST.STDAT", "2026-02-01"), items("STAG.NAME", "Dabrafenib", "STAG.CODESYS", "ATC", "STAG.CODE", "L01EC02"),
                items("STAG.NAME", "Trametinib")));
        assertEquals(201, first.status(), first.toString());
        assertEquals(List.of(), checkIds(first));

        var overlapping = coordinator.post(log(s, "F.ST"), body(items("ST.LINE", "3", "ST.INTENT", "PALLIATIVE",
                "ST.STDAT", "2026-01-10", "ST.ENDAT", "2026-01-09"), items("STAG.NAME", "Carboplatin", "STAG.CODESYS", "RXNORM",
                "STAG.CODE", "L01XA02")));
        assertEquals(201, overlapping.status(), overlapping.toString());
        assertEquals(List.of("ST-001", "ST-002", "ST-003", "ST-005"), checkIds(overlapping).stream().sorted().toList());
        var codeFinding = overlapping.json().getJsonArray("findings").stream().map(v -> (JsonObject) v)
                .filter(f -> f.getString("checkId").equals("ST-005")).findFirst().orElseThrow();
        assertEquals("STAG.CODE[1]", codeFinding.getJsonArray("items").getString(0));
    }

    @Test
    void aTbpDecisionWithoutAPendingIupdAndASecondEndOfTreatmentAreFindings() {
        String s = newSubject();
        var decision = coordinator.post(log(s, "F.TBP"), body(items("TBP.DECDAT", "2025-11-12", "TBP.ECOG", "true",
                "TBP.NORAPID", "true", "TBP.NOCRIT", "true", "TBP.NOSYMP", "true", "TBP.TOLER", "false", "TBP.BENEFIT", "true",
                "TBP.RECONDAT", "2025-11-12")));
        assertEquals(201, decision.status(), decision.toString());
        assertEquals(List.of("TBP-001"), checkIds(decision));
        assertTrue(decision.json().getJsonArray("findings").getJsonObject(0).getString("message")
                .contains("no follow-up tumour assessment"), decision.toString());

        var end = coordinator.post(log(s, "F.EOT"), body(items("EOT.EOTDAT", "2026-01-20", "EOT.REASON", "CONFIRMED_PROGRESSION")));
        assertEquals(List.of(), checkIds(end));
        var again = coordinator.post(log(s, "F.EOT"), body(items("EOT.EOTDAT", "2026-01-21", "EOT.REASON", "OTHER")));
        assertEquals(List.of("EOT-001"), checkIds(again));
    }
}
