package org.ioedc.edc.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A query as the boundary shows it, with its age: whole days from opening until it was closed or
 * cancelled, or until now while it is open.
 *
 * @param origin the edit check's id, or MANUAL
 */
public record QueryView(long id, String studyOid, String siteOid, String subjectId, String formOid, String visitOid,
                        Integer logNumber, String itemGroupOid, String repeatKey, String itemOid, String items,
                        String origin, QueryState state, Instant openedAt, String openedBy, Instant updatedAt,
                        Instant closedAt, long ageDays, List<Message> messages) {

    public static final String MANUAL = "MANUAL";

    public record Message(Instant at, String by, String text, QueryState stateAfter) {
    }

    static QueryView of(Query q, Instant now, boolean withMessages) {
        var f = q.form();
        Instant end = q.state().isOpen() || q.closedAt() == null ? now : q.closedAt();
        return new QueryView(q.id(), q.studyOid(), q.siteOid(), q.subject().subjectKey(), q.formOid(), f.visitOid(),
                f.visitOid() == null ? f.logNumber() : null, q.itemGroupOid(), q.repeatKey().isEmpty() ? null : q.repeatKey(),
                q.itemOid(), q.items(), q.checkId() == null ? MANUAL : q.checkId(), q.state(), q.openedAt(), q.openedBy(),
                q.updatedAt(), q.closedAt(), Duration.between(q.openedAt(), end).toDays(),
                withMessages ? q.messages().stream().map(m -> new Message(m.at(), m.by(), m.text(), m.stateAfter())).toList()
                        : List.of());
    }
}
