package org.ioedc.edc.deviation;

import java.util.List;

/**
 * The changes one transaction made to a study's deviations. Fired inside the transaction; observers that
 * publish to users listen with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so nothing is
 * announced that was rolled back.
 *
 * <p>Such transactions hold the study's deviation lock until they commit, so they form a chain:
 * {@code previousEventId} is the last change committed before this transaction took the lock. A publisher
 * that received the batch ending in that id knows this batch comes next, whatever order the after-commit
 * callbacks of concurrent transactions run in.
 *
 * @param previousEventId the id of the study's last change committed before these; 0 when there was none
 * @param notices         the changes, in id order
 */
public record DeviationsCommitted(String studyOid, long previousEventId, List<DeviationNotice> notices) {

    public DeviationsCommitted {
        notices = List.copyOf(notices);
    }

    /** The id of the last change of the batch. */
    public long lastEventId() {
        return notices.isEmpty() ? previousEventId : notices.get(notices.size() - 1).eventId();
    }
}
