package org.ioedc.forms.module;

import java.util.List;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;

/**
 * An edit check: a plain, deterministic rule over the form being saved and the rest of the subject's
 * data. Its id is stable (it names queries and the catalogue in docs/), so it never changes once
 * released.
 */
public interface EditCheck {

    /** The stable id, e.g. {@code DM-001}. */
    String id();

    /** The FormOID of the forms this check runs on. */
    String formOid();

    /** One sentence for the catalogue: what the check verifies. */
    String description();

    /**
     * The FormOIDs of the subject's other forms whose values the check reads besides the form it runs on
     * (a TBP decision against the tumour assessments, a therapy start against the doses). A save of one of
     * them runs the check again on the subject's forms it runs on, so a query it raised closes, or a new one
     * opens, when that other data is corrected (docs/review.md). None unless a check says otherwise.
     */
    default Set<String> reads() {
        return Set.of();
    }

    /**
     * Runs the check on {@code form} as it is about to be saved. The subject's record already holds
     * {@code form} in place of its stored version.
     *
     * @return the findings; empty when the data passes
     */
    List<CheckFinding> evaluate(FormData form, SubjectRecord subject);

    /**
     * Whether the check's findings refuse the save. Blocking checks guard values that cannot be true,
     * such as a grade the CTCAE term does not have: like metadata errors, their findings refuse the
     * save with HTTP 422 naming the first item of each finding, and nothing is stored. Every other
     * check runs after the save and opens a query. False unless a check says otherwise.
     */
    default boolean blocking() {
        return false;
    }
}
