package org.ioedc.forms.tumour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemValues;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.irecist.Assessment;
import org.ioedc.forms.irecist.AssessmentValidator;
import org.ioedc.forms.irecist.InputFault;
import org.ioedc.forms.irecist.IrecistEngine;
import org.ioedc.forms.irecist.IrecistSettings;
import org.ioedc.forms.irecist.LesionStatus;
import org.ioedc.forms.irecist.NewLesion;
import org.ioedc.forms.irecist.NonTargetLesion;
import org.ioedc.forms.irecist.ResponseEvaluation;
import org.ioedc.forms.irecist.TargetLesion;
import org.ioedc.forms.irecist.TimepointResponse;
import org.ioedc.forms.irecist.TimepointResult;

/**
 * A subject's iRECIST course: the tumour assessment forms of a {@link SubjectRecord} read into the
 * engine's input and the engine's results per assessment. This is the one place that turns the CRFs into
 * {@link Assessment}s; the derivation itself is {@link IrecistEngine}'s.
 *
 * <p>Reading rules (docs/irecist-derivation.md, "Stored derivations"):
 * <ul>
 *   <li>the baseline is the {@code F.TUBL} form; the follow-ups are the {@code F.TUFU} log forms with an
 *       assessment date, in date order (the log number does not matter); a follow-up without a date is not
 *       derived;</li>
 *   <li>lesion ids are the repeat keys; a follow-up lesion without organ or nodal flag takes the baseline
 *       lesion's; a target lesion flagged not evaluated, or with no diameter and not "too small", is NOT
 *       EVALUATED;</li>
 *   <li>forms in progress count like complete ones: the derived values always match the data entered;</li>
 *   <li>when the input breaks a rule of {@link AssessmentValidator} (a baseline lesion missing at a follow-up,
 *       two scans on one day...), the assessments before the first faulty one are still derived and the
 *       faulty one and every later one are not; {@link #problems()} says why. The best overall response and
 *       the date of progression are given only when every dated assessment was derived.</li>
 * </ul>
 *
 * <p>Typical use by a rule: {@code IrecistCourse.of(subject).stateAt(doseDate)} tells whether an iUPD was
 * pending (since when) or progression confirmed (on which date) on that day.
 */
public final class IrecistCourse {

    private static final Pattern ASSESSMENT_INDEX = Pattern.compile("^assessments\\[(\\d+)]");

    private final IrecistSettings settings;
    private final List<CourseAssessment> assessments;
    private final ResponseEvaluation evaluation;
    private final boolean complete;

    private IrecistCourse(IrecistSettings settings, List<CourseAssessment> assessments, ResponseEvaluation evaluation,
                          boolean complete) {
        this.settings = settings;
        this.assessments = List.copyOf(assessments);
        this.evaluation = evaluation;
        this.complete = complete;
    }

    /** The course with the default settings (confirmation window 28-56 days, iSD from day 42). */
    public static IrecistCourse of(SubjectRecord subject) {
        return of(subject, IrecistSettings.defaults());
    }

    public static IrecistCourse of(SubjectRecord subject, IrecistSettings settings) {
        return new Reader(subject, settings).read();
    }

    /**
     * Every assessment form: the baseline first, then the dated follow-ups in date order, then any follow-up
     * without a date (and any second baseline form, which is never used).
     */
    public List<CourseAssessment> assessments() {
        return assessments;
    }

    /** The assessment stored in the form instance with this key, e.g. {@code F.TUFU#2}. */
    public Optional<CourseAssessment> assessment(String instanceKey) {
        return assessments.stream().filter(a -> a.instanceKey().equals(instanceKey)).findFirst();
    }

    /** The derived assessments, baseline first, in date order. */
    public List<CourseAssessment> derived() {
        return assessments.stream().filter(a -> a.result() != null).toList();
    }

    /** The engine's whole result over the derived assessments; empty when not even the baseline was derived. */
    public Optional<ResponseEvaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    /** True when there is a baseline and every dated assessment was derived. */
    public boolean complete() {
        return complete;
    }

