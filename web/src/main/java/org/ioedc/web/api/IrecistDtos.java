package org.ioedc.web.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import org.ioedc.forms.crf.EventDate;
import org.ioedc.forms.irecist.Assessment;
import org.ioedc.forms.irecist.AssessmentValidator;
import org.ioedc.forms.irecist.ConfirmationTiming;
import org.ioedc.forms.irecist.InputFault;
import org.ioedc.forms.irecist.LesionStatus;
import org.ioedc.forms.irecist.NewLesion;
import org.ioedc.forms.irecist.NonTargetLesion;
import org.ioedc.forms.irecist.ResponseEvaluation;
import org.ioedc.forms.irecist.TargetLesion;
import org.ioedc.forms.irecist.TimepointResult;

/**
 * What goes over the wire for {@code POST /api/v1/irecist/evaluate} (spec irecist.md section 3). Requests keep
 * dates and statuses as strings, so that a bad date or an unknown status is a 422 naming its field, not a 400.
 */
public final class IrecistDtos {
    private IrecistDtos() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Request

    /** The subject's first dose and assessments, the baseline first. */
    public record EvaluateIn(String firstDoseDate, List<AssessmentIn> assessments) {
    }

    public record AssessmentIn(String date, List<TargetLesionIn> targetLesions,
                               List<NonTargetLesionIn> nonTargetLesions, List<NewLesionIn> newLesions) {
    }

    /** {@code diameterMm: null} is NOT EVALUATED; {@code tooSmallToMeasure: true} counts 5 mm. */
    public record TargetLesionIn(String id, String organ, Boolean nodal, BigDecimal diameterMm,
                                 Boolean tooSmallToMeasure) {
    }

    public record NonTargetLesionIn(String id, String organ, String status) {
    }

    /** {@code target: true} is a new lesion target (measured), false a new non-target lesion (status). */
    public record NewLesionIn(String id, String organ, Boolean nodal, Boolean target, BigDecimal diameterMm,
                              Boolean tooSmallToMeasure, String status) {
    }

    /** A request translated to the engine's input, with the faults found while translating. */
    record Input(LocalDate firstDoseDate, List<Assessment> assessments, List<InputFault> faults) {

        static Input of(EvaluateIn in) {
            List<InputFault> faults = new ArrayList<>();
            LocalDate firstDose = date("firstDoseDate", in.firstDoseDate(), faults);
            List<Assessment> assessments = in.assessments() == null ? null
                    : map(in.assessments(), "assessments", (a, path) -> assessment(a, path, faults));
            return new Input(firstDose, assessments, faults);
        }

        /**
         * Every fault: those of the translation, then the validator's, leaving out the validator's faults on a
         * field already named (a date that is not a date is also "required" to the validator).
         */
        List<InputFault> allFaults() {
            List<InputFault> all = new ArrayList<>(faults);
            List<String> named = faults.stream().map(InputFault::field).toList();
            AssessmentValidator.validate(firstDoseDate, assessments).stream()
                    .filter(f -> !named.contains(f.field())).forEach(all::add);
            return all;
        }

        private static Assessment assessment(AssessmentIn a, String path, List<InputFault> faults) {
            if (a == null) {
                return null; // the validator names it
            }
            return new Assessment(date(path + ".date", a.date(), faults),
                    map(a.targetLesions(), path + ".targetLesions", (l, p) -> l == null ? null
                            : new TargetLesion(l.id(), l.organ(), isTrue(l.nodal()), l.diameterMm(),
                            isTrue(l.tooSmallToMeasure()))),
                    map(a.nonTargetLesions(), path + ".nonTargetLesions", (l, p) -> l == null ? null
                            : new NonTargetLesion(l.id(), l.organ(), status(p + ".status", l.status(), faults))),
                    map(a.newLesions(), path + ".newLesions", (l, p) -> newLesion(l, p, faults)));
        }

        private static NewLesion newLesion(NewLesionIn l, String path, List<InputFault> faults) {
            if (l == null) {
                return null;
            }
            boolean target;
            if (l.target() == null) {
                faults.add(new InputFault(path + ".target", "target is required: true for a new lesion target"
                        + " (measured), false for a new non-target lesion (with a status)"));
                target = l.status() == null; // a guess that adds no second fault
            } else {
                target = l.target();
            }
            return new NewLesion(l.id(), l.organ(), isTrue(l.nodal()), target, l.diameterMm(),
                    isTrue(l.tooSmallToMeasure()), status(path + ".status", l.status(), faults));
        }

        /** The status for a label; an unknown label is a fault (a missing one the validator reports). */
        private static LesionStatus status(String field, String label, List<InputFault> faults) {
            if (label == null) {
                return null;
            }
            AssessmentValidator.statusLabelFault(field, label).ifPresent(faults::add);
            return LesionStatus.fromLabel(label).orElse(null);
        }

