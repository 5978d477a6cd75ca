package org.ioedc.edc.deviation;

import java.time.Instant;
import java.util.Map;
import org.ioedc.forms.deviation.Severity;

/**
 * One change of one deviation as users are told of it: in the response to the save that made it, on the
 * live stream (whose event id is {@code eventId}) and when a reconnecting monitor replays what it missed.
 */
public record DeviationNotice(long eventId, DeviationChange change, long deviationId, String studyOid, String siteOid,
                              String subjectKey, String visitOid, String ruleId, Severity severity, String factKey,
                              String message, Map<String, String> values, DeviationStatus status, Instant at,
                              String by, String note) {

    static DeviationNotice of(DeviationHistory h) {
        Deviation d = h.deviation();
        return new DeviationNotice(h.id(), h.kind(), d.id(), d.studyOid(), d.siteOid(), d.subjectKey(), d.visitOid(),
                d.ruleId(), d.severity(), d.factKey(), d.message(), d.values(), h.toStatus(), h.at(), h.username(), h.note());
    }
}