    /** Best overall response (iBOR, Seymour 2017 Table 3); only when the course is {@linkplain #complete() complete}. */
    public Optional<TimepointResponse> bestOverallResponse() {
        return complete && evaluation != null ? Optional.ofNullable(evaluation.bestOverallResponse()) : Optional.empty();
    }

    /** Date of progression (the first iUPD of the confirmed episode); only when complete and confirmed. */
    public Optional<LocalDate> progressionDate() {
        return complete && evaluation != null ? Optional.ofNullable(evaluation.progressionDate()) : Optional.empty();
    }

    /** Why assessments could not be derived, one line each ("follow-up of 2026-11-10: ..."); empty when complete. */
    public List<String> problems() {
        List<String> lines = new ArrayList<>();
        assessments.forEach(a -> a.problems().forEach(p -> lines.add(a.label() + ": " + p)));
        return lines;
    }

    /** {@link #stateAt(LocalDate)} after the last assessment. */
    public CourseState current() {
        return stateAt(LocalDate.MAX);
    }

    /**
     * The subject's state on {@code date}, from the derived assessments dated on or before it: an assessment
     * dated on {@code date} counts (a scan showing iUPD makes the iUPD pending from that day).
     */
    public CourseState stateAt(LocalDate date) {
        List<CourseAssessment> upTo = derived().stream().filter(a -> !a.date().isAfter(date)).toList();
        LocalDate last = upTo.isEmpty() ? null : upTo.get(upTo.size() - 1).date();
        List<CourseAssessment> followUps = upTo.stream().filter(a -> !a.baseline()).toList();
        if (followUps.isEmpty()) {
            return new CourseState(date, CourseState.Status.NO_FOLLOW_UP, last, null, null, null, null, null);
        }
        for (CourseAssessment a : followUps) {
            TimepointResult r = a.result();
            if (r.overallResponse() == TimepointResponse.ICPD && !r.afterConfirmedProgression()) {
                return new CourseState(date, CourseState.Status.ICPD, last, null, null, null, a.date(), r.firstIupdDate());
            }
        }
        TimepointResult latest = followUps.get(followUps.size() - 1).result();
        if (latest.iupdPending()) {
            LocalDate since = latest.firstIupdDate();
            return new CourseState(date, CourseState.Status.IUPD_PENDING, last, since,
                    since.plusDays(settings.confirmationWindowMinDays()), since.plusDays(settings.confirmationWindowMaxDays()),
                    null, null);
        }
        return new CourseState(date, CourseState.Status.NOT_PROGRESSED, last, null, null, null, null, null);
    }

    /** Reads the forms and runs the engine on the longest valid prefix of the course. */
    private static final class Reader {
        private final SubjectRecord subject;
        private final IrecistSettings settings;

        Reader(SubjectRecord subject, IrecistSettings settings) {
            this.subject = subject;
            this.settings = settings;
        }

