package org.ioedc.forms.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.module.SubjectRecord;

/** Test builder: a subject's record from log forms given as alternating item OIDs and values. */
public final class Records {
    public static final LocalDate CONSENT = LocalDate.of(2026, 9, 1);
    public static final LocalDate FIRST_DOSE = LocalDate.of(2026, 9, 15);

    private final List<FormData> forms = new ArrayList<>();

    public static Records subject() {
        return new Records();
    }

    /** Adds log form {@code formOid} number n+1 with these items. */
    public Records log(String formOid, String... kv) {
        forms.add(form(formOid, formOid + "#" + (forms.stream().filter(f -> f.formOid().equals(formOid)).count() + 1), kv));
        return this;
    }

    /** An administered dose on {@code date}. */
    public Records dose(LocalDate date) {
        return log("F.EX", "EX.EXDAT", date.toString(), "EX.ADMIN", "true", "EX.DOSE", "200", "EX.UNIT", "MG");
    }

    /** Adds therapy line {@code line} starting on {@code start} with one agent. */
    public Records therapy(int line, String start, String... kv) {
        String[] items = new String[kv.length + 4];
        items[0] = "ST.LINE";
        items[1] = String.valueOf(line);
        items[2] = "ST.STDAT";
        items[3] = start;
        System.arraycopy(kv, 0, items, 4, kv.length);
        return log("F.ST", items);
    }

    /** Replaces the last form by the same form with these agent rows (name, system, code; blank = absent). */
    public Records agents(String[]... agents) {
        FormData form = forms.remove(forms.size() - 1);
        List<ItemGroupRow> rows = new ArrayList<>();
        for (int i = 0; i < agents.length; i++) {
            Map<String, String> values = new HashMap<>();
            values.put("STAG.NAME", agents[i][0]);
            values.put("STAG.CODESYS", agents[i][1]);
            values.put("STAG.CODE", agents[i][2]);
            rows.add(new ItemGroupRow("IG.STAG", String.valueOf(i + 1), new ItemValues(values)));
        }
        forms.add(new FormData(form.formOid(), null, form.instanceKey(), null, form.items(), rows));
        return this;
    }

    public SubjectRecord record() {
        return new SubjectRecord("S-001", "SITE-01", CONSENT, FIRST_DOSE, forms);
    }

    public FormData last() {
        return forms.get(forms.size() - 1);
    }

    public static FormData form(String formOid, String instanceKey, String... kv) {
        Map<String, String> items = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            items.put(kv[i], kv[i + 1]);
        }
        return new FormData(formOid, null, instanceKey, null, new ItemValues(items), List.of());
    }
}
