package org.ioedc.edc.deviation;

import org.ioedc.forms.deviation.Severity;

/** What the deviation log is narrowed to; a null field does not narrow. */
public record DeviationFilter(String siteOid, String subjectKey, String ruleId, Severity severity, DeviationStatus status) {

    public static DeviationFilter none() {
        return new DeviationFilter(null, null, null, null, null);
    }
}
