package org.ioedc.forms.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;

/**
 * What rules may read about one subject: the enrolment facts and every form instance saved for the
 * subject (visit forms and log forms), with the form under evaluation in place of its stored version.
 */
public record SubjectRecord(String subjectId, String siteId, LocalDate informedConsentDate,
                            LocalDate firstDoseDate, List<FormData> forms) {

    public SubjectRecord {
        forms = List.copyOf(forms);
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
