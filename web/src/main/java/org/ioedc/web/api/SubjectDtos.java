package org.ioedc.web.api;

import java.time.Instant;
import java.time.LocalDate;
import org.ioedc.edc.subject.Subject;

/** What goes over the wire about subjects. */
public final class SubjectDtos {
    private SubjectDtos() {
    }

    public record SubjectIn(String subjectId, String siteOid, String screeningNumber, String informedConsentDate,
                            String firstDoseDate) {
    }

    public record FirstDoseIn(String firstDoseDate, String reasonForChange) {
    }

    public record SubjectOut(String subjectId, String studyOid, String siteOid, String screeningNumber,
                             LocalDate informedConsentDate, LocalDate firstDoseDate, Instant enrolledAt, String enrolledBy) {
        static SubjectOut of(Subject s) {
            return new SubjectOut(s.subjectKey(), s.study().oid(), s.site().oid(), s.screeningNumber(),
                    s.informedConsentDate(), s.firstDoseDate(), s.enrolledAt(), s.enrolledBy());
        }
    }
}
