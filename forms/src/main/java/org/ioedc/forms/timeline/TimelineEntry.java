package org.ioedc.forms.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One fact of a subject's clinical course.
 *
 * @param date        when it happened (start date); null when the form holds no date yet
 * @param endDate     when it ended, for facts with a duration (an adverse event, a subsequent therapy)
 * @param formOid     the form that holds it
 * @param visitOid    the visit of a visit form, null for a log form
 * @param instanceKey the form instance among the subject's forms
 * @param repeatKey   the row of a repeating item group the fact comes from, null for the form itself
 * @param response    the iRECIST timepoint response of a tumour assessment (e.g. iUPD, iCPD), null otherwise
 * @param values      the values of the form (or row) by ItemOID, as stored
 */
public record TimelineEntry(TimelineCategory category, LocalDate date, LocalDate endDate, String formOid,
                            String formName, String visitOid, String instanceKey, String repeatKey, String response,
                            Map<String, String> values) {

    public TimelineEntry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(formOid, "formOid");
        values = Map.copyOf(values);
    }
}
