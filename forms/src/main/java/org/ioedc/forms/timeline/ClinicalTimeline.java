package org.ioedc.forms.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ioedc.forms.crf.DataType;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.forms.crf.ItemGroupDef;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.tumour.DerivedItems;
import org.ioedc.forms.tumour.IrecistCourse;
import org.ioedc.forms.tumour.TumourForms;

/**
 * Assembles a subject's clinical course from the forms of the modules in {@link TimelineCategory}, read
 * through their ODM metadata rather than known item OIDs, so a module's form can change without this
 * class changing:
 * <ul>
 *   <li>a form whose repeating item groups hold date items gives one entry per row (e.g. one row per
 *       administration); any other form gives one entry per instance;</li>
 *   <li>the entry's date is the value of the first date item in the form's metadata order (the modules put
 *       the date of the fact first: administration, assessment, decision, onset, start); while it is blank the
 *       entry is undated, never dated by another date of the form;</li>
 *   <li>its end date is the value of the first date item named as an end in CDISC CDASH style
 *       ({@code ...ENDAT}, {@code ...ENDTC}, {@code ...STPDAT}, {@code ...STOPDAT}).</li>
 * </ul>
 * A tumour assessment carries the iRECIST results of the subject's course as the engine derives them
 * now from the data entered ({@link IrecistCourse}, {@link DerivedItems}), with the timepoint response as
 * {@link TimelineEntry#response()}, so the timeline never shows a stale derivation.
 * Entries are in date order; on the same day in category order; undated entries (a form saved before
 * its date was entered) come last, so nothing the site entered is hidden.
 */
public final class ClinicalTimeline {

    private static final Pattern END_DATE = Pattern.compile(".*(ENDAT|ENDTC|STPDAT|STOPDAT|ENDDAT)$");

    private final FormMetadata metadata;
    private final Function<String, Optional<String>> moduleOfForm;

    /**
     * @param metadata     the metadata of the study's enabled modules
     * @param moduleOfForm the id of the module that defines a FormOID
     */
    public ClinicalTimeline(FormMetadata metadata, Function<String, Optional<String>> moduleOfForm) {
        this.metadata = metadata;
        this.moduleOfForm = moduleOfForm;
    }

    public List<TimelineEntry> of(SubjectRecord subject) {
        List<TimelineEntry> entries = new ArrayList<>();
        IrecistCourse course = null;
        for (FormData form : subject.forms()) {
            Optional<TimelineCategory> category = moduleOfForm.apply(form.formOid()).flatMap(m -> TimelineCategory.of(m, form.formOid()));
            Optional<FormDef> def = metadata.form(form.formOid());
            if (category.isEmpty() || def.isEmpty()) {
                continue;
            }
            if (category.get() == TimelineCategory.ASSESSMENT) {
                course = course == null ? IrecistCourse.of(subject) : course;
                entries.add(assessment(course, def.get(), form));
                continue;
            }
            entries.addAll(entries(category.get(), def.get(), form));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEntry::category)
                .thenComparing(TimelineEntry::instanceKey, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineEntry::repeatKey, Comparator.nullsFirst(Comparator.naturalOrder())));
        return entries;
    }

    private TimelineEntry assessment(IrecistCourse course, FormDef def, FormData form) {
        TimelineEntry entry = entries(TimelineCategory.ASSESSMENT, def, form).get(0);
        Map<String, String> values = new LinkedHashMap<>(entry.values());
        course.assessment(form.instanceKey()).map(a -> DerivedItems.of(course, a)).orElse(Map.of())
                .forEach((oid, value) -> {
                    if (value == null) {
                        values.remove(oid);
                    } else {
                        values.put(oid, value);
                    }
                });
        return new TimelineEntry(entry.category(), entry.date(), null, entry.formOid(), entry.formName(), entry.visitOid(),
                entry.instanceKey(), null, values.get(TumourForms.D_RESPONSE), values);
    }

    private List<TimelineEntry> entries(TimelineCategory category, FormDef def, FormData form) {
        List<ItemGroupDef> groups = metadata.groupsOf(def);
        List<ItemGroupDef> datedRows = groups.stream().filter(ItemGroupDef::repeating)
                .filter(g -> !dateItems(g).isEmpty()).toList();
        if (datedRows.isEmpty()) {
            List<String> dates = groups.stream().filter(g -> !g.repeating()).flatMap(g -> dateItems(g).stream()).toList();
            Map<String, String> values = new LinkedHashMap<>(form.items().asMap());
            LocalDate date = firstDate(form.items(), dates, false).orElse(form.visitDate());
            return List.of(new TimelineEntry(category, date, firstDate(form.items(), dates, true).orElse(null),
                    def.oid(), def.name(), form.visitOid(), form.instanceKey(), null, null, values));
        }
        List<TimelineEntry> rows = new ArrayList<>();
        for (ItemGroupDef group : datedRows) {
            List<String> dates = dateItems(group);
            for (ItemGroupRow row : form.rows(group.oid())) {
                Map<String, String> values = new LinkedHashMap<>(form.items().asMap());
                values.putAll(row.values().asMap());
                rows.add(new TimelineEntry(category, firstDate(row.values(), dates, false).orElse(null),
                        firstDate(row.values(), dates, true).orElse(null), def.oid(), def.name(), form.visitOid(),
                        form.instanceKey(), row.repeatKey(), null, values));
            }
        }
        return rows;
    }

    private List<String> dateItems(ItemGroupDef group) {
        return group.items().stream().map(ItemGroupDef.Ref::itemOid)
                .filter(oid -> metadata.item(oid).map(i -> i.dataType() == DataType.DATE).orElse(false)).toList();
    }

    /**
     * The value of the first date item (start or end): only that item says when the fact happened. A later date
     * item of the form (a corticosteroid start, a re-consent) is another fact's date, so while the first one is
     * blank the entry is undated.
     */
    private static Optional<LocalDate> firstDate(ItemValues values, List<String> dateItems, boolean end) {
        return dateItems.stream().filter(oid -> END_DATE.matcher(oid).matches() == end).findFirst().flatMap(values::date);
    }
}
