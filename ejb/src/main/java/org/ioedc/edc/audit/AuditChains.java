package org.ioedc.edc.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The audit chains in the database: their heads, with the lock that serialises appends to one chain, and
 * the chain's entries read in pages in the order verification needs them. Pages are read by key (the
 * last id or sequence seen), never by offset, so each page costs the same however long the chain is.
 */
final class AuditChains {

    static final int PAGE = 500;

    private final EntityManager em;

    AuditChains(EntityManager em) {
        this.em = em;
    }

    /**
     * The chain's head, locked until the transaction ends; started (with the digest of the chain's
     * unchained entries) when the chain has none yet.
     */
    AuditChainHead lockOrStart(String chainKey, Instant now) {
        AuditChainHead head = em.find(AuditChainHead.class, chainKey, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = start(chainKey, now);
        }
        return head;
    }

    /**
     * Starts a chain: its head, with the digest of the chain's unchained entries. Only the transaction
     * that created a study (or the first start on an older database) starts one, so two starts of one
     * chain do not meet.
     */
    AuditChainHead start(String chainKey, Instant now) {
        AuditChainHead head = new AuditChainHead(chainKey, unchainedDigest(chainKey), now);
        em.persist(head);
        return head;
    }

    /**
     * A chain that has not started, as it would start now (not stored): verifying it checks only that
     * no chained entry claims to belong to it.
     */
    AuditChainHead notStarted(String chainKey) {
        return new AuditChainHead(chainKey, unchainedDigest(chainKey), null);
    }

    private UnchainedDigest unchainedDigest(String chainKey) {
        UnchainedDigest digest = UnchainedDigest.none();
        List<AuditRecord> page = unchainedAfter(chainKey, Long.MIN_VALUE);
        while (!page.isEmpty()) {
            for (AuditRecord e : page) {
                digest = digest.with(e);
            }
            page = unchainedAfter(chainKey, page.get(page.size() - 1).id());
        }
        return digest;
    }

    /** The head as committed now, without a lock. */
    Optional<AuditChainHead> head(String chainKey) {
        return Optional.ofNullable(em.find(AuditChainHead.class, chainKey));
    }

    /** Whether any chain has started: none has on a database that existed before the chains. */
    boolean anyStarted() {
        return !em.createQuery("select h.chainKey from AuditChainHead h", String.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** The chains that hold unchained entries (keys of studies, or of the system chain). */
    List<String> chainsWithUnchainedEntries() {
        return em.createQuery("select distinct a.studyOid from AuditEntry a where a.chainSequence is null", String.class)
                .getResultList().stream().map(AuditChainHead::keyOf).toList();
    }

    /** The next page of the chain's unchained entries: those with an id above {@code afterId}, in id order. */
    List<AuditRecord> unchainedAfter(String chainKey, long afterId) {
        return inChain("a.chainSequence is null and a.id > :after order by a.id", chainKey)
                .setParameter("after", afterId).setMaxResults(PAGE).getResultList().stream().map(AuditEntry::toRecord).toList();
    }

    /**
     * The next page of the chain's entries up to sequence {@code last}, in order of sequence and then id
     * (so a repeated sequence number is read too), after the entry at ({@code afterSequence}, {@code afterId}).
     */
    List<ChainLink> chainedAfter(String chainKey, long last, long afterSequence, long afterId) {
        return inChain("a.chainSequence <= :last and (a.chainSequence > :seq or "
                + "(a.chainSequence = :seq and a.id > :id)) order by a.chainSequence, a.id", chainKey)
                .setParameter("last", last).setParameter("seq", afterSequence).setParameter("id", afterId)
                .setMaxResults(PAGE).getResultList().stream().map(AuditEntry::toLink).toList();
    }

    /** The first chained entry beyond {@code last}, if any. */
    List<ChainLink> firstBeyond(String chainKey, long last) {
        return inChain("a.chainSequence > :last order by a.chainSequence, a.id", chainKey)
                .setParameter("last", last).setMaxResults(1).getResultList().stream().map(AuditEntry::toLink).toList();
    }

    /** The head's last sequence as committed now (0 when the chain has no head). */
    long lastSequenceNow(String chainKey) {
        return em.createQuery("select h.lastSequence from AuditChainHead h where h.chainKey = :k", Long.class)
                .setParameter("k", chainKey).getResultStream().findFirst().orElse(0L);
    }

    /** Entries of a chain: the study's, or those with no study for the system chain. */
    private TypedQuery<AuditEntry> inChain(String condition, String chainKey) {
        String study = AuditChainHead.studyOf(chainKey);
        TypedQuery<AuditEntry> q = em.createQuery("select a from AuditEntry a where "
                + (study == null ? "a.studyOid is null" : "a.studyOid = :study") + " and " + condition, AuditEntry.class);
        return study == null ? q : q.setParameter("study", study);
    }
}
