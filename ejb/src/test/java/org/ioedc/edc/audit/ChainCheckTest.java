package org.ioedc.edc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ioedc.edc.common.InvalidDataException;
import org.junit.jupiter.api.Test;

/** Chain verification over entries in memory: an intact chain, and each way a row can be tampered with. */
class ChainCheckTest {

    /** Entries 1 to n with ids 101 to 100 + n, linked after the digest of the unchained ones. */
    private static List<ChainLink> chain(UnchainedDigest unchained, int n) {
        List<ChainLink> links = new ArrayList<>();
        String previous = unchained.digest();
        for (long seq = 1; seq <= n; seq++) {
            AuditRecord e = AuditEntryHashTest.entry(100 + seq);
            String hash = AuditEntryHash.of(seq, previous, e);
            links.add(new ChainLink(e, seq, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static ChainVerification verify(List<AuditRecord> unchained, UnchainedDigest recorded, List<ChainLink> links,
                                            long lastSequence, String lastHash) {
        return verify(unchained, recorded, links, lastSequence, lastHash, null);
    }

    private static ChainVerification verify(List<AuditRecord> unchained, UnchainedDigest recorded, List<ChainLink> links,
                                            long lastSequence, String lastHash, ChainAnchor anchor) {
        ChainCheck check = new ChainCheck(recorded, lastSequence, lastHash, anchor);
        unchained.forEach(check::unchained);
        check.endOfUnchained();
        links.stream().filter(l -> l.sequence() <= lastSequence).forEach(check::chained);
        check.endOfChain();
        links.stream().filter(l -> l.sequence() > lastSequence).limit(1).forEach(check::beyondHead);
        return check.result("S", null);
    }

    private static ChainVerification verify(List<ChainLink> links, int lastSequence, String lastHash) {
        return verify(List.of(), UnchainedDigest.none(), links, lastSequence, lastHash);
    }

    private static ChainLink altered(ChainLink l, String newValue) {
        AuditRecord r = l.entry();
        return new ChainLink(new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(),
                r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), newValue,
                r.reason(), r.origin()), l.sequence(), l.previousHash(), l.hash());
    }

    private static void assertBroken(ChainVerification v, Long id, Long sequence, String reason) {
        assertEquals(false, v.valid());
        assertEquals(new ChainVerification.BrokenEntry(id, sequence, reason), v.firstBrokenEntry());
    }

    @Test
    void anIntactChainIsValid() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        ChainVerification v = verify(links, 5, links.get(4).hash());
        assertTrue(v.valid());
        assertNull(v.firstBrokenEntry());
        assertEquals(5, v.entries());
    }

    @Test
    void anAlteredValueBreaksTheChainAtThatEntry() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        String last = links.get(4).hash();
        links.set(2, altered(links.get(2), "999"));
        assertBroken(verify(links, 5, last), 103L, 3L, "content altered");
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNext() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        String last = links.get(4).hash();
        ChainLink forged = altered(links.get(2), "999");
        links.set(2, new ChainLink(forged.entry(), 3L, forged.previousHash(), AuditEntryHash.of(3L, forged.previousHash(), forged.entry())));
        assertBroken(verify(links, 5, last), 104L, 4L, "previous hash mismatch");
    }

