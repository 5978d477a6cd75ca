package org.ioedc.forms.deviation;

import java.util.List;
import java.util.Set;
import org.ioedc.forms.crf.SubjectRecord;

/**
 * A protocol deviation rule. Its id is stable (stored deviations, the catalogue in docs/ and monitors'
 * filters name it), so it never changes once released.
 */
public interface DeviationRule {

    /** The stable id, e.g. {@code DEV-ICPD-DOSE}. */
    String id();

    Severity severity();

    /** One sentence for the catalogue: what the rule flags. */
    String description();

    /**
     * One sentence for the catalogue: what closes a deviation of this rule. Every system deviation closes
     * itself when the data no longer shows the fact; a rule says which correction that is.
     */
    default String closedBy() {
        return "Correcting the data so that the fact no longer breaks the rule closes it automatically; "
                + "otherwise a monitor closes it with a note.";
    }

    /**
     * The FormOIDs whose data the rule reads: it is evaluated whenever one of them is saved. A rule
     * that reads the subject's first dose or consent is also evaluated when those change.
     */
    Set<String> reads();

    /**
     * Evaluates the rule over the subject's data as saved.
     *
     * @return every fact that breaks the rule now; empty when none does
     */
    List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule);
}