        IrecistCourse read() {
            List<FormData> baselines = new ArrayList<>(subject.forms(TumourForms.BASELINE));
            baselines.sort(Comparator.comparing((FormData f) -> TumourForms.date(f).orElse(LocalDate.MAX)));
            List<FormData> followUps = new ArrayList<>(subject.forms(TumourForms.FOLLOW_UP));
            followUps.sort(Comparator.comparing((FormData f) -> TumourForms.date(f).orElse(LocalDate.MAX))
                    .thenComparing(f -> logNumber(f.instanceKey())));

            FormData baseline = baselines.isEmpty() ? null : baselines.get(0);
            List<FormData> dated = followUps.stream().filter(f -> TumourForms.date(f).isPresent()).toList();
            List<FormData> undated = followUps.stream().filter(f -> TumourForms.date(f).isEmpty()).toList();

            List<FormData> sequence = new ArrayList<>();
            List<Assessment> inputs = new ArrayList<>();
            Map<Integer, List<String>> faults = new LinkedHashMap<>();
            if (baseline != null) {
                sequence.add(baseline);
                Assessment base = baselineInput(baseline);
                inputs.add(base);
                dated.forEach(f -> {
                    sequence.add(f);
                    inputs.add(followUpInput(f, baseline));
                });
            }
            int derivable = derivablePrefix(inputs, faults);
            ResponseEvaluation evaluation = derivable == 0 ? null
                    : IrecistEngine.evaluate(subject.firstDoseDate(), inputs.subList(0, derivable), settings);

            List<CourseAssessment> out = new ArrayList<>();
            for (int i = 0; i < sequence.size(); i++) {
                FormData form = sequence.get(i);
                List<String> problems = new ArrayList<>(faults.getOrDefault(i, List.of()));
                if (i >= derivable && problems.isEmpty()) {
                    problems.add("not derived because an earlier assessment could not be derived");
                }
                TimepointResult result = i < derivable ? evaluation.timepoints().get(i) : null;
                out.add(new CourseAssessment(form.formOid(), form.instanceKey(), TumourForms.date(form).orElse(null),
                        i == 0, inputs.get(i), result, result == null ? problems : List.of(), investigator(form)));
            }
            if (baseline == null) {
                dated.forEach(f -> out.add(notDerived(f, "there is no baseline tumour assessment")));
            }
            undated.forEach(f -> out.add(notDerived(f, "the assessment date is missing")));
            baselines.stream().skip(1).forEach(f -> out.add(new CourseAssessment(f.formOid(), f.instanceKey(),
                    TumourForms.date(f).orElse(null), true, null, null,
                    List.of("a second baseline form; only the earliest baseline is used"),
                    CourseAssessment.InvestigatorAssessment.NONE)));
            boolean complete = baseline != null && derivable == sequence.size() && undated.isEmpty();
            return new IrecistCourse(settings, out, evaluation, complete);
        }

        /**
         * The number of leading assessments the engine accepts. The validator's faults name the assessment
         * at fault by index ({@code assessments[2]...}); faults without an index (the first dose date) stop
         * the derivation at the baseline.
         */
        private int derivablePrefix(List<Assessment> inputs, Map<Integer, List<String>> faults) {
            int end = inputs.size();
            while (end > 0) {
                List<InputFault> found = AssessmentValidator.validate(subject.firstDoseDate(), inputs.subList(0, end));
                if (found.isEmpty()) {
                    return end;
                }
                int lowest = end - 1;
                for (InputFault fault : found) {
                    int index = assessmentIndex(fault);
                    lowest = Math.min(lowest, index);
                    List<String> messages = faults.computeIfAbsent(index, k -> new ArrayList<>());
                    if (!messages.contains(message(fault))) {
                        messages.add(message(fault));
                    }
                }
                end = lowest;
            }
            return 0;
        }

        private static String message(InputFault fault) {
            if (fault.field().equals("firstDoseDate")) {
                return "the subject's first dose date is not recorded";
            }
            return fault.message();
        }

