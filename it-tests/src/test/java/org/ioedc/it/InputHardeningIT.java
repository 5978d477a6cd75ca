package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input of every kind is refused as a problem (RFC 9457) that names what is wrong and shows nothing of
 * the server's insides, and nothing is saved: bodies too deep, too large, not UTF-8, not one JSON document,
 * of the wrong JSON types or out of range; text the database cannot keep; impossible dates; and what the
 * container answers itself (unknown paths, wrong methods, wrong media types, malformed headers).
 */
@ExtendWith(Suite.class)
class InputHardeningIT {

    private static final String STUDY = Review.STUDY;

    private final Api coordinator = Suite.as("coordinator1");
    private final Api monitor = Suite.as("monitor1");
    private final Api admin = Suite.as("admin");

    /** A problem+json answer with this status, free of stack traces, class names and HTML. */
    private static JsonObject problem(int status, Api.Reply r) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r);
        for (String internal : List.of("Exception", "Error:", "org.", "java.", "<html", "at line ")) {
            assertFalse(r.body().contains(internal), "'" + internal + "' in " + r);
        }
        JsonObject json = r.json();
        assertEquals(status, json.getInt("status"), r.toString());
        return json;
    }

    /** 422 naming {@code field} first among the faults. */
    private static void refused(Api.Reply r, String field) {
        JsonObject json = problem(422, r);
        assertEquals(field, json.getJsonArray("errors").getJsonObject(0).getString("item"), r.toString());
    }

    private static String value(Api.Reply form, String item) {
        return form.json().getJsonArray("values").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getString("itemOid").equals(item)).map(v -> v.getString("value")).findFirst().orElse(null);
    }

    private String savedVitals() {
        String s = Review.newSubject("INP", "SITE-01");
        var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "120"));
        assertEquals(200, saved.status(), saved.toString());
        return s;
    }

    // Size and shape of a body --------------------------------------------------------------------------

    @Test
    void aValueNestedAThousandLevelsDeepIsMalformedNotAServerFailure() {
        String s = savedVitals();
        String deep = "[".repeat(1000) + "]".repeat(1000);
        var r = coordinator.put(Review.vitals(s), "{\"items\":{\"VS.SYSBP\":" + deep + "},\"version\":1}");
        assertEquals(ProblemTypesIT.type("malformed-body"), problem(400, r).getString("type"));
        assertEquals("120", value(coordinator.get(Review.vitals(s)), "VS.SYSBP"));
    }

    @Test
    void aBodyLargerThanOneMegabyteIs413WithOrWithoutContentLength() {
        byte[] big = ("{\"oid\":\"SITE-BIG\",\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(ProblemTypesIT.type("too-large"),
                problem(413, admin.raw("POST", STUDY + "/sites", "application/json", big, false)).getString("type"));
        problem(413, admin.raw("POST", STUDY + "/sites", "application/json", big, true));
        assertFalse(admin.get(STUDY + "/sites").body().contains("SITE-BIG"));
    }

    @Test
    void trailingGarbageOrASecondDocumentIsMalformedAndTheFirstNotSaved() {
        String oid = "SITE-T" + System.nanoTime() % 100_000;
        assertEquals(ProblemTypesIT.type("malformed-body"),
                problem(400, admin.post(STUDY + "/sites", "{\"oid\":\"" + oid + "\",\"name\":\"Trailing\"} garbage")).getString("type"));
        problem(400, admin.post(STUDY + "/sites", "{\"oid\":\"" + oid + "\",\"name\":\"First\"}{\"oid\":\"X\"}"));
        problem(400, admin.post(STUDY + "/sites", "{\"oid\":\"" + oid + "\",\"oid\":\"OTHER\",\"name\":\"Twice\"}"));
        assertFalse(admin.get(STUDY + "/sites").body().contains(oid));
    }

    @Test
    void bytesThatAreNotUtf8AreMalformedNotStoredAltered() {
        String s = savedVitals();
        byte[] latin1 = "{\"items\":{\"VS.SYSBP\":\"12\"},\"version\":1,\"reasonForChange\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        JsonObject json = problem(400, coordinator.raw("PUT", Review.vitals(s), "application/json", latin1, false));
        assertTrue(json.getString("detail").contains("UTF-8"), json.toString());
        assertEquals(ProblemTypesIT.type("unsupported-media-type"), problem(415,
                coordinator.raw("PUT", Review.vitals(s), "application/json; charset=ISO-8859-1", latin1, false)).getString("type"));
        assertEquals("120", value(coordinator.get(Review.vitals(s)), "VS.SYSBP"));
    }

    // JSON types and ranges ------------------------------------------------------------------------------

    @Test
    void aVersionOrReasonOfTheWrongJsonTypeIsNamedNotCoerced() {
        String s = savedVitals();
        refused(coordinator.put(Review.vitals(s), "{\"items\":{\"VS.SYSBP\":125},\"version\":\"1\"}"), "version");
        refused(coordinator.put(Review.vitals(s), "{\"items\":{\"VS.SYSBP\":125},\"version\":1.5}"), "version");
        refused(coordinator.put(Review.vitals(s), "{\"items\":{\"VS.SYSBP\":125},\"version\":1,\"reasonForChange\":123}"),
                "reasonForChange");
        assertEquals("120", value(coordinator.get(Review.vitals(s)), "VS.SYSBP"));
    }

    @Test
    void setUpNumbersBeyondTheirRangeAreNamedNotWrapped() {
        String oid = "V-" + System.nanoTime() % 100_000;
        refused(admin.post(STUDY + "/visits", "{\"oid\":\"" + oid + "\",\"name\":\"Wrap\",\"targetDay\":-2147483649}"), "targetDay");
        refused(admin.post(STUDY + "/visits", "{\"oid\":\"" + oid + "\",\"name\":\"Wrap\",\"targetDay\":8,\"windowAfter\":4294967299}"),
                "windowAfter");
        refused(admin.post(STUDY + "/visits", "{\"oid\":\"" + oid + "\",\"name\":\"Wrap\",\"targetDay\":8.5}"), "targetDay");
        assertFalse(admin.get(STUDY + "/visits").body().contains(oid));
        String study = "ST-" + System.nanoTime() % 100_000;
        refused(admin.post("/api/v1/studies", "{\"oid\":\"" + study + "\",\"name\":\"Wrap\",\"baselineWindowDays\":4294967324}"),
                "baselineWindowDays");
        assertEquals(404, admin.get("/api/v1/studies/" + study).status());
    }

    @Test
    void aNumberBeyondADoubleIsNamedNotTakenForInfinity() {
        refused(coordinator.post("/api/v1/ctcae/lab-grade", "{\"test\":\"ALT\",\"value\":1e309,\"upperLimitOfNormal\":40}"), "value");
        refused(coordinator.post("/api/v1/irecist/evaluate", "{\"firstDoseDate\":\"2024-01-15\",\"assessments\":[{\"date\":\"2024-01-10\","
                + "\"targetLesions\":[{\"id\":\"T1\",\"organ\":\"LIVER\",\"nodal\":false,\"diameterMm\":1e309}],"
                + "\"nonTargetLesions\":[],\"newLesions\":[]}]}"), "assessments[0].targetLesions[0].diameterMm");
        String s = savedVitals();
        refused(coordinator.put(Review.vitals(s), "{\"items\":{\"VS.TEMP\":1e309},\"version\":1}"), "VS.TEMP");
    }

    // Text the database cannot keep --------------------------------------------------------------------

    @Test
    void aNulInAReasonIsNamedAndTheValueKept() {
        String s = savedVitals();
        refused(coordinator.put(Review.vitals(s), Review.save(1L, "typo\u0000", "VS.SYSBP", "125")), "reasonForChange");
        refused(coordinator.put(Review.vitals(s), Review.save(1L, null, "VS.SYSBP", "12\u00005")), "VS.SYSBP");
        refused(coordinator.put(Review.vitals(s), "{\"items\":{\"VS.SYSBP\":\"12\\ud800\"},\"version\":1}"), "VS.SYSBP");
        assertEquals("120", value(coordinator.get(Review.vitals(s)), "VS.SYSBP"));
    }

    @Test
    void aNulInAQueryTextOrDeviationNoteIsNamedAndNothingChanges() {
        String s = savedVitals();
        refused(Review.openOnVitals(monitor, s, "VS.SYSBP", "Please check\u0000"), "text");
        assertTrue(Review.queries(monitor, s, null).isEmpty());
        String[] raised = DeviationIT.raise(coordinator, "SITE-01");
        String path = STUDY + "/deviations/" + raised[1];
        refused(monitor.post(path + "/close", Api.json("note", "Seen\u0000")), "note");
        assertEquals("OPEN", monitor.get(path).json().getString("status"));
    }

    @Test
    void aNulInAUrlParameterIsNamed() {
        refused(coordinator.get(STUDY + "/subjects?q=%00"), "q");
    }

    @Test
    void everyNameOfTheSetUpHasALimit() {
        String name = "n".repeat(1024 * 1024 / 2);
        String study = "ST-" + System.nanoTime() % 100_000;
        refused(admin.post("/api/v1/studies", Api.json("oid", study, "name", name)), "name");
        assertEquals(404, admin.get("/api/v1/studies/" + study).status());
        refused(admin.post(STUDY + "/sites", Api.json("oid", "SITE-LONG", "name", "n".repeat(201))), "name");
        refused(admin.post(STUDY + "/visits", Api.json("oid", "V-LONG", "name", "n".repeat(201), "targetDay", 8)), "name");
        refused(admin.post("/api/v1/users", Api.json("username", "long-password", "password", "p".repeat(1025), "role", "MONITOR")),
                "password");
        assertFalse(admin.get(STUDY + "/sites").body().contains("SITE-LONG"));
        assertFalse(admin.get(STUDY + "/visits").body().contains("V-LONG"));
    }

    @Test
    void anItemValueLongerThanTheStoreKeepsIsNamed() {
        String s = savedVitals();
        // Within the weight's range and a number, but longer than the stored value and its audit entry hold.
        refused(coordinator.put(Review.vitals(s), Review.save(1L, null, "VS.WEIGHT", "70." + "0".repeat(4000))), "VS.WEIGHT");
        assertEquals(null, value(coordinator.get(Review.vitals(s)), "VS.WEIGHT"));
    }

    // Dates ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "2999-01-01", "0001-01-01", "0000-01-01", "+10000-01-01", "-0001-01-01", "1899-12-31"})
    void anImpossibleVisitDateIsNamedAndNotStored(String date) {
        String s = Review.newSubject("INP", "SITE-01");
        refused(coordinator.put(Review.vitals(s), Review.save(null, null, "VS.VSDAT", date)), "VS.VSDAT");
        assertEquals(404, coordinator.get(Review.vitals(s)).status());
    }

    @Test
    void aDoseOrBirthDateInTheFutureIsNamed() {
        String s = Review.newSubject("INP", "SITE-01");
        String tomorrowButOne = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        refused(coordinator.post(STUDY + "/subjects/" + s + "/logs/F.EX", DeviationIT.dose(tomorrowButOne)), "EX.EXDAT");
        assertEquals(0, coordinator.get(STUDY + "/subjects/" + s + "/logs/F.EX").array().size());
        refused(coordinator.put(STUDY + "/subjects/" + s + "/visits/SCREENING/forms/F.DM",
                Review.save(null, null, "DM.BRTHDAT", "2999-01-01")), "DM.BRTHDAT");
        refused(coordinator.put(STUDY + "/subjects/" + s + "/first-dose",
                Api.json("firstDoseDate", "9999-12-31", "reasonForChange", "Wrong date")), "firstDoseDate");
        assertEquals("2025-09-15", coordinator.get(STUDY + "/subjects/" + s).json().getString("firstDoseDate"));
    }

    @Test
    void aSubjectIsNotEnrolledWithAnImpossibleFirstDoseDate() {
        String id = "INP-" + System.nanoTime() % 1_000_000_000L;
        refused(coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "informedConsentDate", "2025-09-01", "firstDoseDate", "2999-01-01")), "firstDoseDate");
        refused(coordinator.post(STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "informedConsentDate", "0000-01-01")), "informedConsentDate");
        assertEquals(404, coordinator.get(STUDY + "/subjects/" + id).status());
    }

    // What the container answers itself ---------------------------------------------------------------

    @Test
    void anUnknownPathIsAProblemInsideAndOutsideTheApi() {
        assertEquals(ProblemTypesIT.type("not-found"), problem(404, coordinator.get("/api/v1/nonexistent")).getString("type"));
        assertEquals(ProblemTypesIT.type("not-found"), problem(404, coordinator.get("/api/nonexistent")).getString("type"));
        problem(404, coordinator.get(STUDY + "/subjects/x/logs/F.AE/not-a-number"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        problem(405, admin.raw("DELETE", STUDY, null, null, false));
    }

    @Test
    void aWrongOrMalformedMediaTypeIsAProblem() {
        byte[] body = "{\"oid\":\"SITE-CT\",\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        problem(415, admin.raw("POST", STUDY + "/sites", "text/plain", body, false));
        problem(415, admin.raw("POST", STUDY + "/sites", "application/xml", body, false));
        problem(400, admin.raw("POST", STUDY + "/sites", "///", body, false));
        problem(400, admin.get(STUDY, "Accept", "///"));
        problem(406, admin.get(STUDY, "Accept", "application/xml"));
        assertFalse(admin.get(STUDY + "/sites").body().contains("SITE-CT"));
    }

    @Test
    void aSaveOfTheRightShapeStillWorks() {
        String s = savedVitals();
        var r = coordinator.put(Review.vitals(s), Json.createObjectBuilder()
                .add("items", Json.createObjectBuilder().add("VS.SYSBP", 125).add("VS.TEMP", 36.8).add("VS.VSDAT", "2025-09-15"))
                .add("version", 1).add("reasonForChange", "Line one\nline two\twith a tab").build().toString());
        assertEquals(200, r.status(), r.toString());
        assertEquals("125", value(coordinator.get(Review.vitals(s)), "VS.SYSBP"));
    }
}
