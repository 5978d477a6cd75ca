package org.ioedc.edc.crf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;

/** Translates stored values into the plain model the rules in {@code forms} read. */
public final class SubjectRecordAssembler {

    private SubjectRecordAssembler() {
    }

    static FormData formData(FormInstance form, SortedMap<ValueKey, String> values) {
        Map<String, String> items = new LinkedHashMap<>();
        Map<ValueKey, Map<String, String>> rows = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.repeatKey().isEmpty()) {
                items.put(key.itemOid(), value);
            } else {
                rows.computeIfAbsent(new ValueKey(key.itemGroupOid(), key.repeatKey(), ""), k -> new LinkedHashMap<>())
                        .put(key.itemOid(), value);
            }
        });
        List<ItemGroupRow> groupRows = new ArrayList<>();
        rows.forEach((key, rowValues) -> groupRows.add(new ItemGroupRow(key.itemGroupOid(), key.repeatKey(), new ItemValues(rowValues))));
        return new FormData(form.formOid(), form.visitOid(), form.instanceKey(), form.visitDate(), new ItemValues(items), groupRows);
    }

    /** The subject's record as stored: every form instance, in the order given. */
    public static SubjectRecord stored(Subject subject, List<FormInstance> instances) {
        return subject(subject, instances.stream().map(f -> formData(f, f.currentValues())).toList());
    }

    static SubjectRecord subject(Subject subject, List<FormData> forms) {
        return new SubjectRecord(subject.subjectKey(), subject.site().oid(), subject.informedConsentDate(),
                subject.firstDoseDate(), forms, subject.study().baselineWindowDays());
    }
}
