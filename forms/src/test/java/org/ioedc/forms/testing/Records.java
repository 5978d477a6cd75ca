package org.ioedc.forms.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;

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

    /** The iRECIST baseline (visit form at SCREENING): T1 liver 32 mm, T2 node 18 mm (sum 50), N1 lung. */
    public Records tumourBaseline(LocalDate date) {
        forms.add(new FormData("F.TUBL", "SCREENING", "F.TUBL@SCREENING", null,
                new ItemValues(Map.of("TU.DAT", date.toString())), List.of(
                        row("IG.TL", "T1", "TL.ORGAN", "LIVER", "TL.NODAL", "false", "TL.DIAM", "32", "TL.METHOD", "CT"),
                        row("IG.TL", "T2", "TL.ORGAN", "LYMPH_NODE", "TL.NODAL", "true", "TL.DIAM", "18", "TL.METHOD", "CT"),
                        row("IG.NTL", "N1", "NTL.ORGAN", "LUNG", "NTL.METHOD", "CT"))));
        return this;
    }

    /**
     * A follow-up scan (log form F.TUFU) with the baseline lesions unchanged and these new non-target lesions,
     * present unless written {@code "NL1=ABSENT"} (a new lesion once recorded is listed at every later scan):
     * none present gives iSD, a new lesion gives iUPD, and a new lesion id while an iUPD is pending confirms it.
     */
    public Records scan(LocalDate date, String... newLesionIds) {
        List<ItemGroupRow> rows = new ArrayList<>(List.of(
                row("IG.TLFU", "T1", "TL.DIAM", "32", "TL.METHOD", "CT"),
                row("IG.TLFU", "T2", "TL.DIAM", "18", "TL.METHOD", "CT"),
                row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT")));
        for (String lesion : newLesionIds) {
            String[] idAndStatus = lesion.split("=");
            rows.add(row("IG.NLNT", idAndStatus[0], "NLNT.ORGAN", "BONE", "NLNT.STAT",
                    idAndStatus.length > 1 ? idAndStatus[1] : "PRESENT"));
        }
        long n = forms.stream().filter(f -> f.formOid().equals("F.TUFU")).count() + 1;
        forms.add(new FormData("F.TUFU", null, "F.TUFU#" + n, null, new ItemValues(Map.of("TU.DAT", date.toString())), rows));
        return this;
    }

    /** A vital-signs form at {@code visit} with this ECOG performance status. */
    public Records vs(String visit, LocalDate date, int ecog) {
        forms.add(new FormData("F.VS", visit, "F.VS@" + visit, null, new ItemValues(Map.of("VS.VSDAT", date.toString(),
                "VS.SYSBP", "120", "VS.DIABP", "80", "VS.ECOG", String.valueOf(ecog))), List.of()));
        return this;
    }

    /** A TBP decision with every criterion met, decided and re-consented on the given dates (null = absent). */
    public Records tbpDecision(LocalDate decided, LocalDate reconsent, String... answers) {
        List<String> kv = new ArrayList<>(List.of("TBP.DECDAT", decided.toString(), "TBP.ECOG", "true", "TBP.NORAPID", "true",
                "TBP.NOCRIT", "true", "TBP.NOSYMP", "true", "TBP.TOLER", "true", "TBP.BENEFIT", "true"));
        if (reconsent != null) {
            kv.add("TBP.RECONDAT");
            kv.add(reconsent.toString());
        }
        kv.addAll(List.of(answers));
        return log("F.TBP", kv.toArray(String[]::new));
    }

    private static ItemGroupRow row(String group, String key, String... kv) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            values.put(kv[i], kv[i + 1]);
        }
        return new ItemGroupRow(group, key, new ItemValues(values));
    }

    /** The record with the first dose date unknown. */
    public SubjectRecord recordWithoutFirstDose() {
        return new SubjectRecord("S-001", "SITE-01", CONSENT, null, forms);
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
