package org.ioedc.forms.ctcae;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Suggests the CTCAE v5.0 grade of a laboratory value for ALT, AST, blood bilirubin and creatinine
 * increased. The criteria are read from the grade cells of those terms in the dictionary, so the
 * suggestion follows NCI's text exactly; comparisons are exact ({@link BigDecimal}).
 *
 * <p>Rules (see {@code docs/ctcae.md}):
 * <ul>
 * <li>Baseline is normal when at or below ULN, abnormal above it. Without a baseline the value is
 *     graded as if baseline was normal.</li>
 * <li>ALT, AST, bilirubin: "if baseline was normal" criteria use multiples of ULN; "if baseline was
 *     abnormal" criteria use multiples of baseline and replace the ULN criteria. With an abnormal
 *     baseline a value below the grade 1 criterion (1.5 x baseline for ALT/AST, just above baseline
 *     for bilirubin) gets no grade, even above ULN.</li>
 * <li>Creatinine: the criteria say nothing about the baseline being normal; every criterion applies
 *     (those in multiples of baseline only when a baseline is given) and the highest grade any of them
 *     gives is suggested.</li>
 * <li>A range "a - b" includes b and excludes a when written "&gt;a".</li>
 * </ul>
 * The result is a suggestion for the investigator, who grades the event.
 */
public final class LabGrading {

    private static volatile Map<LabTerm, List<LabCriterion>> criteria;

    private LabGrading() {
    }

    /** {@link #suggest(LabTerm, BigDecimal, BigDecimal, BigDecimal)} without a baseline. */
    public static LabGradeSuggestion suggest(LabTerm term, BigDecimal value, BigDecimal upperLimitOfNormal) {
        return suggest(term, value, upperLimitOfNormal, null);
    }

    /**
     * The grade {@code value} meets, in the same unit as {@code upperLimitOfNormal} and
     * {@code baseline}.
     *
     * @param term               the laboratory term
     * @param value              the result, at least 0
     * @param upperLimitOfNormal the laboratory's ULN, above 0
     * @param baseline           the subject's baseline result, above 0, or null when unknown
     * @return the highest grade whose criterion the value meets (0 when none), the criterion and how
     *         the baseline was regarded
     * @throws IllegalArgumentException when a parameter is missing or out of range; the message names it
     */
    public static LabGradeSuggestion suggest(LabTerm term, BigDecimal value, BigDecimal upperLimitOfNormal,
            BigDecimal baseline) {
        if (term == null) {
            throw new IllegalArgumentException("term must not be null");
        }
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must not be negative: " + value);
        }
        if (upperLimitOfNormal == null) {
            throw new IllegalArgumentException("upperLimitOfNormal must not be null");
        }
        if (upperLimitOfNormal.signum() <= 0) {
            throw new IllegalArgumentException("upperLimitOfNormal must be greater than 0: "
                    + upperLimitOfNormal);
        }
        if (baseline != null && baseline.signum() <= 0) {
            throw new IllegalArgumentException("baseline must be greater than 0 when given: " + baseline);
        }
        BaselineStatus status = baseline == null ? BaselineStatus.NOT_PROVIDED
                : baseline.compareTo(upperLimitOfNormal) > 0 ? BaselineStatus.ABNORMAL
                : BaselineStatus.NORMAL;

        List<LabCriterion> applicable = new ArrayList<>();
        for (LabCriterion c : criteria(term)) {
            if (c.appliesTo(status, baseline != null)) {
                applicable.add(c);
            }
        }
        // criteria(term) is sorted by grade, highest first: the first match is the highest grade.
        for (LabCriterion c : applicable) {
            if (c.matches(value, upperLimitOfNormal, baseline)) {
                return new LabGradeSuggestion(term, c.grade(), c.text(), status);
            }
        }
        String gradeOne = applicable.stream().filter(c -> c.grade() == 1).map(LabCriterion::text)
                .collect(Collectors.joining("\" nor \""));
        return new LabGradeSuggestion(term, 0,
                "No grade: the value does not meet the grade 1 criterion \"" + gradeOne + "\"", status);
    }

    /** The criteria of a term, highest grade first, in the order of the text within a grade. */
    static List<LabCriterion> criteria(LabTerm term) {
        Map<LabTerm, List<LabCriterion>> all = criteria;
        if (all == null) {
            synchronized (LabGrading.class) {
                all = criteria;
                if (all == null) {
                    all = readCriteria(CtcaeDictionary.load());
                    criteria = all;
                }
            }
        }
        return all.get(term);
    }

    static Map<LabTerm, List<LabCriterion>> readCriteria(CtcaeDictionary dictionary) {
        Map<LabTerm, List<LabCriterion>> all = new EnumMap<>(LabTerm.class);
        for (LabTerm lab : LabTerm.values()) {
            CtcaeTerm term = dictionary.byCode(lab.meddraCode()).orElseThrow(() ->
                    new IllegalStateException("CTCAE dictionary has no " + lab.termName()));
            if (!term.term().equals(lab.termName())) {
                throw new IllegalStateException(lab.meddraCode() + " is " + term.term()
                        + ", expected " + lab.termName());
            }
            List<LabCriterion> list = new ArrayList<>();
            for (Map.Entry<Integer, String> grade : term.grades().entrySet()) {
                if (grade.getKey() == 5) {
                    throw new IllegalStateException(lab.termName() + " has a grade 5: not a lab grading");
                }
                try {
                    list.addAll(LabCriterion.parse(grade.getKey(), grade.getValue()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(lab.termName() + " grade " + grade.getKey() + ": "
                            + e.getMessage(), e);
                }
            }
            list.sort(Comparator.comparingInt(LabCriterion::grade).reversed());
            all.put(lab, List.copyOf(list));
        }
        return Collections.unmodifiableMap(all);
    }
}
