package org.ioedc.edc.audit;

import java.time.Instant;

/**
 * The result of verifying one audit chain: how many chained and unchained entries it holds, whether every
 * link holds, and the first one that does not. {@code lastSequence} and {@code lastHash} are the head as
 * verified: recorded outside the database (in a monitoring report, say), they let a later verification
 * show that history up to there was not rewritten, which a hash chain alone cannot show against someone
 * who recomputes every later hash.
 */
public record ChainVerification(String study, long entries, long unchainedEntries, boolean valid,
                                BrokenEntry firstBrokenEntry, long lastSequence, String lastHash,
                                Instant chainStartedAt) {

    /** Where the chain breaks: the entry (id and sequence, each when known) and why. */
    public record BrokenEntry(Long id, Long sequence, String reason) {
    }

    /** Why a chain breaks; {@link #text()} is what the API says. */
    public enum Reason {
        /** The stored hash is not the hash of the stored content: a column was changed. */
        CONTENT_ALTERED("content altered"),
        /** The entry does not link to the hash of the entry before it: that one was replaced or this one forged. */
        PREVIOUS_HASH_MISMATCH("previous hash mismatch"),
        /** A sequence number is missing: an entry was removed. */
        MISSING_ENTRY("missing entry"),
        /** An entry the chain never linked: a repeated sequence number, one beyond the head, or an unchained entry written after the chain started. */
        UNEXPECTED_ENTRY("unexpected entry"),
        /** The entries from before the chain no longer match the digest taken when it started. */
        UNCHAINED_ENTRIES_ALTERED("unchained entries altered"),
        /** The last entry is not the one the chain's head names. */
        HEAD_MISMATCH("chain head mismatch"),
        /** The entry's hash is not the one recorded for it at an earlier verification: history up to it was rewritten. */
        ANCHOR_MISMATCH("anchor mismatch");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
