package org.ioedc.forms.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.ioedc.forms.deviation.DeviationRule;
import org.junit.jupiter.api.Test;

/** docs/deviations.md is exactly what the modules contain, and rule ids are unique and well formed. */
class DeviationCatalogueTest {

    private static final Path DOC = Path.of("..", "docs", "deviations.md");

    @Test
    void catalogueInDocsIsCurrent() throws IOException {
        String expected = DeviationCatalogue.markdown(TrialModules.discover());
        if (Boolean.getBoolean("catalogue.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/deviations.md is out of date: run the forms tests with -Dcatalogue.write=true");
    }

    @Test
    void ruleIdsAreUniqueAndEveryRuleSaysWhatItReads() {
        Set<String> ids = new HashSet<>();
        for (TrialModule module : TrialModules.discover().all()) {
            for (DeviationRule rule : module.deviationRules()) {
                assertTrue(ids.add(rule.id()), "duplicate deviation rule id " + rule.id());
                assertTrue(rule.id().matches("DEV-[A-Z0-9-]+"), rule.id());
                assertNotNull(rule.severity(), rule.id());
                assertFalse(rule.reads().isEmpty(), rule.id() + " reads no form");
                assertFalse(rule.description().isBlank(), rule.id());
            }
        }
    }

    @Test
    void theCatalogueListsTheShippedRules() {
        String md = DeviationCatalogue.markdown(TrialModules.discover());
        for (String id : Set.of("DEV-VISIT-WINDOW", "DEV-IRAE4-DOSE", "DEV-SUBSEQ-ON-DRUG", "DEV-TBP-CRITERIA")) {
            assertTrue(md.contains("| " + id + " | "), id);
        }
    }
}
