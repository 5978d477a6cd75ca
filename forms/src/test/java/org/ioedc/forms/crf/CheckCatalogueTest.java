package org.ioedc.forms.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.ioedc.forms.module.CheckCatalogue;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;
import org.ioedc.forms.module.TrialModules;
import org.junit.jupiter.api.Test;

/** docs/edit-checks.md is exactly what the modules contain, and check ids are unique. */
class CheckCatalogueTest {

    private static final Path DOC = Path.of("..", "docs", "edit-checks.md");

    @Test
    void catalogueInDocsIsCurrent() throws IOException {
        String expected = CheckCatalogue.markdown(TrialModules.discover());
        if (Boolean.getBoolean("catalogue.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/edit-checks.md is out of date: run the forms tests with -Dcatalogue.write=true");
    }

    @Test
    void checkIdsAreUniqueAcrossModules() {
        Set<String> ids = new HashSet<>();
        for (TrialModule module : TrialModules.discover().all()) {
            for (EditCheck check : module.editChecks()) {
                assertTrue(ids.add(check.id()), "duplicate edit check id " + check.id());
            }
        }
    }
}
