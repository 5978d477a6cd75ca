package org.ioedc.edc.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The canonical encoding and hash of an audit entry: stable, covering every field, unambiguous. */
class AuditEntryHashTest {

    static final Instant AT = Instant.parse("2026-11-21T02:45:51.123456Z");

    static AuditRecord entry(long id) {
        return new AuditRecord(id, AT, "coordinator1", AuditAction.ITEM_VALUE, "IO-DEMO-01", "SITE-01", "IO-01-001", 7L,
                "F.VS", "C1D1", "IG.VS", null, "VS.SYSBP", "120", "128", "Transcription error", "SITE");
    }

    @Test
    void theHashOfAKnownEntryNeverChanges() {
        // Pins the encoding (also computed independently from the description in AuditEntryHash): a verifier
        // of an older database must compute the same hash as its writer did.
        assertEquals("a8d354732a97dd1c0aa62dd5770a0ca836a371118aaeea1f2746339c76cc5f72", AuditEntryHash.of(3L, AuditEntryHash.GENESIS, entry(41)));
    }

    @Test
    void everyFieldTheEntryStoresChangesTheHash() {
        AuditRecord e = entry(41);
        List<UnaryOperator<AuditRecord>> changes = List.of(
                r -> new AuditRecord(42L, r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at().plusNanos(1000), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), "coordinator2", r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), AuditAction.FORM_STATUS, r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), "IO-DEMO-02", r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), "SITE-02", r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), "IO-01-002", r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), 8L, r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), "F.EX", r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), "C2D1", r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), "IG.X", r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), "T1", r.itemOid(), r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), "VS.DIABP", r.oldValue(), r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), "121", r.newValue(), r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), "129", r.reason(), r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), "Typo", r.origin()),
                r -> new AuditRecord(r.id(), r.at(), r.username(), r.action(), r.studyOid(), r.siteOid(), r.subjectKey(), r.formInstanceId(), r.formOid(), r.visitOid(), r.itemGroupOid(), r.repeatKey(), r.itemOid(), r.oldValue(), r.newValue(), r.reason(), "DERIVED"));
        Set<String> hashes = new HashSet<>();
        hashes.add(AuditEntryHash.of(3L, AuditEntryHash.GENESIS, e));
        for (UnaryOperator<AuditRecord> change : changes) {
            hashes.add(AuditEntryHash.of(3L, AuditEntryHash.GENESIS, change.apply(e)));
        }
        assertEquals(changes.size() + 1, hashes.size(), "each changed field gives a hash of its own");
        assertNotEquals(AuditEntryHash.of(3L, AuditEntryHash.GENESIS, e), AuditEntryHash.of(4L, AuditEntryHash.GENESIS, e), "the sequence");
        assertNotEquals(AuditEntryHash.of(3L, AuditEntryHash.GENESIS, e), AuditEntryHash.of(3L, "1".repeat(64), e), "the previous hash");
    }

    @Test
    void valuesCannotShiftAcrossFieldBoundaries() {
        AuditRecord ab = new AuditRecord(1L, AT, "u", AuditAction.ITEM_VALUE, "S", null, null, null, null, null, null, "ab", "c", null, null, null, null);
        AuditRecord bc = new AuditRecord(1L, AT, "u", AuditAction.ITEM_VALUE, "S", null, null, null, null, null, null, "a", "bc", null, null, null, null);
        assertNotEquals(AuditEntryHash.of(1L, AuditEntryHash.GENESIS, ab), AuditEntryHash.of(1L, AuditEntryHash.GENESIS, bc));
    }

    @Test
    void anEmptyValueIsNotAMissingOne() {
        AuditRecord empty = new AuditRecord(1L, AT, "u", AuditAction.ITEM_VALUE, "S", null, null, null, null, null, null, null, "I", "", null, null, null);
        AuditRecord none = new AuditRecord(1L, AT, "u", AuditAction.ITEM_VALUE, "S", null, null, null, null, null, null, null, "I", null, null, null, null);
        assertNotEquals(AuditEntryHash.of(1L, AuditEntryHash.GENESIS, empty), AuditEntryHash.of(1L, AuditEntryHash.GENESIS, none));
    }

    @Test
    void fieldsAreLengthPrefixedUtf8AndNullIsMinusOne() {
        AuditRecord e = new AuditRecord(1L, AT, "é", AuditAction.ITEM_VALUE, null, null, null, null, null, null, null, null, null, null, null, null, null);
        byte[] bytes = AuditEntryHash.canonical(null, null, e);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("\u0000\u0000\u0000\u001b2026-11-21T02:45:51.123456Z"), "the time, in UTC with six fractional digits");
        byte[] user = {0, 0, 0, 2, (byte) 0xc3, (byte) 0xa9};
        assertTrue(text.contains(new String(user, StandardCharsets.ISO_8859_1)), "the user name as 2 UTF-8 bytes");
        byte[] nothing = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        byte[] tail = new byte[4];
        System.arraycopy(bytes, bytes.length - 4, tail, 0, 4);
        assertArrayEquals(nothing, tail, "the missing origin");
    }

    @Test
    void theTimeIsHashedAtTheDatabasesPrecision() {
        Instant nanos = Instant.parse("2026-11-21T02:45:51.123456789Z");
        assertEquals(AT, AuditEntryHash.stored(nanos), "stored to the microsecond");
        AuditRecord whole = new AuditRecord(1L, Instant.parse("2026-11-21T02:45:51Z"), "u", AuditAction.ITEM_VALUE, "S", null, null, null,
                null, null, null, null, null, null, null, null, null);
        String text = new String(AuditEntryHash.canonical(1L, null, whole), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("2026-11-21T02:45:51.000000Z"), "a whole second still has six digits");
    }
}
