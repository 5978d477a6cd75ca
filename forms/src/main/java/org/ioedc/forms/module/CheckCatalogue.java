package org.ioedc.forms.module;

import java.util.Comparator;

/**
 * Renders the catalogue of every edit check of every trial module (docs/edit-checks.md), so the
 * documented ids and descriptions are generated from the code and cannot drift from it.
 */
public final class CheckCatalogue {

    private CheckCatalogue() {
    }

    public static String markdown(TrialModules modules) {
        StringBuilder md = new StringBuilder();
        md.append("# Edit-check catalogue\n\n")
                .append("Generated from the trial modules by `CheckCatalogueTest` (run the forms tests with ")
                .append("`-Dcatalogue.write=true` to rewrite it). An edit check returns a finding with the items at ")
                .append("fault and a message for the site, returned with the save, and opens a query on the items, ")
                .append("which the system closes when the check passes again (docs/review.md). Values that break the form ")
                .append("metadata (type, range, code list, mandatory) are refused instead, with HTTP 422, and so are ")
                .append("the findings of the checks marked **blocks the save**: they guard values that cannot be true.\n");
        modules.all().stream().sorted(Comparator.comparing(TrialModule::id)).forEach(module -> {
            md.append("\n## ").append(module.id()).append(": ").append(module.name()).append("\n\n");
            if (module.editChecks().isEmpty()) {
                md.append("No edit checks.\n");
                return;
            }
            md.append("| id | form | what it checks |\n| --- | --- | --- |\n");
            module.editChecks().stream().sorted(Comparator.comparing(EditCheck::id)).forEach(check ->
                    md.append("| ").append(check.id()).append(" | ").append(check.formOid()).append(" | ")
                            .append(check.description().replace("|", "\\|"))
                            .append(check.blocking() ? " **blocks the save**" : "").append(" |\n"));
        });
        return md.toString();
    }
}
