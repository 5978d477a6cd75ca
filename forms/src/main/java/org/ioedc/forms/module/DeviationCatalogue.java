package org.ioedc.forms.module;

import java.util.Comparator;
import java.util.List;
import org.ioedc.forms.deviation.DeviationRule;

/**
 * Renders the catalogue of every protocol deviation rule of every trial module (docs/deviations.md), so
 * the documented ids, severities and meanings are generated from the code and cannot drift from it.
 */
public final class DeviationCatalogue {

    private DeviationCatalogue() {
    }

    public static String markdown(TrialModules modules) {
        StringBuilder md = new StringBuilder();
        md.append("# Protocol deviation catalogue\n\n")
                .append("Generated from the trial modules by `DeviationCatalogueTest` (run the forms tests with ")
                .append("`-Dcatalogue.write=true` to rewrite it). A rule is evaluated over the subject's data whenever ")
                .append("a form it reads is saved (and when the subject's first dose date changes), in the same request. ")
                .append("Each finding names the fact that broke the rule; the same fact is flagged once, and a ")
                .append("deviation whose fact is no longer found after a correction closes itself. ")
                .append("Severities: MINOR, MAJOR, CRITICAL. Rule classes, fact keys and boundaries are described in ")
                .append("[exposure-tbp-therapy.md](exposure-tbp-therapy.md).\n");
        modules.all().stream().sorted(Comparator.comparing(TrialModule::id)).forEach(module -> {
            List<DeviationRule> rules = module.deviationRules().stream()
                    .sorted(Comparator.comparing(DeviationRule::id)).toList();
            if (rules.isEmpty()) {
                return;
            }
            md.append("\n## ").append(module.id()).append(": ").append(module.name()).append("\n\n")
                    .append("| id | severity | reads | what it flags | what closes it |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            rules.forEach(rule -> md.append("| ").append(rule.id()).append(" | ").append(rule.severity())
                    .append(" | ").append(String.join(", ", rule.reads().stream().sorted().toList()))
                    .append(" | ").append(cell(rule.description()))
                    .append(" | ").append(cell(rule.closedBy())).append(" |\n"));
        });
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
