package org.ioedc.edc.deviation;

import java.util.List;

/**
 * Fired inside the transaction that changed deviations; observers that publish to users listen with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so nothing is announced that was rolled back.
 */
public record DeviationsCommitted(String studyOid, List<DeviationNotice> notices) {

    public DeviationsCommitted {
        notices = List.copyOf(notices);
    }
}
