package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The product as a new user starts it, with no database named: the launcher creates the embedded
 * PostgreSQL cluster under the data directory (as an unprivileged account when run as root), seeds the
 * demo study, keeps values across a clean restart and seeds the demo only once.
 */
class RestartPersistenceIT {

    @Test
    void defaultDatabaseKeepsValuesAcrossRestartAndSeedsDemoOnce() throws Exception {
        Path dataDir = DefaultDatabase.newDataDir("restart");
        Map<String, String> env = Map.of("EDC_DATA_DIR", dataDir.toString());
        String form = "/api/v1/studies/IO-DEMO-01/subjects/IO-01-003/visits/SCREENING/forms/F.LB";
        try (Server first = new Server("restart-1", env).start()) {
            Api api = new Api(first.base(), "coordinator1", "demo-only");
            var saved = api.put(form, "{\"items\":{\"LB.LBDAT\":\"2026-10-21\",\"LB.ALT\":\"33.5\"}}");
            assertEquals(200, saved.status(), saved.toString());
        }
        assertTrue(Files.exists(dataDir.resolve("postgresql").resolve("PG_VERSION")), "the cluster lives under the data directory");
        assertTrue(Files.notExists(dataDir.resolve("postgresql").resolve("postmaster.pid")),
                "a clean stop of the product stops its PostgreSQL server");
        try (Server second = new Server("restart-2", env).start()) {
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
