package org.ioedc.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ioedc.edc.crf.DerivedChange;
import org.ioedc.edc.deviation.DeviationNotice;
import org.ioedc.edc.query.QueryEffect;
import org.ioedc.edc.subject.FirstDoseChange;
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

    /** The subject after a first dose change, with what the change did, like the answer to a form save. */
    public record FirstDoseOut(String subjectId, String studyOid, String siteOid, String screeningNumber,
                               LocalDate informedConsentDate, LocalDate firstDoseDate, Instant enrolledAt, String enrolledBy,
                               List<FormDtos.DerivedOut> derived, List<QueryEffect> queries, List<DeviationNotice> deviations) {
        static FirstDoseOut of(FirstDoseChange change) {
            Subject s = change.subject();
            return new FirstDoseOut(s.subjectKey(), s.study().oid(), s.site().oid(), s.screeningNumber(),
                    s.informedConsentDate(), s.firstDoseDate(), s.enrolledAt(), s.enrolledBy(),
                    change.effects().of(DerivedChange.class).stream().map(d -> new FormDtos.DerivedOut(d.formOid(), d.visitOid(),
                            d.logNumber(), d.itemOid(), d.oldValue(), d.newValue())).toList(),
                    change.effects().of(QueryEffect.class), change.effects().of(DeviationNotice.class));
        }
    }
}
