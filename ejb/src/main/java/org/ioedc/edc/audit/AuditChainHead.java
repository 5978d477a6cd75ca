package org.ioedc.edc.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The head of one audit chain: the last sequence number and hash, so the next entry links to it. An
 * entry is appended only while its transaction holds this row's lock, so two saves in one study cannot
 * both link to the same predecessor and fork the chain.
 *
 * <p>A chain starts when its first entry after the upgrade is written (or, for the entries of a database
 * that existed before, when the product first starts on it). Entries written before that are
 * unchained: they carry no hash of their own, but the head keeps their count, their highest id and a
 * digest over all of them, and that digest is the "previous hash" of the chain's first entry. So an
 * unchained entry changed, removed or added later still shows, though not which one.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    /** The chain of entries that name no study (user administration). No study OID can be this. */
    static final String SYSTEM = "(system)";

    @Id
    @Column(name = "chain_key", length = 64)
    private String chainKey;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(name = "unchained_digest", nullable = false, length = 64)
    private String unchainedDigest;

    @Column(name = "unchained_entries", nullable = false)
    private long unchainedEntries;

    @Column(name = "unchained_max_id")
    private Long unchainedMaxId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected AuditChainHead() {
    }

    AuditChainHead(String chainKey, UnchainedDigest unchained, Instant startedAt) {
        this.chainKey = chainKey;
        this.unchainedDigest = unchained.digest();
        this.unchainedEntries = unchained.entries();
        this.unchainedMaxId = unchained.maxId();
        this.lastSequence = 0;
        this.lastHash = unchained.digest();
        this.startedAt = AuditEntryHash.stored(startedAt);
    }


    /** The chain an entry belongs to: its study's, or the system chain. */
    static String keyOf(String studyOid) {
        return studyOid == null ? SYSTEM : studyOid;
    }

    /** The study OID a chain key stands for (null for the system chain). */
    static String studyOf(String chainKey) {
        return SYSTEM.equals(chainKey) ? null : chainKey;
    }

    /** Links a new entry (with its id) after the last one and moves the head to it. */
    void append(AuditEntry entry) {
        long next = lastSequence + 1;
        entry.link(next, lastHash);
        lastSequence = next;
        lastHash = entry.hash();
    }

    String chainKey() {
        return chainKey;
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    UnchainedDigest unchained() {
        return new UnchainedDigest(unchainedDigest, unchainedEntries, unchainedMaxId);
    }

    Instant startedAt() {
        return startedAt;
    }
}
