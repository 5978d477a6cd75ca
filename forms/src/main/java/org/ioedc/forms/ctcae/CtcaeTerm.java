package org.ioedc.forms.ctcae;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One CTCAE v5.0 term: its MedDRA code (8 digits, unique in the dictionary), the term, the MedDRA
 * system organ class (SOC), the definition and navigational note when the dictionary has them, and
 * the grades that exist for the term with their descriptions.
 *
 * <p>Immutable. {@link #grades()} holds only the grades that exist, in ascending order: a grade the
 * dictionary marks "-" is absent (Death NOS has only grade 5, Myocarditis has no grade 1, ALT
 * increased has no grade 5). Equality is by MedDRA code.
 */
public final class CtcaeTerm {

    /** Lowest and highest CTCAE grade. */
    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 5;

    private static final Pattern MEDDRA_CODE = Pattern.compile("\\d{8}");
    private static final String OTHER_SPECIFY_SUFFIX = "- Other, specify";

    private final String meddraCode;
    private final String term;
    private final String soc;
    private final String definition;
    private final String navigationalNote;
    private final String changeNote;
    private final Map<Integer, String> grades;

    /**
     * @param meddraCode       the 8-digit MedDRA lowest level term code
     * @param term             the CTCAE term, e.g. "Colitis"
     * @param soc              the MedDRA system organ class, e.g. "Gastrointestinal disorders"
     * @param definition       the definition, or null / blank when the dictionary has none
     * @param navigationalNote the navigational note, or null / blank
     * @param changeNote       the "CTCAE v5.0 Change" note, or null / blank
     * @param grades           grade number (1..5) to description; only existing grades, at least one
     * @throws IllegalArgumentException when a value is missing or malformed
     */
    public CtcaeTerm(String meddraCode, String term, String soc, String definition,
            String navigationalNote, String changeNote, Map<Integer, String> grades) {
        this.meddraCode = requireText(meddraCode, "meddraCode");
        if (!MEDDRA_CODE.matcher(this.meddraCode).matches()) {
            throw new IllegalArgumentException("meddraCode must be 8 digits: " + meddraCode);
        }
        this.term = requireText(term, "term");
        this.soc = requireText(soc, "soc");
        this.definition = optionalText(definition);
        this.navigationalNote = optionalText(navigationalNote);
        this.changeNote = optionalText(changeNote);
        if (grades == null || grades.isEmpty()) {
            throw new IllegalArgumentException("grades must hold at least one grade: " + term);
        }
        Map<Integer, String> ordered = new LinkedHashMap<>();
        for (int g = MIN_GRADE; g <= MAX_GRADE; g++) {
            String text = grades.get(g);
            if (text != null) {
                String cleaned = Text.clean(text);
                if (cleaned.isEmpty() || cleaned.equals("-")) {
                    throw new IllegalArgumentException(
                            "grades: grade " + g + " of " + term + " has no description");
                }
                ordered.put(g, cleaned);
            }
        }
        if (ordered.size() != grades.size()) {
            throw new IllegalArgumentException("grades: grade numbers must be 1..5: " + grades.keySet());
        }
        this.grades = Collections.unmodifiableMap(ordered);
    }

    private static String requireText(String value, String name) {
        String cleaned = Text.clean(value);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return cleaned;
    }

    /** The dictionary writes " -" for a missing definition: both that and blank become absent. */
    private static String optionalText(String value) {
        String cleaned = Text.clean(value);
        return cleaned.isEmpty() || cleaned.equals("-") ? null : cleaned;
    }

    /** The 8-digit MedDRA code, e.g. "10009887". */
    public String meddraCode() {
        return meddraCode;
    }

    /** The CTCAE term, e.g. "Colitis". */
    public String term() {
        return term;
    }

    /** The MedDRA system organ class, e.g. "Gastrointestinal disorders". */
    public String soc() {
        return soc;
    }

    public Optional<String> definition() {
        return Optional.ofNullable(definition);
    }

    public Optional<String> navigationalNote() {
        return Optional.ofNullable(navigationalNote);
    }

    /** The "CTCAE v5.0 Change" column: what changed from v4.03. */
    public Optional<String> changeNote() {
        return Optional.ofNullable(changeNote);
    }

    /** Grade number to description, only grades that exist, ascending; unmodifiable. */
    public Map<Integer, String> grades() {
        return grades;
    }

    /** The grade numbers that exist, ascending, e.g. [2, 3, 4, 5] for Myocarditis. */
    public List<Integer> gradeNumbers() {
        return List.copyOf(grades.keySet());
    }

    public boolean hasGrade(int grade) {
        return grades.containsKey(grade);
    }

    /** The description of {@code grade}, empty when the grade does not exist for this term. */
    public Optional<String> gradeDescription(int grade) {
        return Optional.ofNullable(grades.get(grade));
    }

    /**
     * Whether this is the "Other, specify" term of its SOC (e.g. "Gastrointestinal disorders - Other,
     * specify"), for which the form must keep the verbatim term.
     */
    public boolean isOtherSpecify() {
        return term.endsWith(OTHER_SPECIFY_SUFFIX);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CtcaeTerm other && meddraCode.equals(other.meddraCode);
    }

    @Override
    public int hashCode() {
        return meddraCode.hashCode();
    }

    @Override
    public String toString() {
        return term + " (" + meddraCode + ")";
    }
}
