package org.ioedc.edc.audit;

import java.time.Instant;

/** The content of an audit entry, as written and as read back. */
public record AuditRecord(Long id, Instant at, String username, AuditAction action, String studyOid,
                          String siteOid, String subjectKey, Long formInstanceId, String formOid,
                          String visitOid, String itemGroupOid, String repeatKey, String itemOid,
                          String oldValue, String newValue, String reason, String origin) {

    /** An entry about the study set-up or a subject as a whole, with no item. */
    public static AuditRecord event(Instant at, String username, AuditAction action, String studyOid,
                                    String siteOid, String subjectKey, String newValue) {
        return new AuditRecord(null, at, username, action, studyOid, siteOid, subjectKey, null, null, null,
                null, null, null, null, newValue, null, null);
    }
}
