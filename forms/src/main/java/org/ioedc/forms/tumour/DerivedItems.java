package org.ioedc.forms.tumour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.irecist.TimepointResponse;
import org.ioedc.forms.irecist.TimepointResult;

/**
 * The values of the derived items (ItemRef MethodOID {@code MT.IRECIST}) that an assessment form should hold
 * after a recomputation of the subject's course: every derived item of the form, null for a blank one. The
 * values are canonical ODM text (numbers without trailing zeros, {@code true}/{@code false}, ISO dates), so
 * recomputing unchanged data gives the same text and writes nothing.
 *
 * <ul>
 *   <li>Follow-up ({@code IG.TUFUD}): TL sum, change from baseline and from nadir (%), nadir, NLT sum, the
 *       three category responses, the computed timepoint response, iUPD pending after it, the first iUPD date
 *       of its episode, its confirmation timing, whether its iUPD was confirmed later, and a note when it
 *       could not be derived.</li>
 *   <li>Baseline ({@code IG.TUBLD}): the baseline TL sum and the subject-level results: best overall
 *       response and date of progression (only when every dated assessment was derived) and a note listing
 *       what could not be derived.</li>
 * </ul>
 */
public final class DerivedItems {

    /** The length of the note item TUD.NOTE. */
    static final int NOTE_MAX = 2000;

    private DerivedItems() {
    }

    /** The derived item group of a tumour assessment form. */
    public static String groupOf(String formOid) {
        return TumourForms.BASELINE.equals(formOid) ? TumourForms.BASELINE_DERIVED : TumourForms.FOLLOW_UP_DERIVED;
    }

    /** Every derived item of the assessment's form with the value it should hold (null = blank). */
    public static Map<String, String> of(IrecistCourse course, CourseAssessment assessment) {
        Map<String, String> values = new LinkedHashMap<>();
        TimepointResult r = assessment.result();
        if (assessment.formOid().equals(TumourForms.BASELINE)) {
            boolean used = course.assessments().indexOf(assessment) == 0;
            values.put(TumourForms.D_TARGET_SUM, r == null ? null : number(r.targetSumMm()));
            values.put(TumourForms.D_BEST_OVERALL_RESPONSE,
                    used ? course.bestOverallResponse().map(b -> b.label()).orElse(null) : null);
            values.put(TumourForms.D_PROGRESSION_DATE, used ? course.progressionDate().map(LocalDate::toString).orElse(null) : null);
            values.put(TumourForms.D_NOTE, note(used ? course.problems() : assessment.problems()));
            return values;
        }
        boolean derived = r != null;
        values.put(TumourForms.D_TARGET_SUM, derived ? number(r.targetSumMm()) : null);
        values.put(TumourForms.D_CHANGE_FROM_BASELINE, derived ? number(r.changeFromBaselinePct()) : null);
        values.put(TumourForms.D_NADIR, derived ? number(r.nadirMm()) : null);
        values.put(TumourForms.D_CHANGE_FROM_NADIR, derived ? number(r.changeFromNadirPct()) : null);
        values.put(TumourForms.D_NEW_TARGET_SUM, derived ? number(r.newLesionTargetSumMm()) : null);
        values.put(TumourForms.D_TARGET_RESPONSE, derived && r.targetResponse() != null ? r.targetResponse().label() : null);
        values.put(TumourForms.D_NON_TARGET_RESPONSE,
                derived && r.nonTargetResponse() != null ? r.nonTargetResponse().label() : null);
        values.put(TumourForms.D_NEW_LESIONS_PRESENT, derived && r.newLesionsPresent() != null ? r.newLesionsPresent().toString() : null);
        values.put(TumourForms.D_RESPONSE, derived ? r.overallResponse().label() : null);
        values.put(TumourForms.D_IUPD_PENDING, derived ? Boolean.toString(r.iupdPending()) : null);
        values.put(TumourForms.D_FIRST_IUPD_DATE, derived && r.firstIupdDate() != null ? r.firstIupdDate().toString() : null);
        values.put(TumourForms.D_CONFIRMATION_TIMING, derived ? r.confirmationTiming().name() : null);
        values.put(TumourForms.D_IUPD_CONFIRMED_LATER, derived && r.overallResponse() == TimepointResponse.IUPD
                ? Boolean.toString(r.iupdConfirmedLater()) : null);
        values.put(TumourForms.D_NOTE, note(assessment.problems()));
        return values;
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String note(List<String> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        String text = "Not derived: " + String.join("; ", problems);
        return text.length() <= NOTE_MAX ? text : text.substring(0, NOTE_MAX - 3) + "...";
    }
}
