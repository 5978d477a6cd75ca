package org.ioedc.edc.query;

import java.time.Instant;
import org.ioedc.edc.audit.AuditAction;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.crf.FormInstance;

/** The audit entry of one step of a query: old and new state, the message as the reason. */
final class QueryAudit {

    private QueryAudit() {
    }

    static AuditRecord of(Query q, QueryState before, String text, String by, Instant at) {
        FormInstance f = q.form();
        return new AuditRecord(null, at, by, AuditAction.QUERY, q.studyOid(), q.siteOid(), q.subject().subjectKey(), f.id(),
                f.formOid(), f.visitOid(), q.itemGroupOid(), q.repeatKey().isEmpty() ? null : q.repeatKey(), q.itemOid(),
                before == null ? null : before.name(), q.state().name(),
                "Query " + q.id() + (q.checkId() == null ? "" : " (" + q.checkId() + ")") + ": " + text, null);
    }
}
