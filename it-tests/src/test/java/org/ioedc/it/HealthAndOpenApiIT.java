package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stable contracts /health and /openapi (spec/api.md). */
@ExtendWith(Suite.class)
class HealthAndOpenApiIT {

    @Test
    void healthIsUpWithoutCredentials() {
        var r = Suite.anonymous().get("/health");
        assertEquals(200, r.status());
        assertEquals("UP", r.json().getString("status"));
    }

    @Test
    void openApiDescribesTheApi() {
        var r = Suite.anonymous().get("/openapi");
        assertEquals(200, r.status());
        assertTrue(r.body().contains("/api/v1/studies/{studyOid}/subjects"), "subjects endpoint described");
        assertTrue(r.body().contains("/api/v1/studies/{studyOid}/subjects/{subjectId}/visits/{visitOid}/forms/{formOid}"));
    }
}
