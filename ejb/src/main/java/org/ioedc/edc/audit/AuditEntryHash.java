package org.ioedc.edc.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash that links an audit entry into its chain: SHA-256 over a canonical encoding of every stored
 * field of the entry, its sequence number in the chain and the hash of the entry before it. Changing any
 * stored field, or the entry before it, changes the hash, so an altered, removed or inserted row shows
 * when the chain is verified (21 CFR 11.10(e): audit trails must not obscure previously recorded
 * information, and a change made around the application must be detectable).
 *
 * <p>The encoding is unambiguous: each field is written as a 4-byte big-endian byte count followed by
 * its UTF-8 bytes, and a missing value (SQL NULL) as the count -1. So no choice of values can shift a
 * boundary between fields ("ab" + "c" and "a" + "bc" differ), and an empty text differs from none. The
 * time is written in UTC with exactly six fractional digits, the precision the database stores, so a
 * verifier that reads the row back computes the same bytes as the writer did.
 */
public final class AuditEntryHash {

    /** The hash before the first entry of a chain without earlier, unchained entries. */
    public static final String GENESIS = "0".repeat(64);

    /** Names the encoding, so a future change of it cannot be confused with this one. */
    private static final String FORMAT = "io-edc audit chain v1";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditEntryHash() {
    }

    /** The hex SHA-256 of the entry's canonical encoding. */
    public static String of(Long sequence, String previousHash, AuditRecord entry) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical(sequence, previousHash, entry)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The bytes that are hashed: every field in a fixed order, length-prefixed. */
    static byte[] canonical(Long sequence, String previousHash, AuditRecord e) {
        Fields out = new Fields();
        out.add(FORMAT);
        out.add(sequence);
        out.add(previousHash);
        out.add(e.id());
        out.add(e.at() == null ? null : TIME.format(e.at()));
        out.add(e.username());
        out.add(e.action() == null ? null : e.action().name());
        out.add(e.studyOid());
        out.add(e.siteOid());
        out.add(e.subjectKey());
        out.add(e.formInstanceId());
        out.add(e.formOid());
        out.add(e.visitOid());
        out.add(e.itemGroupOid());
        out.add(e.repeatKey());
        out.add(e.itemOid());
        out.add(e.oldValue());
        out.add(e.newValue());
        out.add(e.reason());
        out.add(e.origin());
        return out.bytes();
    }

    /** The time as stored: the database keeps microseconds, so the entry is written with no finer ones. */
    static Instant stored(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static final class Fields {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

        void add(Long value) {
            add(value == null ? null : value.toString());
        }

        void add(String value) {
            if (value == null) {
                count(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            count(utf8.length);
            bytes.writeBytes(utf8);
        }

        private void count(int n) {
            bytes.write(n >>> 24);
            bytes.write(n >>> 16);
            bytes.write(n >>> 8);
            bytes.write(n);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
