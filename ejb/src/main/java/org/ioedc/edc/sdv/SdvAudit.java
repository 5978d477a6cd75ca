package org.ioedc.edc.sdv;

import java.time.Instant;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.crf.FormInstance;

/** The audit entry of a verification set or cleared: the verified value, and the reason for a clearance. */
final class SdvAudit {

    private SdvAudit() {
    }

    static AuditRecord of(FormInstance f, String group, String repeatKey, String item, String oldValue, String newValue,
                          String reason, String by, Instant at) {
        var s = f.subject();
        return new AuditRecord(null, at, by, AuditAction.SDV, s.study().oid(), s.site().oid(), s.subjectKey(), f.id(),
                f.formOid(), f.visitOid(), group, repeatKey.isEmpty() ? null : repeatKey, item, oldValue, newValue, reason, null);
    }
}
