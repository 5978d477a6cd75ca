package org.ioedc.edc.audit;

import java.util.List;

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
        List<AuditRecord> unchained = chains.unchainedAfter(chainKey, Long.MIN_VALUE);
        while (!unchained.isEmpty()) {
            unchained.forEach(check::unchained);
            unchained = chains.unchainedAfter(chainKey, unchained.get(unchained.size() - 1).id());
        }
        check.endOfUnchained();
        List<ChainLink> links = chains.chainedAfter(chainKey, head.lastSequence(), Long.MIN_VALUE, Long.MIN_VALUE);
        while (!links.isEmpty()) {
            links.forEach(check::chained);
            ChainLink last = links.get(links.size() - 1);
            links = chains.chainedAfter(chainKey, head.lastSequence(), last.sequence(), last.entry().id());
        }
        check.endOfChain();
        chains.firstBeyond(chainKey, chains.lastSequenceNow(chainKey)).forEach(check::beyondHead);
        return check.result(study, head.startedAt());
    }
}
