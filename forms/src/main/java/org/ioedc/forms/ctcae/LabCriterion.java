package org.ioedc.forms.ctcae;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One criterion of a laboratory grade as CTCAE v5.0 writes it, e.g. "&gt;3.0 - 5.0 x ULN if baseline
 * was normal" or "1.5 - 3.0 x baseline if baseline was abnormal" or "&gt;3.0 x baseline".
 *
 * <p>A range "a - b" includes b; its lower end is excluded when written "&gt;a" and included when
 * written "a" (ALT/AST grade 1 for an abnormal baseline is "1.5 - 3.0 x baseline", so 1.5 x baseline
 * is grade 1). "&gt;ULN" as a lower end is "&gt;1.0 x ULN".
 *
 * @param grade          the grade the criterion gives
 * @param lowerExclusive whether the lower end is excluded ("&gt;")
 * @param lower          the lower multiple
 * @param upper          the upper multiple (included), or null when there is none ("&gt;20.0 x ULN")
 * @param reference      what the multiples multiply
 * @param applies        which baselines the criterion is for
 * @param text           the criterion verbatim from the dictionary
 */
record LabCriterion(int grade, boolean lowerExclusive, BigDecimal lower, BigDecimal upper,
        Reference reference, Applies applies, String text) {

    /** What the multiples of a criterion multiply. */
    enum Reference { ULN, BASELINE }

    /** Which baselines a criterion is for: as the text says, or always when it says nothing. */
    enum Applies { BASELINE_NORMAL, BASELINE_ABNORMAL, ALWAYS }

    private static final Pattern CRITERION = Pattern.compile(
            "(>)?\\s*(ULN|\\d+(?:\\.\\d+)?)(?:\\s*-\\s*(\\d+(?:\\.\\d+)?))?\\s*x\\s*(ULN|baseline)"
                    + "(?:\\s+if\\s+baseline\\s+was\\s+(normal|abnormal))?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The criteria of one grade cell: its parts separated by ";".
     *
     * @throws IllegalArgumentException when a part is not of the forms above
     */
    static List<LabCriterion> parse(int grade, String cell) {
        List<LabCriterion> list = new ArrayList<>();
        for (String part : cell.split(";")) {
            String text = Text.clean(part).replaceAll("\\s+", " ");
            Matcher m = CRITERION.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a laboratory criterion: '" + text + "'");
            }
            Reference reference = m.group(4).equalsIgnoreCase("ULN") ? Reference.ULN : Reference.BASELINE;
            BigDecimal lower;
            if (m.group(2).equalsIgnoreCase("ULN")) {
                if (reference != Reference.ULN) {
                    throw new IllegalArgumentException("ULN as a multiple of baseline: '" + text + "'");
                }
                lower = BigDecimal.ONE;
            } else {
                lower = new BigDecimal(m.group(2));
            }
            BigDecimal upper = m.group(3) == null ? null : new BigDecimal(m.group(3));
            Applies applies = m.group(5) == null ? Applies.ALWAYS
                    : m.group(5).equalsIgnoreCase("normal") ? Applies.BASELINE_NORMAL
                    : Applies.BASELINE_ABNORMAL;
            list.add(new LabCriterion(grade, m.group(1) != null, lower, upper, reference, applies, text));
        }
        return List.copyOf(list);
    }

    /** Whether the criterion is used for a baseline of this status. */
    boolean appliesTo(BaselineStatus status, boolean baselineGiven) {
        if (reference == Reference.BASELINE && !baselineGiven) {
            return false;
        }
        return switch (applies) {
            case ALWAYS -> true;
            case BASELINE_NORMAL -> status != BaselineStatus.ABNORMAL;
            case BASELINE_ABNORMAL -> status == BaselineStatus.ABNORMAL;
        };
    }

    /** Whether {@code value} lies in the range, the multiples taken of ULN or of baseline. */
    boolean matches(BigDecimal value, BigDecimal upperLimitOfNormal, BigDecimal baseline) {
        BigDecimal ref = reference == Reference.ULN ? upperLimitOfNormal : baseline;
        int low = value.compareTo(ref.multiply(lower));
        if (lowerExclusive ? low <= 0 : low < 0) {
            return false;
        }
        return upper == null || value.compareTo(ref.multiply(upper)) <= 0;
    }
}