    @Test
    void aRemovedEntryIsMissing() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        String last = links.get(4).hash();
        links.remove(2);
        ChainVerification v = verify(links, 5, last);
        assertBroken(v, null, 3L, "missing entry");
        assertEquals(4, v.entries());
    }

    @Test
    void aRemovedLastEntryIsMissing() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        String last = links.get(4).hash();
        links.remove(4);
        assertBroken(verify(links, 5, last), null, 5L, "missing entry");
    }

    @Test
    void anEntryRepeatingASequenceNumberIsUnexpected() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        String last = links.get(4).hash();
        ChainLink copy = links.get(1);
        AuditRecord r = copy.entry();
        links.add(2, new ChainLink(new AuditRecord(999L, r.at(), "someone else", r.action(), r.studyOid(), r.siteOid(), r.subjectKey(),
                r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(),
                r.reason(), r.origin()), 2L, copy.previousHash(), copy.hash()));
        assertBroken(verify(links, 5, last), 999L, 2L, "unexpected entry");
    }

    @Test
    void anEntryBeyondTheHeadIsUnexpected() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 6);
        assertBroken(verify(links, 5, links.get(4).hash()), 106L, 6L, "unexpected entry");
    }

    @Test
    void aHeadThatNamesAnotherLastHashIsAMismatch() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        assertBroken(verify(links, 5, "f".repeat(64)), null, 5L, "chain head mismatch");
    }

    @Test
    void unchainedEntriesAreCoveredByTheirDigest() {
        List<AuditRecord> before = List.of(AuditEntryHashTest.entry(1), AuditEntryHashTest.entry(2), AuditEntryHashTest.entry(3));
        UnchainedDigest digest = UnchainedDigest.none();
        for (AuditRecord r : before) {
            digest = digest.with(r);
        }
        List<ChainLink> links = chain(digest, 2);
        String last = links.get(1).hash();
        ChainVerification intact = verify(before, digest, links, 2, last);
        assertTrue(intact.valid());
        assertEquals(3, intact.unchainedEntries());

        AuditRecord b = before.get(1);
        List<AuditRecord> changed = List.of(before.get(0), new AuditRecord(b.id(), b.at(), "forger", b.action(), b.studyOid(), b.siteOid(),
                b.subjectKey(), b.formInstanceId(), b.formOid(), b.visitOid(), b.itemGroupOid(), b.repeatKey(), b.itemOid(), b.oldValue(),
                b.newValue(), b.reason(), b.origin()), before.get(2));
        assertBroken(verify(changed, digest, links, 2, last), null, null, "unchained entries altered");
        assertBroken(verify(before.subList(0, 2), digest, links, 2, last), null, null, "unchained entries altered");
    }

    @Test
    void anUnchainedEntryWrittenAfterTheChainStartedIsUnexpected() {
        List<AuditRecord> before = List.of(AuditEntryHashTest.entry(1));
        UnchainedDigest digest = UnchainedDigest.none().with(before.get(0));
        List<ChainLink> links = chain(digest, 2);
        List<AuditRecord> withForged = List.of(before.get(0), AuditEntryHashTest.entry(500));
        assertBroken(verify(withForged, digest, links, 2, links.get(1).hash()), 500L, null, "unexpected entry");
        assertBroken(verify(List.of(AuditEntryHashTest.entry(500)), UnchainedDigest.none(), List.of(), 0, AuditEntryHash.GENESIS),
                500L, null, "unexpected entry");
    }

    @Test
    void aChainRewrittenWithEveryLaterHashRecomputedDiffersFromTheRecordedAnchor() {
        List<ChainLink> links = chain(UnchainedDigest.none(), 5);
        ChainAnchor recorded = new ChainAnchor(4, links.get(3).hash());
        assertTrue(verify(List.of(), UnchainedDigest.none(), links, 5, links.get(4).hash(), recorded).valid());

        List<ChainLink> rewritten = new ArrayList<>(links.subList(0, 2));
        String previous = links.get(1).hash();
        for (ChainLink l : links.subList(2, 5)) {
            ChainLink changed = altered(l, "999");
            String hash = AuditEntryHash.of(l.sequence(), previous, changed.entry());
            rewritten.add(new ChainLink(changed.entry(), l.sequence(), previous, hash));
            previous = hash;
        }
        assertTrue(verify(rewritten, 5, previous).valid(), "a full rewrite verifies by itself");
        assertBroken(verify(List.of(), UnchainedDigest.none(), rewritten, 5, previous, recorded), 104L, 4L, "anchor mismatch");
        assertBroken(verify(List.of(), UnchainedDigest.none(), links.subList(0, 3), 3, links.get(2).hash(), recorded),
                null, 4L, "missing entry");
    }

    @Test
    void anAnchorNeedsBothPartsAndAHash() {
        assertNull(ChainAnchor.of(null, null));
        assertEquals("anchorHash", assertThrows(InvalidDataException.class, () -> ChainAnchor.of(3L, null)).faults().get(0).item());
        assertEquals("anchorSequence", assertThrows(InvalidDataException.class, () -> ChainAnchor.of(null, "a".repeat(64))).faults().get(0).item());
        assertEquals("anchorHash", assertThrows(InvalidDataException.class, () -> ChainAnchor.of(3L, "xyz")).faults().get(0).item());
        assertEquals("anchorSequence", assertThrows(InvalidDataException.class, () -> ChainAnchor.of(0L, "a".repeat(64))).faults().get(0).item());
        assertEquals("a".repeat(64), ChainAnchor.of(3L, "A".repeat(64)).hash());
    }
}
