package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An administrator sets up a study through the API, and its coordinator can work in it at once. */
@ExtendWith(Suite.class)
class StudySetupIT {

    @Test
    void administratorSetsUpStudySitesVisitsUsers() {
        Api admin = Suite.as("admin");
        var study = admin.post("/api/v1/studies", Json.createObjectBuilder().add("oid", "IT-STUDY-1").add("name", "Set-up test")
                .add("modules", Json.createArrayBuilder()).build().toString());
        assertEquals(201, study.status(), study.toString());
        assertEquals(409, admin.post("/api/v1/studies", Api.json("oid", "IT-STUDY-1", "name", "again")).status());
        assertEquals(422, admin.post("/api/v1/studies", Json.createObjectBuilder().add("oid", "IT-STUDY-2").add("name", "x")
                .add("modules", Json.createArrayBuilder().add("NO_SUCH_MODULE")).build().toString()).status());
        assertEquals(201, admin.post("/api/v1/studies/IT-STUDY-1/sites", Api.json("oid", "S1", "name", "Site one")).status());
        var visit = admin.post("/api/v1/studies/IT-STUDY-1/visits", Json.createObjectBuilder().add("oid", "C2D1").add("name", "Cycle 2")
                .add("targetDay", 22).add("windowBefore", 3).add("windowAfter", 3)
                .add("forms", Json.createArrayBuilder().add("F.VS")).build().toString());
        assertEquals(201, visit.status(), visit.toString());
        var badVisit = admin.post("/api/v1/studies/IT-STUDY-1/visits", Json.createObjectBuilder().add("oid", "V0").add("name", "x")
                .add("targetDay", 0).build().toString());
        assertEquals(422, badVisit.status());
        assertEquals("targetDay", badVisit.json().getJsonArray("errors").getJsonObject(0).getString("item"));
        var user = admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "it.coord").add("password", "a-long-password")
                .add("role", "COORDINATOR").add("sites", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("studyOid", "IT-STUDY-1").add("siteOid", "S1"))).build().toString());
        assertEquals(201, user.status(), user.toString());
        var weak = admin.post("/api/v1/users", Api.json("username", "it.weak", "password", "short", "role", "MONITOR"));
        assertEquals(422, weak.status());

        Api coordinator = new Api(Suite.server().base(), "it.coord", "a-long-password");
        assertEquals(201, coordinator.post("/api/v1/studies/IT-STUDY-1/subjects", Api.json("subjectId", "001", "siteOid", "S1",
                "informedConsentDate", "2025-10-01")).status());
        var save = coordinator.put("/api/v1/studies/IT-STUDY-1/subjects/001/visits/C2D1/forms/F.VS",
                "{\"items\":{\"VS.PULSE\":\"60\"}}");
        assertEquals(200, save.status(), save.toString());
        assertEquals(404, coordinator.put("/api/v1/studies/IT-STUDY-1/subjects/001/visits/C2D1/forms/F.LB",
                "{\"items\":{\"LB.ALT\":\"60\"}}").status(), "F.LB is not scheduled at C2D1");
        assertEquals(404, coordinator.get("/api/v1/studies/IO-DEMO-01/subjects").status(), "no access to the demo study");
    }
}
