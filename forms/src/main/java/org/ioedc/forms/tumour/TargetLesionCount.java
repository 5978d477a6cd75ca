package org.ioedc.forms.tumour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** IR-001: at most 5 target lesions at baseline and at most 2 per organ (RECIST 1.1 section 3.3.1). */
final class TargetLesionCount implements EditCheck {

    static final int MAX_TOTAL = 5;
    static final int MAX_PER_ORGAN = 2;

    @Override
    public String id() {
        return "IR-001";
    }

    @Override
    public String formOid() {
        return TumourForms.BASELINE;
    }

    @Override
    public String description() {
        return "At most 5 target lesions in total and at most 2 per organ at baseline (RECIST 1.1 section 3.3.1).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        List<ItemGroupRow> rows = form.rows(TumourForms.BASELINE_TARGETS);
        List<CheckFinding> findings = new ArrayList<>();
        if (rows.size() > MAX_TOTAL) {
            findings.add(new CheckFinding(id(), rows.subList(MAX_TOTAL, rows.size()).stream()
                    .map(r -> ItemRef.inRow(TumourForms.TL_ORGAN, r)).toList(),
                    rows.size() + " target lesions are recorded; RECIST 1.1 allows at most " + MAX_TOTAL
                            + ". Please record the others as non-target lesions."));
        }
        Map<String, List<ItemGroupRow>> byOrgan = new LinkedHashMap<>();
        rows.forEach(r -> r.values().text(TumourForms.TL_ORGAN)
                .ifPresent(organ -> byOrgan.computeIfAbsent(organ, k -> new ArrayList<>()).add(r)));
        byOrgan.forEach((organ, inOrgan) -> {
            if (inOrgan.size() > MAX_PER_ORGAN) {
                findings.add(new CheckFinding(id(), inOrgan.stream().map(r -> ItemRef.inRow(TumourForms.TL_ORGAN, r)).toList(),
                        inOrgan.size() + " target lesions are recorded in " + organ + " ("
                                + String.join(", ", inOrgan.stream().map(ItemGroupRow::repeatKey).toList())
                                + "); at most " + MAX_PER_ORGAN + " per organ are allowed. Please record the others as non-target lesions."));
            }
        });
        return findings;
    }
}
