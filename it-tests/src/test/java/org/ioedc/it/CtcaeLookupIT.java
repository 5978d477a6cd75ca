package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CTCAE v5.0 look-up of spec api.md and the laboratory grading suggestion. */
@ExtendWith(Suite.class)
class CtcaeLookupIT {

    private static final String TERMS = "/api/v1/ctcae/terms";
    private static final String LAB_GRADE = "/api/v1/ctcae/lab-grade";

    @Test
    void colitisIsFoundFirstWithEveryGrade() {
        var r = Suite.as("coordinator1").get(TERMS + "?q=colitis");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject first = r.array().getJsonObject(0);
        assertEquals("10009887", first.getString("meddraCode"));
        assertEquals("Colitis", first.getString("term"));
        assertEquals("Gastrointestinal disorders", first.getString("soc"));
        JsonObject grades = first.getJsonObject("grades");
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(grades.keySet()));
        assertEquals("Asymptomatic; clinical or diagnostic observations only; intervention not indicated",
                grades.getString("1"));
        assertEquals("Death", grades.getString("5"));
    }

    @Test
    void altAbbreviationFindsAlanineAminotransferaseIncreasedWithoutGrade5() {
        var r = Suite.as("monitor1").get(TERMS + "?q=ALT");
        assertEquals(200, r.status(), r.toString());
        JsonObject first = r.array().getJsonObject(0);
        assertEquals("Alanine aminotransferase increased", first.getString("term"));
        assertEquals("10001551", first.getString("meddraCode"));
        JsonObject grades = first.getJsonObject("grades");
        assertFalse(grades.containsKey("5"), grades.toString());
        assertEquals(List.of("1", "2", "3", "4"), List.copyOf(grades.keySet()));
    }

    @Test
    void hepatitisLeadsToTheLiverEnzymeTerms() {
        List<String> terms = terms(Suite.as("coordinator1").get(TERMS + "?q=hepatitis"));
        assertTrue(terms.contains("Alanine aminotransferase increased"), terms.toString());
        assertTrue(terms.contains("Aspartate aminotransferase increased"), terms.toString());
    }

    @Test
    void atMost20Terms() {
        var r = Suite.as("coordinator1").get(TERMS + "?q=a");
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.array().size() <= 20 && !r.array().isEmpty(), "size " + r.array().size());
    }

    @Test
    void oneTermByMeddraCode() {
        var r = Suite.as("datamanager1").get(TERMS + "/10009887");
        assertEquals(200, r.status(), r.toString());
        assertEquals("Colitis", r.json().getString("term"));
        assertEquals("Gastrointestinal disorders", r.json().getString("soc"));
        assertEquals(5, r.json().getJsonObject("grades").size());
    }

    @Test
    void anUnknownCodeIsNotFound() {
        var r = Suite.as("coordinator1").get(TERMS + "/99999999");
        assertEquals(404, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(404, r.json().getInt("status"));
    }

    @Test
    void labGradeAtTheGrade2Boundary() {
        // ALT grade 2: ">3.0 - 5.0 x ULN if baseline was normal"; ULN 40: 120 is grade 1, 121 grade 2
        var r = Suite.as("coordinator1").post(LAB_GRADE, Api.json("test", "ALT", "value", 121,
                "upperLimitOfNormal", 40, "baseline", 30));
        assertEquals(200, r.status(), r.toString());
        assertEquals(2, r.json().getInt("grade"));
        assertEquals(">3.0 - 5.0 x ULN if baseline was normal", r.json().getString("criterion"));
        assertEquals("NORMAL", r.json().getString("baselineStatus"));
        assertEquals("Alanine aminotransferase increased", r.json().getString("term"));

        var atBoundary = Suite.as("coordinator1").post(LAB_GRADE, Api.json("test", "ALT", "value", 120,
                "upperLimitOfNormal", 40, "baseline", 30));
        assertEquals(1, atBoundary.json().getInt("grade"), atBoundary.toString());
    }

    @Test
    void labGradeWithoutBaselineOrGrade() {
        var r = Suite.as("coordinator1").post(LAB_GRADE, Api.json("test", "creatinine", "value", 1,
                "upperLimitOfNormal", 1));
        assertEquals(200, r.status(), r.toString());
        assertEquals(0, r.json().getInt("grade"));
        assertEquals("NOT_PROVIDED", r.json().getString("baselineStatus"));
    }

    @Test
    void labGradeNamesEveryBadParameter() {
        var r = Suite.as("coordinator1").post(LAB_GRADE, Api.json("test", "ALT", "value", -1, "upperLimitOfNormal", 40));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(List.of("value"), items(r));

        var many = Suite.as("coordinator1").post(LAB_GRADE, Api.json("test", "GGT", "upperLimitOfNormal", 0,
                "baseline", -2));
        assertEquals(422, many.status(), many.toString());
        assertEquals(List.of("test", "value", "upperLimitOfNormal", "baseline"), items(many));
    }

    @Test
    void anonymousLookUpIsUnauthorized() {
        var r = Suite.anonymous().get(TERMS + "?q=colitis");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    private static List<String> terms(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.array().stream().map(JsonValue::asJsonObject).map(o -> o.getString("term")).toList();
    }

    private static List<String> items(Api.Reply r) {
        return r.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("item")).toList();
    }
}
