package org.ioedc.forms.irecist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the input of an iRECIST evaluation (spec section 1 and section 3, "Invalid input ... is 422").
 * Returns every fault, in input order, with the JSON path of the value at fault; an empty list means the
 * input is valid and {@link IrecistEngine#evaluate} can be called.
 *
 * <p>Rules: at least one assessment; a first dose date; every date present and strictly after the previous
 * one; the baseline on or before the first dose; the baseline with at least one target or non-target lesion,
 * measured target lesions (not NOT EVALUATED, not "too small"), at most 5 target lesions in total and 2 per
 * organ, non-target lesions PRESENT, no new lesions; every lesion with an id and an organ; lesion ids unique within an assessment; no
 * negative diameter; every non-target and new non-target lesion with a status; every baseline target and
 * non-target lesion, and every new lesion recorded earlier, present at each follow-up and no other
 * target/non-target ids; a target lesion's nodal flag as at baseline; a new lesion id distinct from baseline ids
 * and staying target or non-target; at most 5 new lesion targets and 2 per organ per assessment.
 *
 * <p>Statuses arrive as JSON strings; the web layer maps them with {@link LesionStatus#fromLabel} and reports an
 * unknown label with {@link #statusLabelFault(String, String)}, so that the 422 names every fault at once.
 */
public final class AssessmentValidator {

    /** RECIST 1.1 section 3.3.1: at most 5 target lesions in total. */
    public static final int MAX_TARGET_LESIONS = 5;
    /** RECIST 1.1 section 3.3.1: at most 2 target lesions per organ. */
    public static final int MAX_TARGET_LESIONS_PER_ORGAN = 2;
    /** iRECIST (Seymour 2017): at most 5 new lesion targets in total. */
    public static final int MAX_NEW_LESION_TARGETS = 5;
    /** iRECIST (Seymour 2017): at most 2 new lesion targets per organ. */
    public static final int MAX_NEW_LESION_TARGETS_PER_ORGAN = 2;

    private static final String STATUS_LABELS = Arrays.stream(LesionStatus.values())
            .map(LesionStatus::label).collect(Collectors.joining(", "));

    private AssessmentValidator() {
    }

    /**
     * A fault for a status label that is missing or not one of the upper-case words of spec section 1, or
     * empty when the label is valid.
     *
     * @param field the JSON path, e.g. {@code assessments[1].nonTargetLesions[0].status}
     * @param label the label as received
     */
    public static Optional<InputFault> statusLabelFault(String field, String label) {
        if (label == null || label.isBlank()) {
            return Optional.of(new InputFault(field, "status is required"));
        }
        if (LesionStatus.fromLabel(label).isEmpty()) {
            return Optional.of(new InputFault(field,
                    "unknown status '" + label + "'; expected one of " + STATUS_LABELS));
        }
        return Optional.empty();
    }

    /** Every fault of the input; empty when valid. */
    public static List<InputFault> validate(LocalDate firstDoseDate, List<Assessment> assessments) {
        List<InputFault> faults = new ArrayList<>();
        if (firstDoseDate == null) {
            faults.add(new InputFault("firstDoseDate", "first dose date is required"));
        }
        if (assessments == null || assessments.isEmpty()) {
            faults.add(new InputFault("assessments", "at least one assessment (the baseline) is required"));
            return faults;
        }
        Baseline baseline = null;
        Map<String, Boolean> newLesionIsTarget = new LinkedHashMap<>();
        LocalDate previousDate = null;
        for (int i = 0; i < assessments.size(); i++) {
            String path = "assessments[" + i + "]";
            Assessment a = assessments.get(i);
            if (a == null) {
                faults.add(new InputFault(path, "assessment is required"));
                continue;
            }
            // dates: present and strictly increasing; baseline on or before first dose (spec section 1)
            if (a.date() == null) {
                faults.add(new InputFault(path + ".date", "date is required"));
            } else {
                if (previousDate != null && !a.date().isAfter(previousDate)) {
                    faults.add(new InputFault(path + ".date", "date " + a.date()
                            + " must be after the previous assessment's date " + previousDate));
                }
                if (i == 0 && firstDoseDate != null && a.date().isAfter(firstDoseDate)) {
                    faults.add(new InputFault(path + ".date", "baseline date " + a.date()
                            + " must not be after the first dose date " + firstDoseDate));
                }
                previousDate = a.date();
            }
            checkLesionFields(path, a, faults);
            checkDuplicateIds(path, a, faults);
            if (i == 0) {
                baseline = checkBaseline(path, a, faults);
            } else if (baseline != null) {
                checkFollowUp(path, a, baseline, newLesionIsTarget, faults);
            }
        }
        return faults;
    }

    private record Baseline(Map<String, Boolean> targetNodal, Set<String> nonTargetIds) {
    }

    private static Baseline checkBaseline(String path, Assessment a, List<InputFault> faults) {
        if (a.targetLesions().isEmpty() && a.nonTargetLesions().isEmpty()) {
            faults.add(new InputFault(path, "baseline has no target or non-target lesions"));
        }
        // RECIST 1.1 section 3.3.1: at most 5 TL in total and 2 per organ
        if (a.targetLesions().size() > MAX_TARGET_LESIONS) {
            faults.add(new InputFault(path + ".targetLesions", "at most " + MAX_TARGET_LESIONS
                    + " target lesions in total, found " + a.targetLesions().size()));
        }
        Map<String, Integer> perOrgan = countPerOrgan(a.targetLesions().stream()
                .map(l -> l == null ? null : l.organ()).collect(Collectors.toList()));
        Map<String, Integer> seenPerOrgan = new HashMap<>();
        Map<String, Boolean> targetNodal = new LinkedHashMap<>();
        for (int j = 0; j < a.targetLesions().size(); j++) {
            TargetLesion tl = a.targetLesions().get(j);
            if (tl == null) {
                continue;
            }
            String tlPath = path + ".targetLesions[" + j + "]";
            if (tl.organ() != null && !tl.organ().isBlank()
                    && seenPerOrgan.merge(tl.organ(), 1, Integer::sum) == MAX_TARGET_LESIONS_PER_ORGAN + 1) {
                faults.add(new InputFault(tlPath + ".organ", "at most " + MAX_TARGET_LESIONS_PER_ORGAN
                        + " target lesions per organ, found " + perOrgan.get(tl.organ()) + " in " + tl.organ()));
            }
            if (tl.tooSmallToMeasure()) {
                faults.add(new InputFault(tlPath + ".tooSmallToMeasure",
                        "a baseline target lesion cannot be too small to measure"));
            } else if (tl.diameterMm() == null) {
                faults.add(new InputFault(tlPath + ".diameterMm", "a baseline target lesion must be measured"));
            }
            if (tl.id() != null) {
                targetNodal.putIfAbsent(tl.id(), tl.nodal());
            }
        }
        Set<String> nonTargetIds = new LinkedHashSet<>();
        for (int j = 0; j < a.nonTargetLesions().size(); j++) {
            NonTargetLesion ntl = a.nonTargetLesions().get(j);
            if (ntl == null) {
                continue;
            }
            if (ntl.id() != null) {
                nonTargetIds.add(ntl.id());
            }
            if (ntl.status() != null && ntl.status() != LesionStatus.PRESENT) {
                faults.add(new InputFault(path + ".nonTargetLesions[" + j + "].status",
                        "a baseline non-target lesion must be PRESENT"));
            }
        }
        if (!a.newLesions().isEmpty()) {
            faults.add(new InputFault(path + ".newLesions", "the baseline cannot have new lesions"));
        }
        return new Baseline(targetNodal, nonTargetIds);
    }

    private static void checkFollowUp(String path, Assessment a, Baseline baseline,
                                      Map<String, Boolean> newLesionIsTarget, List<InputFault> faults) {
        // Spec section 1: the same TL ids re-measured at every follow-up; each baseline NTL given a status.
        Set<String> tlIds = new HashSet<>();
        for (int j = 0; j < a.targetLesions().size(); j++) {
            TargetLesion tl = a.targetLesions().get(j);
            if (tl == null || tl.id() == null) {
                continue;
            }
            String tlPath = path + ".targetLesions[" + j + "]";
            tlIds.add(tl.id());
            Boolean nodal = baseline.targetNodal().get(tl.id());
            if (nodal == null) {
                faults.add(new InputFault(tlPath + ".id", "'" + tl.id() + "' is not a baseline target lesion"));
            } else if (nodal != tl.nodal()) {
                faults.add(new InputFault(tlPath + ".nodal",
                        "nodal must be " + nodal + " as at baseline for '" + tl.id() + "'"));
            }
        }
        for (String id : baseline.targetNodal().keySet()) {
            if (!tlIds.contains(id)) {
                faults.add(new InputFault(path + ".targetLesions",
                        "baseline target lesion '" + id + "' is missing"));
            }
        }
        Set<String> ntlIds = new HashSet<>();
        for (int j = 0; j < a.nonTargetLesions().size(); j++) {
            NonTargetLesion ntl = a.nonTargetLesions().get(j);
            if (ntl == null || ntl.id() == null) {
                continue;
            }
            ntlIds.add(ntl.id());
            if (!baseline.nonTargetIds().contains(ntl.id())) {
                faults.add(new InputFault(path + ".nonTargetLesions[" + j + "].id",
                        "'" + ntl.id() + "' is not a baseline non-target lesion"));
            }
        }
        for (String id : baseline.nonTargetIds()) {
            if (!ntlIds.contains(id)) {
                faults.add(new InputFault(path + ".nonTargetLesions",
                        "baseline non-target lesion '" + id + "' is missing"));
            }
        }
        // New lesions: keep their id and kind; recorded again at every later assessment (spec section 1);
        // at most 5 NLT in total and 2 per organ.
        Set<String> nlIds = new HashSet<>();
        int targets = 0;
        Map<String, Integer> perOrgan = countPerOrgan(a.newLesions().stream()
                .filter(l -> l != null && l.target()).map(NewLesion::organ).collect(Collectors.toList()));
        Map<String, Integer> seenPerOrgan = new HashMap<>();
        for (int j = 0; j < a.newLesions().size(); j++) {
            NewLesion nl = a.newLesions().get(j);
            if (nl == null || nl.id() == null) {
                continue;
            }
            String nlPath = path + ".newLesions[" + j + "]";
            nlIds.add(nl.id());
            if (baseline.targetNodal().containsKey(nl.id()) || baseline.nonTargetIds().contains(nl.id())) {
                faults.add(new InputFault(nlPath + ".id",
                        "new lesion id '" + nl.id() + "' is already a baseline lesion id"));
            }
            Boolean wasTarget = newLesionIsTarget.get(nl.id());
            if (wasTarget != null && wasTarget != nl.target()) {
                faults.add(new InputFault(nlPath + ".target", "new lesion '" + nl.id() + "' was recorded as a "
                        + (wasTarget ? "new lesion target" : "new non-target lesion") + " before"));
            }
            if (nl.target()) {
                targets++;
                if (nl.organ() != null && !nl.organ().isBlank()
                        && seenPerOrgan.merge(nl.organ(), 1, Integer::sum) == MAX_NEW_LESION_TARGETS_PER_ORGAN + 1) {
                    faults.add(new InputFault(nlPath + ".organ", "at most " + MAX_NEW_LESION_TARGETS_PER_ORGAN
                            + " new lesion targets per organ, found " + perOrgan.get(nl.organ()) + " in "
                            + nl.organ()));
                }
            }
        }
        if (targets > MAX_NEW_LESION_TARGETS) {
            faults.add(new InputFault(path + ".newLesions", "at most " + MAX_NEW_LESION_TARGETS
                    + " new lesion targets in total, found " + targets));
        }
        for (String id : newLesionIsTarget.keySet()) {
            if (!nlIds.contains(id)) {
                faults.add(new InputFault(path + ".newLesions",
                        "new lesion '" + id + "' recorded at an earlier assessment is missing"));
            }
        }
        for (NewLesion nl : a.newLesions()) {
            if (nl != null && nl.id() != null) {
                newLesionIsTarget.putIfAbsent(nl.id(), nl.target());
            }
        }
    }

    private static Map<String, Integer> countPerOrgan(List<String> organs) {
        Map<String, Integer> counts = new HashMap<>();
        for (String organ : organs) {
            if (organ != null && !organ.isBlank()) {
                counts.merge(organ, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void checkLesionFields(String path, Assessment a, List<InputFault> faults) {
        for (int j = 0; j < a.targetLesions().size(); j++) {
            String p = path + ".targetLesions[" + j + "]";
            TargetLesion tl = a.targetLesions().get(j);
            if (tl == null) {
                faults.add(new InputFault(p, "lesion is required"));
                continue;
            }
            checkIdAndOrgan(p, tl.id(), tl.organ(), faults);
            if (tl.diameterMm() != null && tl.diameterMm().signum() < 0) {
                faults.add(new InputFault(p + ".diameterMm", "diameter must not be negative"));
            }
        }
        for (int j = 0; j < a.nonTargetLesions().size(); j++) {
            String p = path + ".nonTargetLesions[" + j + "]";
            NonTargetLesion ntl = a.nonTargetLesions().get(j);
            if (ntl == null) {
                faults.add(new InputFault(p, "lesion is required"));
                continue;
            }
            checkIdAndOrgan(p, ntl.id(), ntl.organ(), faults);
            if (ntl.status() == null) {
                faults.add(new InputFault(p + ".status", "status is required"));
            }
        }
        for (int j = 0; j < a.newLesions().size(); j++) {
            String p = path + ".newLesions[" + j + "]";
            NewLesion nl = a.newLesions().get(j);
            if (nl == null) {
                faults.add(new InputFault(p, "lesion is required"));
                continue;
            }
            checkIdAndOrgan(p, nl.id(), nl.organ(), faults);
            if (nl.target()) {
                if (nl.diameterMm() != null && nl.diameterMm().signum() < 0) {
                    faults.add(new InputFault(p + ".diameterMm", "diameter must not be negative"));
                }
            } else if (nl.status() == null) {
                faults.add(new InputFault(p + ".status", "status is required"));
            }
        }
    }

    private static void checkIdAndOrgan(String p, String id, String organ, List<InputFault> faults) {
        if (id == null || id.isBlank()) {
            faults.add(new InputFault(p + ".id", "id is required"));
        }
        if (organ == null || organ.isBlank()) {
            faults.add(new InputFault(p + ".organ", "organ is required"));
        }
    }

    private static void checkDuplicateIds(String path, Assessment a, List<InputFault> faults) {
        Set<String> seen = new HashSet<>();
        checkDuplicates(path + ".targetLesions", a.targetLesions().stream()
                .map(l -> l == null ? null : l.id()).collect(Collectors.toList()), seen, faults);
        checkDuplicates(path + ".nonTargetLesions", a.nonTargetLesions().stream()
                .map(l -> l == null ? null : l.id()).collect(Collectors.toList()), seen, faults);
        checkDuplicates(path + ".newLesions", a.newLesions().stream()
                .map(l -> l == null ? null : l.id()).collect(Collectors.toList()), seen, faults);
    }

    private static void checkDuplicates(String listPath, List<String> ids, Set<String> seen,
                                        List<InputFault> faults) {
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            if (id != null && !id.isBlank() && !seen.add(id)) {
                faults.add(new InputFault(listPath + "[" + j + "].id",
                        "duplicate lesion id '" + id + "' in this assessment"));
            }
        }
    }
}
