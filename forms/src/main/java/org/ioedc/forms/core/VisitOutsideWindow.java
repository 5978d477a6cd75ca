package org.ioedc.forms.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.ScheduledVisit;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;

/**
 * DEV-VISIT-WINDOW: a visit form dated outside its visit's window in the schedule of assessments (spec
 * irae-tbp-therapy.md, "Protocol deviations flagged in real time"). Day 1 is the subject's first dose; a
 * visit's window is its target day minus the days allowed before, to the target day plus the days
 * allowed after, both ends included. The date of a form is its visit date when the server knows it,
 * otherwise the assessment date the form itself carries (the forms listed in {@link #DATE_ITEMS}).
 * Nothing is flagged before the first dose is known. One finding per form and date: correcting the date
 * into the window (or the first dose date, or the schedule) closes it.
 */
final class VisitOutsideWindow implements DeviationRule {

    /** The assessment date item of each visit form the rule reads. */
    static final Map<String, String> DATE_ITEMS = Map.of(
            "F.VS", "VS.VSDAT",
            "F.LB", "LB.LBDAT",
            "F.TUBL", "TU.DAT");

    private final Map<String, String> dateItems;

    VisitOutsideWindow(Map<String, String> dateItems) {
        this.dateItems = Map.copyOf(dateItems);
    }

    VisitOutsideWindow() {
        this(DATE_ITEMS);
    }

    @Override
    public String id() {
        return "DEV-VISIT-WINDOW";
    }

    @Override
    public Severity severity() {
        return Severity.MINOR;
    }

    @Override
    public String description() {
        return "A visit form dated outside its visit's window in the schedule of assessments (day 1 = first dose).";
    }

    @Override
    public String closedBy() {
        return "Closes when the form's date falls inside the window: the assessment date, the subject's first dose "
                + "date or the visit's window is corrected.";
    }

    @Override
    public Set<String> reads() {
        return dateItems.keySet();
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        List<DeviationFinding> findings = new ArrayList<>();
        if (subject.firstDose().isEmpty()) {
            return findings;
        }
        LocalDate day1 = subject.firstDoseDate();
        for (FormData form : subject.forms()) {
            if (form.visitOid() == null || !dateItems.containsKey(form.formOid())) {
                continue;
            }
            Optional<ScheduledVisit> visit = schedule.visit(form.visitOid());
            Optional<LocalDate> date = dateOf(form);
            if (visit.isEmpty() || date.isEmpty()) {
                continue;
            }
            LocalDate earliest = visit.get().earliest(day1);
            LocalDate latest = visit.get().latest(day1);
            if (!date.get().isBefore(earliest) && !date.get().isAfter(latest)) {
                continue;
            }
            findings.add(finding(form, visit.get(), date.get(), day1, earliest, latest));
        }
        return findings;
    }

    private DeviationFinding finding(FormData form, ScheduledVisit visit, LocalDate date, LocalDate day1,
                                     LocalDate earliest, LocalDate latest) {
        long day = ScheduledVisit.studyDay(day1, date);
        long from = ScheduledVisit.studyDay(day1, earliest);
        long to = ScheduledVisit.studyDay(day1, latest);
        long off = date.isBefore(earliest) ? ChronoUnit.DAYS.between(date, earliest) : ChronoUnit.DAYS.between(latest, date);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", date.toString());
        values.put("studyDay", String.valueOf(day));
        values.put("windowFrom", earliest.toString());
        values.put("windowTo", latest.toString());
        String name = visit.name() == null ? visit.oid() : visit.name() + " (" + visit.oid() + ")";
        return new DeviationFinding(id(), visit.oid(), "visit:" + visit.oid() + ":" + form.formOid() + ":" + date,
                "Form " + form.formOid() + " of visit " + name + " is dated " + date + " (day " + day + "), "
                        + off + (off == 1 ? " day " : " days ") + (date.isBefore(earliest) ? "before" : "after")
                        + " the visit window of day " + from + " to day " + to + " (" + earliest + " to " + latest + ").",
                values);
    }

    private Optional<LocalDate> dateOf(FormData form) {
        if (form.visitDate() != null) {
            return Optional.of(form.visitDate());
        }
        return form.items().date(dateItems.get(form.formOid()));
    }
}