        private static int assessmentIndex(InputFault fault) {
            Matcher m = ASSESSMENT_INDEX.matcher(fault.field());
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        private static CourseAssessment notDerived(FormData f, String why) {
            return new CourseAssessment(f.formOid(), f.instanceKey(), TumourForms.date(f).orElse(null), false, null, null,
                    List.of(why), investigator(f));
        }

        private static CourseAssessment.InvestigatorAssessment investigator(FormData form) {
            return form.formOid().equals(TumourForms.FOLLOW_UP) ? CourseAssessment.InvestigatorAssessment.of(form)
                    : CourseAssessment.InvestigatorAssessment.NONE;
        }

        private static int logNumber(String instanceKey) {
            int hash = instanceKey.lastIndexOf('#');
            try {
                return hash < 0 ? 0 : Integer.parseInt(instanceKey.substring(hash + 1));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    static Assessment baselineInput(FormData form) {
        List<TargetLesion> targets = form.rows(TumourForms.BASELINE_TARGETS).stream()
                .map(r -> TargetLesion.measured(r.repeatKey(), r.values().text(TumourForms.TL_ORGAN).orElse(null),
                        TumourForms.isTrue(r.values(), TumourForms.TL_NODAL),
                        r.values().number(TumourForms.TL_DIAMETER).orElse(null)))
                .toList();
        List<NonTargetLesion> nonTargets = form.rows(TumourForms.BASELINE_NON_TARGETS).stream()
                .map(r -> new NonTargetLesion(r.repeatKey(), r.values().text(TumourForms.NTL_ORGAN).orElse(null),
                        LesionStatus.PRESENT))
                .toList();
        return new Assessment(TumourForms.date(form).orElse(null), targets, nonTargets, List.of());
    }

    static Assessment followUpInput(FormData form, FormData baseline) {
        List<TargetLesion> targets = form.rows(TumourForms.FOLLOW_UP_TARGETS).stream().map(r -> {
            Optional<ItemValues> base = baseline.row(TumourForms.BASELINE_TARGETS, r.repeatKey()).map(ItemGroupRow::values);
            String organ = r.values().text(TumourForms.TL_ORGAN)
                    .or(() -> base.flatMap(b -> b.text(TumourForms.TL_ORGAN))).orElse(null);
            boolean nodal = r.values().text(TumourForms.TL_NODAL)
                    .or(() -> base.flatMap(b -> b.text(TumourForms.TL_NODAL))).filter("true"::equals).isPresent();
            if (TumourForms.isTrue(r.values(), TumourForms.TL_NOT_EVALUATED)) {
                return TargetLesion.notEvaluated(r.repeatKey(), organ, nodal);
            }
            if (TumourForms.isTrue(r.values(), TumourForms.TL_TOO_SMALL)) {
                return TargetLesion.tooSmall(r.repeatKey(), organ, nodal);
            }
            BigDecimal diameter = r.values().number(TumourForms.TL_DIAMETER).orElse(null);
            return TargetLesion.measured(r.repeatKey(), organ, nodal, diameter);
        }).toList();
        List<NonTargetLesion> nonTargets = form.rows(TumourForms.FOLLOW_UP_NON_TARGETS).stream().map(r -> {
            String organ = r.values().text(TumourForms.NTL_ORGAN).or(() -> baseline.row(TumourForms.BASELINE_NON_TARGETS,
                    r.repeatKey()).flatMap(b -> b.values().text(TumourForms.NTL_ORGAN))).orElse(null);
            return new NonTargetLesion(r.repeatKey(), organ, status(r.values(), TumourForms.NTL_STATUS));
        }).toList();
        List<NewLesion> newLesions = new ArrayList<>();
        form.rows(TumourForms.NEW_TARGETS).forEach(r -> {
            ItemValues v = r.values();
            boolean notEvaluated = TumourForms.isTrue(v, TumourForms.NLT_NOT_EVALUATED);
            boolean tooSmall = !notEvaluated && TumourForms.isTrue(v, TumourForms.NLT_TOO_SMALL);
            BigDecimal diameter = notEvaluated || tooSmall ? null : v.number(TumourForms.NLT_DIAMETER).orElse(null);
            newLesions.add(new NewLesion(r.repeatKey(), v.text(TumourForms.NLT_ORGAN).orElse(null),
                    TumourForms.isTrue(v, TumourForms.NLT_NODAL), true, diameter, tooSmall, null));
        });
        form.rows(TumourForms.NEW_NON_TARGETS).forEach(r -> newLesions.add(NewLesion.nonTarget(r.repeatKey(),
                r.values().text(TumourForms.NLNT_ORGAN).orElse(null), status(r.values(), TumourForms.NLNT_STATUS))));
        return new Assessment(TumourForms.date(form).orElse(null), targets, nonTargets, newLesions);
    }

    private static LesionStatus status(ItemValues values, String itemOid) {
        return values.text(itemOid).flatMap(LesionStatus::fromLabel).orElse(null);
    }
}
