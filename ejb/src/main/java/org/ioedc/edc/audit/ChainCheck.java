package org.ioedc.edc.audit;

import java.time.Instant;

/**
 * Verifies one chain as its entries stream past, in two passes: first the unchained entries in id order
 * against the digest the head took of them, then the chained entries in sequence order, each against the
 * one before it, and last the end of the chain against the head. Holds one entry at a time, so a chain of
 * millions of entries is verified in constant memory. Keeps the first break and counts on.
 */
final class ChainCheck {

    private final UnchainedDigest recorded;
    private final long lastSequence;
    private final String lastHash;
    private final ChainAnchor anchor;
    private boolean anchorSeen;

    private UnchainedDigest folded = UnchainedDigest.none();
    private long unchained;
    private long chained;
    private long expected = 1;
    private String previous;
    private ChainVerification.BrokenEntry first;

    ChainCheck(UnchainedDigest recorded, long lastSequence, String lastHash, ChainAnchor anchor) {
        this.recorded = recorded;
        this.lastSequence = lastSequence;
        this.lastHash = lastHash;
        this.anchor = anchor;
        this.previous = recorded.digest();
    }

    /** The next unchained entry, in id order. */
    void unchained(AuditRecord entry) {
        unchained++;
        if (recorded.maxId() == null || entry.id() > recorded.maxId()) {
            // Written without a link after the chain started: nothing in the product does that.
            broken(entry.id(), null, ChainVerification.Reason.UNEXPECTED_ENTRY);
        }
        folded = folded.with(entry);
    }

    /** After the last unchained entry: they must be exactly those the head took its digest of. */
    void endOfUnchained() {
        if (folded.entries() != recorded.entries() || !folded.digest().equals(recorded.digest())) {
            broken(null, null, ChainVerification.Reason.UNCHAINED_ENTRIES_ALTERED);
        }
    }

    /** The next chained entry, in order of sequence (then id), up to the head's last sequence. */
    void chained(ChainLink link) {
        chained++;
        AuditRecord entry = link.entry();
        if (link.sequence() < expected) {
            broken(entry.id(), link.sequence(), ChainVerification.Reason.UNEXPECTED_ENTRY);
            return;
        }
        if (link.sequence() > expected) {
            broken(null, expected, ChainVerification.Reason.MISSING_ENTRY);
        } else if (!previous.equals(link.previousHash())) {
            broken(entry.id(), link.sequence(), ChainVerification.Reason.PREVIOUS_HASH_MISMATCH);
        }
        if (!link.contentIntact()) {
            broken(entry.id(), link.sequence(), ChainVerification.Reason.CONTENT_ALTERED);
        }
        if (anchor != null && anchor.sequence() == link.sequence()) {
            anchorSeen = true;
            if (!anchor.hash().equals(link.hash())) {
                broken(entry.id(), link.sequence(), ChainVerification.Reason.ANCHOR_MISMATCH);
            }
        }
        previous = link.hash();
        expected = link.sequence() + 1;
    }

    /** After the last chained entry up to the head. */
    void endOfChain() {
        if (anchor != null && !anchorSeen) {
            broken(null, anchor.sequence(), ChainVerification.Reason.MISSING_ENTRY);
        }
        if (expected <= lastSequence) {
            broken(null, expected, ChainVerification.Reason.MISSING_ENTRY);
        } else if (!previous.equals(lastHash)) {
            broken(null, lastSequence, ChainVerification.Reason.HEAD_MISMATCH);
        }
    }

    /** An entry with a sequence number beyond the head: no append linked it. */
    void beyondHead(ChainLink link) {
        chained++;
        broken(link.entry().id(), link.sequence(), ChainVerification.Reason.UNEXPECTED_ENTRY);
    }

    ChainVerification result(String studyOid, Instant startedAt) {
        return new ChainVerification(studyOid, chained, unchained, first == null, first, lastSequence, lastHash, startedAt);
    }

    private void broken(Long id, Long sequence, ChainVerification.Reason reason) {
        if (first == null) {
            first = new ChainVerification.BrokenEntry(id, sequence, reason.text());
        }
    }
}
