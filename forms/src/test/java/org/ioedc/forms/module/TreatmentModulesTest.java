package org.ioedc.forms.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.ioedc.forms.deviation.DeviationRule;
import org.junit.jupiter.api.Test;

/**
 * The EXPOSURE, TBP and SUBSEQUENT_THERAPY modules are found by ServiceLoader under the ids studies enable
 * (the demo study names them), with their log forms, and their deviation rules are the enabled modules'.
 */
class TreatmentModulesTest {
    private final TrialModules modules = TrialModules.discover();

    @Test
    void theModulesAreFoundByTheirIdsWithTheirLogForms() {
        assertEquals(List.of("F.EX"), modules.formsOf("EXPOSURE"));
        assertEquals(List.of("F.TBP", "F.EOT"), modules.formsOf("TBP"));
        assertEquals(List.of("F.ST"), modules.formsOf("SUBSEQUENT_THERAPY"));
        for (String form : List.of("F.EX", "F.TBP", "F.EOT", "F.ST")) {
            assertTrue(modules.form(Set.of("EXPOSURE", "TBP", "SUBSEQUENT_THERAPY"), form).orElseThrow().repeating(), form);
        }
    }

    @Test
    void aStudyGetsTheRulesOfTheModulesItEnables() {
        assertEquals(List.of("DEV-VISIT-WINDOW"), ids(modules.deviationRules(Set.of())));
        assertEquals(List.of("DEV-VISIT-WINDOW", "DEV-IRAE4-DOSE"), ids(modules.deviationRules(Set.of("EXPOSURE"))));
        assertEquals(List.of("DEV-CONFIRM-WINDOW", "DEV-ECOG-IUPD", "DEV-ICPD-DOSE", "DEV-IRAE4-DOSE", "DEV-IUPD-DOSE",
                        "DEV-SUBSEQ-ON-DRUG", "DEV-TBP-CRITERIA", "DEV-VISIT-WINDOW"),
                ids(modules.deviationRules(Set.of("IRECIST", "IRAE", "TBP", "SUBSEQUENT_THERAPY", "EXPOSURE"))).stream().sorted().toList());
    }

    @Test
    void checksThatReadAnotherFormAreFoundByThatForm() {
        Set<String> all = Set.of("IRECIST", "IRAE", "TBP", "SUBSEQUENT_THERAPY", "EXPOSURE");
        assertEquals(List.of("EOT-002", "ST-001", "TBP-002"), modules.editChecksReading(all, "F.EX").stream().map(EditCheck::id).sorted().toList());
        assertEquals(List.of("IR-003", "IR-004", "IR-005", "IR-007", "IR-010", "TBP-001", "TBP-002"),
                modules.editChecksReading(all, "F.TUBL").stream().map(EditCheck::id).sorted().toList());
        assertEquals(List.of(), modules.editChecksReading(all, "F.LB"));
        assertEquals(List.of(), modules.editChecksReading(Set.of(), "F.TUBL"), "a study without IRECIST has none of its checks");
    }

    @Test
    void everyRuleReadsTheFormsOfItsFacts() {
        var byId = modules.deviationRules(Set.of("IRECIST", "IRAE", "TBP", "SUBSEQUENT_THERAPY", "EXPOSURE")).stream()
                .collect(java.util.stream.Collectors.toMap(DeviationRule::id, DeviationRule::reads));
        assertEquals(Set.of("F.EX", "F.TBP", "F.TUBL", "F.TUFU"), byId.get("DEV-IUPD-DOSE"));
        assertEquals(Set.of("F.EX", "F.TUBL", "F.TUFU"), byId.get("DEV-ICPD-DOSE"));
        assertEquals(Set.of("F.TUBL", "F.TUFU"), byId.get("DEV-CONFIRM-WINDOW"));
        assertEquals(Set.of("F.VS", "F.EX", "F.TUBL", "F.TUFU"), byId.get("DEV-ECOG-IUPD"));
        assertEquals(Set.of("F.AE", "F.EX"), byId.get("DEV-IRAE4-DOSE"));
        assertEquals(Set.of("F.ST", "F.EX"), byId.get("DEV-SUBSEQ-ON-DRUG"));
        assertEquals(Set.of("F.VS", "F.LB", "F.TUBL"), byId.get("DEV-VISIT-WINDOW"));
    }

    private static List<String> ids(List<DeviationRule> rules) {
        return rules.stream().map(DeviationRule::id).toList();
    }
}