        private static LocalDate date(String field, String text, List<InputFault> faults) {
            if (text == null || text.isBlank()) {
                return null; // the validator says it is required
            }
            LocalDate date = EventDate.parse(text.strip()).orElse(null);
            if (date == null) {
                faults.add(new InputFault(field, "must be a date as YYYY-MM-DD, got '" + text + "'"));
                return null;
            }
            // Scans and doses that have happened, as in the CRFs. The call belongs to no site, so "today" is the
            // latest date anywhere (UTC+14): a date is refused only when it is in the future at every site.
            EventDate.fault(date, LocalDate.now(ZoneOffset.ofHours(14))).ifPresent(f -> faults.add(new InputFault(field, f)));
            return date;
        }

        /** Maps a list element by element with each element's path ({@code path[i]}); null becomes empty. */
        private static <A, B> List<B> map(List<A> list, String path, BiFunction<A, String, B> mapper) {
            List<B> out = new ArrayList<>();
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    out.add(mapper.apply(list.get(i), path + "[" + i + "]"));
                }
            }
            return out;
        }

        private static boolean isTrue(Boolean flag) {
            return Boolean.TRUE.equals(flag);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Response

    /**
     * The evaluation. {@code progressionDate} is sent as null when progression was never confirmed; {@code notes}
     * (an extra) says how the best overall response was reached where a rule changed a timepoint's contribution.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"timepoints", "bestOverallResponse", "progressionDate", "notes"})
    public record EvaluationOut(List<TimepointOut> timepoints, String bestOverallResponse, String progressionDate,
                                List<String> notes) {
        static EvaluationOut of(ResponseEvaluation e) {
            return new EvaluationOut(e.timepoints().stream().map(TimepointOut::of).toList(),
                    e.bestOverallResponse().label(), text(e.progressionDate()), e.notes());
        }
    }

    /**
     * One timepoint. The baseline carries only {@code date}, {@code baseline} and {@code targetSumMm}; absent
     * values are left out. Beyond the spec's fields: {@code evaluatedTargetSumMm} (when a TL was not evaluated),
     * {@code iupdPending}, and while an iUPD episode runs {@code firstIupdDate}, {@code iupdTriggers},
     * {@code daysSinceFirstIupd}, {@code confirmationTiming} (EARLY, IN_WINDOW, LATE) and
     * {@code confirmationWindowDeviation}; {@code newLesionIdsAppeared}, {@code iupdConfirmedLater} and
     * {@code afterConfirmedProgression} only when they apply.
     */
    @JsonbPropertyOrder({"date", "baseline", "targetSumMm", "evaluatedTargetSumMm", "changeFromBaselinePct",
            "changeFromNadirPct", "nadirMm", "newLesionTargetSumMm", "targetResponse", "nonTargetResponse",
            "newLesionsPresent", "overallResponse", "reasons", "iupdPending", "firstIupdDate", "iupdTriggers",
            "daysSinceFirstIupd", "confirmationTiming", "confirmationWindowDeviation", "newLesionIdsAppeared",
            "iupdConfirmedLater", "afterConfirmedProgression"})
    public record TimepointOut(String date, boolean baseline, BigDecimal targetSumMm, BigDecimal evaluatedTargetSumMm,
                               BigDecimal changeFromBaselinePct, BigDecimal changeFromNadirPct, BigDecimal nadirMm,
                               BigDecimal newLesionTargetSumMm, String targetResponse, String nonTargetResponse,
                               Boolean newLesionsPresent, String overallResponse, List<String> reasons,
                               Boolean iupdPending, String firstIupdDate, List<String> iupdTriggers,
                               Integer daysSinceFirstIupd, String confirmationTiming,
                               Boolean confirmationWindowDeviation, List<String> newLesionIdsAppeared,
                               Boolean iupdConfirmedLater, Boolean afterConfirmedProgression) {
        static TimepointOut of(TimepointResult t) {
            if (t.baseline()) {
                return new TimepointOut(text(t.date()), true, t.targetSumMm(), null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null);
            }
            boolean inEpisode = t.confirmationTiming() != ConfirmationTiming.NOT_PENDING;
            return new TimepointOut(text(t.date()), false, t.targetSumMm(),
                    t.targetSumMm() == null ? t.evaluatedTargetSumMm() : null,
                    t.changeFromBaselinePct(), t.changeFromNadirPct(), t.nadirMm(), t.newLesionTargetSumMm(),
                    t.targetResponse() == null ? null : t.targetResponse().label(),
                    t.nonTargetResponse() == null ? null : t.nonTargetResponse().label(),
                    t.newLesionsPresent(), t.overallResponse().label(), t.reasons(),
                    t.iupdPending(), text(t.firstIupdDate()),
                    t.iupdTriggers().isEmpty() ? null : t.iupdTriggers().stream().sorted().map(Enum::name).toList(),
                    t.daysSinceFirstIupd(),
                    inEpisode ? t.confirmationTiming().name() : null,
                    inEpisode ? t.confirmationWindowDeviation() : null,
                    nullIfEmpty(t.newLesionIdsAppeared()),
                    t.iupdConfirmedLater() ? Boolean.TRUE : null,
                    t.afterConfirmedProgression() ? Boolean.TRUE : null);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <T> List<T> nullIfEmpty(Collection<T> values) {
        return values.isEmpty() ? null : List.copyOf(values);
    }
}
