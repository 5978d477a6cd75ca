package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The default embedded database keeps its data across a restart, and the demo study is seeded once
 * only. Runs the product twice on its own H2 file.
 */
class RestartPersistenceIT {

    @Test
    void valuesSurviveRestartAndDemoIsNotSeededTwice() throws Exception {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("it.server.dir", "target")), "h2-restart");
        Database h2 = Database.h2(dir);
        String form = "/api/v1/studies/IO-DEMO-01/subjects/IO-01-003/visits/SCREENING/forms/F.LB";
        try (Server first = new Server("restart-1", h2.env()).start()) {
            Api api = new Api(first.base(), "coordinator1", "demo-only");
            var saved = api.put(form, "{\"items\":{\"LB.LBDAT\":\"2026-10-21\",\"LB.ALT\":\"33.5\"}}");
            assertEquals(200, saved.status(), saved.toString());
        }
        try (Server second = new Server("restart-2", h2.env()).start()) {
            Api api = new Api(second.base(), "coordinator1", "demo-only");
            var reply = api.get(form);
            assertEquals(200, reply.status(), reply.toString());
            var stored = reply.json().getJsonArray("values");
            assertEquals("33.5", stored.getJsonObject(0).getString("value"));
            assertEquals("LB.ALT", stored.getJsonObject(0).getString("itemOid"));
            assertEquals(3, api.get("/api/v1/studies/IO-DEMO-01/subjects").array().size(), "demo seeded once");
        }
    }
}
