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

/**
 * IR-008: at most 5 new lesion targets (NLT) in total and 2 per organ (Seymour 2017, "new lesions": measured
 * up to five, two per organ; the others are new non-target lesions).
 */
final class NewLesionTargetLimits implements EditCheck {

    static final int MAX_TOTAL = 5;
    static final int MAX_PER_ORGAN = 2;

    @Override
    public String id() {
        return "IR-008";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    @Override
    public String description() {
        return "At most 5 new lesion targets (NLT) in total and at most 2 per organ; further new lesions are new non-target "
                + "lesions (Seymour 2017).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        List<ItemGroupRow> rows = form.rows(TumourForms.NEW_TARGETS);
        List<CheckFinding> findings = new ArrayList<>();
        if (rows.size() > MAX_TOTAL) {
            findings.add(new CheckFinding(id(), rows.subList(MAX_TOTAL, rows.size()).stream()
                    .map(r -> ItemRef.inRow(TumourForms.NLT_ORGAN, r)).toList(),
                    rows.size() + " new lesion targets are recorded; iRECIST measures at most " + MAX_TOTAL
                            + ". Please record the others as new non-target lesions."));
        }
        Map<String, List<ItemGroupRow>> byOrgan = new LinkedHashMap<>();
        rows.forEach(r -> r.values().text(TumourForms.NLT_ORGAN)
                .ifPresent(o -> byOrgan.computeIfAbsent(o, k -> new ArrayList<>()).add(r)));
        byOrgan.forEach((organ, inOrgan) -> {
            if (inOrgan.size() > MAX_PER_ORGAN) {
                findings.add(new CheckFinding(id(), inOrgan.stream().map(r -> ItemRef.inRow(TumourForms.NLT_ORGAN, r)).toList(),
                        inOrgan.size() + " new lesion targets are recorded in " + organ + " ("
                                + String.join(", ", inOrgan.stream().map(ItemGroupRow::repeatKey).toList()) + "); iRECIST "
                                + "measures at most " + MAX_PER_ORGAN + " per organ. Please record the others as new non-target lesions."));
            }
        });
        return findings;
    }
}
