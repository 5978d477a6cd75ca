package org.ioedc.edc.audit;

/**
 * Reads one chain in pages and feeds {@link ChainCheck}. Entries appended while it reads are left for the
 * next verification: it checks the chain up to the head it read first, and then only that no entry lies
 * beyond the head as committed after that (an append moves the head in the same commit as its entry).
 */
final class ChainVerifier {

    private final AuditChains chains;

    ChainVerifier(AuditChains chains) {
        this.chains = chains;
    }

    ChainVerification verify(String chainKey, ChainAnchor anchor) {
        String study = AuditChainHead.studyOf(chainKey);
        AuditChainHead head = chains.head(chainKey).orElseGet(() -> chains.notStarted(chainKey));
        ChainCheck check = new ChainCheck(head.unchained(), head.lastSequence(), head.lastHash(), anchor);
        long[] after = {Long.MIN_VALUE};
        boolean more;
        do {
            more = chains.unchainedPage(chainKey, after, check::unchained);
        } while (more);
        check.endOfUnchained();
        long[] at = {Long.MIN_VALUE, Long.MIN_VALUE};
        do {
            more = chains.chainedPage(chainKey, head.lastSequence(), at, check::chained);
        } while (more);
        check.endOfChain();
        chains.firstBeyond(chainKey, chains.lastSequenceNow(chainKey)).forEach(check::beyondHead);
        return check.result(study, head.startedAt());
    }
}
