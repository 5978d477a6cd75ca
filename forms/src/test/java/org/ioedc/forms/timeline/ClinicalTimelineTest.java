package org.ioedc.forms.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ioedc.forms.crf.DataType;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.crf.ItemDef;
import org.ioedc.forms.crf.ItemGroupDef;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.TrialModule;
import org.ioedc.forms.module.TrialModules;
import org.junit.jupiter.api.Test;

class ClinicalTimelineTest {

    private static FormData log(String formOid, int n, Map<String, String> items) {
        return new FormData(formOid, null, formOid + "#" + n, null, new ItemValues(items), List.of());
    }

    private static SubjectRecord subject(List<FormData> forms) {
        return new SubjectRecord("S-1", "SITE-01", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), forms);
    }

    @Test
    void adverseEventsOfTheIraeModuleAreInStartDateOrderWithTheirEndDates() {
        TrialModules modules = TrialModules.discover();
        Set<String> enabled = Set.of("IRAE");
        ClinicalTimeline timeline = new ClinicalTimeline(modules.metadataFor(enabled),
                oid -> modules.moduleOfForm(enabled, oid).map(TrialModule::id));
        List<TimelineEntry> entries = timeline.of(subject(List.of(
                log("F.AE", 1, Map.of("AE.TERM", "Colitis", "AE.STDAT", "2026-10-10", "AE.ENDAT", "2026-10-20")),
                new FormData("F.VS", "C1D1", "F.VS@C1D1", null, new ItemValues(Map.of("VS.VSDAT", "2026-09-15")), List.of()),
                log("F.AE", 2, Map.of("AE.TERM", "Rash", "AE.STDAT", "2026-09-30", "AE.ONGO", "true")),
                log("F.AE", 3, Map.of("AE.TERM", "Fatigue")))));

        assertEquals(List.of("F.AE#2", "F.AE#1", "F.AE#3"), entries.stream().map(TimelineEntry::instanceKey).toList(),
                "vital signs are not part of the clinical course; the undated event comes last");
        assertEquals(TimelineCategory.ADVERSE_EVENT, entries.get(0).category());
        assertEquals(LocalDate.of(2026, 9, 30), entries.get(0).date());
        assertNull(entries.get(0).endDate());
        assertEquals(LocalDate.of(2026, 10, 10), entries.get(1).date());
        assertEquals(LocalDate.of(2026, 10, 20), entries.get(1).endDate());
        assertEquals("Colitis", entries.get(1).values().get("AE.TERM"));
        assertNull(entries.get(2).date());
    }

    @Test
    void anEventWithoutItsOwnDateIsUndatedNotDatedByAnotherDateOfTheForm() {
        TrialModules modules = TrialModules.discover();
        Set<String> enabled = Set.of("IRAE", "TBP");
        ClinicalTimeline timeline = new ClinicalTimeline(modules.metadataFor(enabled),
                oid -> modules.moduleOfForm(enabled, oid).map(TrialModule::id));
        // an AE being entered: its start date is not there yet, its corticosteroid start is; a TBP decision without
        // its decision date but with the re-consent date
        List<TimelineEntry> entries = timeline.of(subject(List.of(
                log("F.AE", 1, Map.of("AE.TERM", "Colitis", "AE.CSSTDAT", "2026-10-12")),
                log("F.TBP", 1, Map.of("TBP.RECONDAT", "2026-11-12")),
                log("F.AE", 2, Map.of("AE.TERM", "Rash", "AE.STDAT", "2026-12-01")))));

        assertEquals(List.of("F.AE#2", "F.TBP#1", "F.AE#1"), entries.stream().map(TimelineEntry::instanceKey).toList(),
                "the undated facts come last");
        assertEquals(LocalDate.of(2026, 12, 1), entries.get(0).date());
        assertNull(entries.get(1).date(), "the corticosteroid start or the re-consent is not when the fact happened");
        assertNull(entries.get(2).date());
    }

    @Test
    void rowsOfADatedRepeatingGroupAreOneEntryEachAndSameDayFactsFollowTheCategoryOrder() {
        ItemDef date = new ItemDef("EXR.DAT", "Date", "Date", DataType.DATE, null, null, null, List.of());
        ItemDef dose = new ItemDef("EXR.DOSE", "Dose", "Dose", DataType.FLOAT, null, "mg", null, List.of());
        ItemDef decided = new ItemDef("TB.DAT", "Decision date", "Decision date", DataType.DATE, null, null, null, List.of());
        FormMetadata metadata = new FormMetadata(
                List.of(new FormDef("F.EXR", "Exposure", false, List.of("IG.EXR")),
                        new FormDef("F.TB", "TBP decision", true, List.of("IG.TB"))),
                List.of(new ItemGroupDef("IG.EXR", "Administrations", true,
                                List.of(new ItemGroupDef.Ref("EXR.DAT", true), new ItemGroupDef.Ref("EXR.DOSE", false))),
                        new ItemGroupDef("IG.TB", "Decision", false, List.of(new ItemGroupDef.Ref("TB.DAT", true)))),
                List.of(date, dose, decided), List.of());
        Map<String, String> moduleOf = Map.of("F.EXR", "EXPOSURE", "F.TB", "TBP");
        ClinicalTimeline timeline = new ClinicalTimeline(metadata, oid -> Optional.ofNullable(moduleOf.get(oid)));

        FormData exposure = new FormData("F.EXR", "C1D1", "F.EXR@C1D1", null, ItemValues.empty(), List.of(
                new ItemGroupRow("IG.EXR", "2", new ItemValues(Map.of("EXR.DAT", "2026-10-06", "EXR.DOSE", "200"))),
                new ItemGroupRow("IG.EXR", "1", new ItemValues(Map.of("EXR.DAT", "2026-09-15", "EXR.DOSE", "200")))));
        FormData decision = log("F.TB", 1, Map.of("TB.DAT", "2026-10-06"));
        List<TimelineEntry> entries = timeline.of(subject(List.of(exposure, decision)));

        assertEquals(3, entries.size());
        assertEquals("1", entries.get(0).repeatKey());
        assertEquals(TimelineCategory.DOSE, entries.get(0).category());
        assertEquals("200", entries.get(0).values().get("EXR.DOSE"));
        assertEquals(TimelineCategory.TBP_DECISION, entries.get(1).category(), "the decision precedes the dose of the same day");
        assertEquals(LocalDate.of(2026, 10, 6), entries.get(2).date());
        assertEquals("2", entries.get(2).repeatKey());
    }

    private static FormData form(String formOid, String instanceKey, List<ItemGroupRow> rows, String... kv) {
        Map<String, String> items = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            items.put(kv[i], kv[i + 1]);
        }
        return new FormData(formOid, null, instanceKey, null, new ItemValues(items), rows);
    }

    private static ItemGroupRow row(String group, String key, String... kv) {
        Map<String, String> items = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            items.put(kv[i], kv[i + 1]);
        }
        return new ItemGroupRow(group, key, new ItemValues(items));
    }

    @Test
    void theCourseOfAnImmunotherapySubjectWithTheDerivedResponseOfEachAssessment() {
        TrialModules modules = TrialModules.discover();
        Set<String> enabled = Set.of("IRECIST", "EXPOSURE", "TBP", "SUBSEQUENT_THERAPY", "IRAE");
        ClinicalTimeline timeline = new ClinicalTimeline(modules.metadataFor(enabled),
                oid -> modules.moduleOfForm(enabled, oid).map(TrialModule::id));
        // Baseline sum 50 mm; at the follow-up T1 grows to 44 mm (sum 62, +24 %): iUPD (Seymour 2017, Table 2).
        FormData baseline = new FormData("F.TUBL", "SCREENING", "F.TUBL@SCREENING", null,
                new ItemValues(Map.of("TU.DAT", "2026-09-10")), List.of(
                row("IG.TL", "T1", "TL.ORGAN", "LIVER", "TL.NODAL", "false", "TL.DIAM", "32", "TL.METHOD", "CT"),
                row("IG.TL", "T2", "TL.ORGAN", "LYMPH_NODE", "TL.NODAL", "true", "TL.DIAM", "18", "TL.METHOD", "CT"),
                row("IG.NTL", "N1", "NTL.ORGAN", "LUNG", "NTL.METHOD", "CT")));
        FormData followUp = form("F.TUFU", "F.TUFU#1", List.of(
                row("IG.TLFU", "T1", "TL.DIAM", "44", "TL.METHOD", "CT"),
                row("IG.TLFU", "T2", "TL.DIAM", "18", "TL.METHOD", "CT"),
                row("IG.NTLFU", "N1", "NTL.STAT", "PRESENT", "NTL.METHOD", "CT")), "TU.DAT", "2026-11-10", "TU.INVRESP", "IUPD");
        List<TimelineEntry> entries = timeline.of(subject(List.of(
                form("F.EX", "F.EX#2", List.of(), "EX.EXDAT", "2026-11-12", "EX.ADMIN", "true", "EX.DOSE", "200", "EX.UNIT", "MG"),
                followUp,
                form("F.EX", "F.EX#1", List.of(), "EX.EXDAT", "2026-09-15", "EX.ADMIN", "true", "EX.DOSE", "200", "EX.UNIT", "MG"),
                baseline,
                form("F.EOT", "F.EOT#1", List.of(), "EOT.EOTDAT", "2026-12-16", "EOT.REASON", "PROGRESSION"),
                form("F.ST", "F.ST#1", List.of(), "ST.LINE", "1", "ST.STDAT", "2027-01-20"))));

        assertEquals(List.of("F.TUBL@SCREENING", "F.EX#1", "F.TUFU#1", "F.EX#2", "F.EOT#1", "F.ST#1"),
                entries.stream().map(TimelineEntry::instanceKey).toList());
        assertEquals(List.of(TimelineCategory.ASSESSMENT, TimelineCategory.DOSE, TimelineCategory.ASSESSMENT,
                TimelineCategory.DOSE, TimelineCategory.END_OF_TREATMENT, TimelineCategory.SUBSEQUENT_THERAPY),
                entries.stream().map(TimelineEntry::category).toList());
        TimelineEntry scan = entries.get(2);
        assertEquals(LocalDate.of(2026, 11, 10), scan.date());
        assertEquals("iUPD", scan.response());
        assertEquals("62", scan.values().get("TUD.TLSUM"));
        assertEquals("true", scan.values().get("TUD.IUPDPEND"));
        assertNull(entries.get(1).response());
        assertEquals("200", entries.get(3).values().get("EX.DOSE"));
    }
}
