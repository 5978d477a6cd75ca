package org.ioedc.edc.audit;

/**
 * What a chain's head remembers of the entries written before the chain started: how many, the highest
 * id, and a digest folded over them in id order (each step the entry's hash with the digest so far as
 * its previous hash and no sequence number).
 */
record UnchainedDigest(String digest, long entries, Long maxId) {

    static UnchainedDigest none() {
        return new UnchainedDigest(AuditEntryHash.GENESIS, 0, null);
    }

    /** The digest with one more entry, which must come after every entry folded in so far. */
    UnchainedDigest with(AuditRecord entry) {
        return new UnchainedDigest(AuditEntryHash.of(null, digest, entry), entries + 1, entry.id());
    }
}
