package org.ioedc.edc.audit;

/** An audit entry as the chain verification reads it: its content and how it is linked. */
record ChainLink(AuditRecord entry, Long sequence, String previousHash, String hash) {

    /** Whether the stored hash is the hash of the stored content and link. */
    boolean contentIntact() {
        return AuditEntryHash.of(sequence, previousHash, entry).equals(hash);
    }
}
