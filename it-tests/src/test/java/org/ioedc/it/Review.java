package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared steps of the review tests (queries, SDV, freeze and lock) in the demo study. */
final class Review {

    static final String STUDY = "/api/v1/studies/IO-DEMO-01";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Review() {
    }

    /** A fresh subject at the given site, enrolled by that site's coordinator. */
    static String newSubject(String prefix, String site) {
        String id = prefix + "-" + System.currentTimeMillis() % 100000 + "-" + NEXT.incrementAndGet();
        Api coordinator = Suite.as(site.equals("SITE-01") ? "coordinator1" : "coordinator2");
        var r = coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", site,
                "informedConsentDate", "2025-09-01", "firstDoseDate", "2025-09-15"));
        assertEquals(201, r.status(), r.toString());
        return id;
    }

    static String vitals(String subject) {
        return STUDY + "/subjects/" + subject + "/visits/C1D1/forms/F.VS";
    }

    /** A save body: items as alternating OIDs and values (null clears), with the version once the form exists. */
    static String save(Long version, String reason, Object... kv) {
        var items = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                items.addNull((String) kv[i]);
            } else {
                items.add((String) kv[i], kv[i + 1].toString());
            }
        }
        var b = Json.createObjectBuilder().add("items", items);
        if (version != null) {
            b.add("version", version);
        }
        if (reason != null) {
            b.add("reasonForChange", reason);
        }
        return b.build().toString();
    }

    static long version(Api.Reply saved) {
        return saved.json().getJsonObject("form").getJsonNumber("version").longValue();
    }

    /** The current version of a form, read by its coordinator. */
    static long version(Api who, String form) {
        var r = who.get(form);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("version").longValue();
    }

    /** The queries of one subject, as the given user lists them. */
    static List<JsonObject> queries(Api who, String subject, String extra) {
        var r = who.get(STUDY + "/queries?subject=" + subject + (extra == null ? "" : "&" + extra));
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("queries").getValuesAs(JsonObject.class);
    }

    static String text(String text) {
        return Api.json("text", text);
    }

    /** Opens a manual query on an item of the subject's C1D1 vital signs. */
    static Api.Reply openOnVitals(Api who, String subject, String item, String text) {
        return who.post(STUDY + "/queries", Api.json("subjectId", subject, "formOid", "F.VS", "visitOid", "C1D1",
                "itemOid", item, "text", text));
    }

    /** The subject's audit entries of one action. */
    static List<JsonObject> audit(String subject, String action) {
        var r = Suite.as("datamanager1").get(STUDY + "/subjects/" + subject + "/audit");
        assertEquals(200, r.status(), r.toString());
        return r.array().getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals(action)).toList();
    }
}
