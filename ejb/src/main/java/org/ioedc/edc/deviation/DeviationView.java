package org.ioedc.edc.deviation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.deviation.Severity;

/** A stored deviation as the boundary shows it, with its history. */
public record DeviationView(long id, String studyOid, String siteOid, String subjectKey, String visitOid, String ruleId,
                            Severity severity, String factKey, String message, Map<String, String> values,
                            Instant detectedAt, DeviationStatus status, String closingNote, List<Entry> history) {

    /** One change of status: who, when, why. */
    public record Entry(long eventId, DeviationChange change, DeviationStatus fromStatus, DeviationStatus toStatus,
                        Instant at, String by, String note, String formOid) {
    }

    static DeviationView of(Deviation d) {
        return new DeviationView(d.id(), d.studyOid(), d.siteOid(), d.subjectKey(), d.visitOid(), d.ruleId(), d.severity(),
                d.factKey(), d.message(), d.values(), d.detectedAt(), d.status(), d.closingNote(),
                d.history().stream().map(h -> new Entry(h.id(), h.kind(), h.fromStatus(), h.toStatus(), h.at(), h.username(),
                        h.note(), h.formOid())).toList());
    }
}
