package org.ioedc.edc.audit;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one transaction's audit entries, linked into their chains, just before the transaction
 * commits. The entries are collected while the transaction works and linked only at the end, so the
 * chain head's lock is the last lock the transaction takes and is held only for the few inserts before
 * the commit:
 * <ul>
 * <li>no deadlock: a transaction that holds a head waits for no other row (its own changes are flushed,
 * taking their row locks, before it asks for the head), and one that needs several heads takes them in
 * the order of their keys;</li>
 * <li>saves in one study wait for each other only for those inserts, not for their whole work.</li>
 * </ul>
 * A rolled-back transaction never reaches {@link #beforeCompletion()}, so its entries are never written,
 * exactly as before. It is registered as an ordinary (not interposed) synchronization so that it runs
 * before the persistence provider's own, which writes the persistence context at commit.
 */
final class ChainSealing implements Synchronization {

    private final EntityManager em;
    private final Clock clock;
    private final List<AuditRecord> pending = new ArrayList<>();

    ChainSealing(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void add(AuditRecord record) {
        pending.add(record);
    }

    @Override
    public void beforeCompletion() {
        if (pending.isEmpty()) {
            return;
        }
        // The transaction's own changes first, so it holds every row lock it needs before a chain head.
        em.flush();
        Map<String, List<AuditRecord>> byChain = new TreeMap<>();
        for (AuditRecord r : pending) {
            byChain.computeIfAbsent(AuditChainHead.keyOf(r.studyOid()), k -> new ArrayList<>()).add(r);
        }
        AuditChains chains = new AuditChains(em);
        byChain.forEach((key, records) -> {
            AuditChainHead head = chains.lockOrStart(key, clock.instant());
            for (AuditRecord r : records) {
                AuditEntry entry = new AuditEntry(r);
                em.persist(entry);
                head.append(entry);
            }
        });
        pending.clear();
        em.flush();
    }

    @Override
    public void afterCompletion(int status) {
        // Nothing left: the entries were written with the commit, or went with the rollback.
    }
}
