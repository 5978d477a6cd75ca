package org.ioedc.forms.crf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What rules may read about one subject: the enrolment facts, every form instance saved for the
 * subject (visit forms and log forms), with the form under evaluation in place of its stored version,
 * and the study's baseline window (days before the first dose within which the baseline must fall).
 */
public record SubjectRecord(String subjectId, String siteId, LocalDate informedConsentDate,
                            LocalDate firstDoseDate, List<FormData> forms, int baselineWindowDays) {

    /** The baseline window when a study does not set one (spec irecist.md section 2: 28 days). */
    public static final int DEFAULT_BASELINE_WINDOW_DAYS = 28;

    public SubjectRecord {
        forms = List.copyOf(forms);
        if (baselineWindowDays < 0) {
            throw new IllegalArgumentException("baseline window days cannot be negative");
        }
    }

    /** A record with the default baseline window. */
    public SubjectRecord(String subjectId, String siteId, LocalDate informedConsentDate, LocalDate firstDoseDate,
                         List<FormData> forms) {
        this(subjectId, siteId, informedConsentDate, firstDoseDate, forms, DEFAULT_BASELINE_WINDOW_DAYS);
    }

    public Optional<LocalDate> consent() {
        return Optional.ofNullable(informedConsentDate);
    }

    public Optional<LocalDate> firstDose() {
        return Optional.ofNullable(firstDoseDate);
    }

    /** Every instance of the given form, in the order they were stored. */
    public List<FormData> forms(String formOid) {
        return forms.stream().filter(f -> f.formOid().equals(formOid)).toList();
    }
}
