package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;

/** Builds tumour assessment forms as the data entry service hands them to the rules. */
final class Forms {

    static final LocalDate FIRST_DOSE = LocalDate.of(2026, 9, 15);

    private final String formOid;
    private final String instanceKey;
    private final Map<String, String> items = new LinkedHashMap<>();
    private final List<ItemGroupRow> rows = new ArrayList<>();

    private Forms(String formOid, String instanceKey) {
        this.formOid = formOid;
        this.instanceKey = instanceKey;
    }

    static Forms baseline(String date) {
        Forms f = new Forms(TumourForms.BASELINE, "F.TUBL@SCREENING");
        return f.item(TumourForms.DATE, date);
    }

    static Forms followUp(int logNumber, String date) {
        Forms f = new Forms(TumourForms.FOLLOW_UP, "F.TUFU#" + logNumber);
        return date == null ? f : f.item(TumourForms.DATE, date);
    }

    Forms item(String oid, String value) {
        items.put(oid, value);
        return this;
    }

    Forms row(String group, String key, String... kv) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            values.put(kv[i], kv[i + 1]);
        }
        rows.add(new ItemGroupRow(group, key, new ItemValues(values)));
        return this;
    }

    /** A baseline target lesion measured by CT. */
    Forms tl(String id, String organ, boolean nodal, String mm) {
        return row(TumourForms.BASELINE_TARGETS, id, "TL.ORGAN", organ, "TL.NODAL", String.valueOf(nodal), "TL.DIAM", mm,
                "TL.METHOD", "CT");
    }

    Forms ntl(String id, String organ) {
        return row(TumourForms.BASELINE_NON_TARGETS, id, "NTL.ORGAN", organ, "NTL.METHOD", "CT");
    }

    /** A follow-up measurement by CT. */
    Forms fuTl(String id, String mm) {
        return row(TumourForms.FOLLOW_UP_TARGETS, id, "TL.DIAM", mm, "TL.METHOD", "CT");
    }

    Forms fuNtl(String id, String status) {
        return row(TumourForms.FOLLOW_UP_NON_TARGETS, id, "NTL.STAT", status, "NTL.METHOD", "CT");
    }

    Forms nlt(String id, String organ, String mm) {
        return row(TumourForms.NEW_TARGETS, id, "NLT.ORGAN", organ, "NLT.NODAL", "false", "NLT.DIAM", mm, "NLT.METHOD", "CT");
    }

    Forms nlnt(String id, String organ, String status) {
        return row(TumourForms.NEW_NON_TARGETS, id, "NLNT.ORGAN", organ, "NLNT.STAT", status);
    }

    Forms response(String investigator) {
        return item(TumourForms.INVESTIGATOR_RESPONSE, investigator);
    }

    FormData build() {
        return new FormData(formOid, formOid.equals(TumourForms.BASELINE) ? "SCREENING" : null, instanceKey, null,
                new ItemValues(items), rows);
    }

    static SubjectRecord subject(LocalDate firstDose, Forms... forms) {
        return new SubjectRecord("IO-01-901", "SITE-01", LocalDate.of(2026, 9, 1), firstDose,
                java.util.Arrays.stream(forms).map(Forms::build).toList());
    }

    static SubjectRecord subject(Forms... forms) {
        return subject(FIRST_DOSE, forms);
    }

    /** Baseline: T1 liver 32 mm, T2 node 18 mm (sum 50), N1 lung. */
    static Forms standardBaseline() {
        return baseline("2026-09-10").tl("T1", "LIVER", false, "32").tl("T2", "LYMPH_NODE", true, "18").ntl("N1", "LUNG");
    }
}
