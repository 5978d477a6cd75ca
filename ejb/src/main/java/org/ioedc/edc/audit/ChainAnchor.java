package org.ioedc.edc.audit;

import java.util.HexFormat;
import org.ioedc.edc.common.InvalidDataException;

/**
 * A sequence number and the hash its entry had at an earlier verification, recorded outside the database.
 * A hash chain alone cannot show a rewrite by someone who recomputed every later hash; an entry whose
 * hash differs from the one recorded for it can.
 */
public record ChainAnchor(long sequence, String hash) {

    public ChainAnchor {
        if (sequence < 1) {
            throw InvalidDataException.of("anchorSequence", "must be 1 or more");
        }
        if (hash == null || hash.length() != 64 || !hash.chars().allMatch(HexFormat::isHexDigit)) {
            throw InvalidDataException.of("anchorHash", "must be the 64 hexadecimal digits of a SHA-256 hash");
        }
        hash = hash.toLowerCase(java.util.Locale.ROOT);
    }

    /** The anchor of a request: none when neither part is given, refused (422) when only one is. */
    public static ChainAnchor of(Long sequence, String hash) {
        if (sequence == null && hash == null) {
            return null;
        }
        if (sequence == null) {
            throw InvalidDataException.of("anchorSequence", "is required with anchorHash");
        }
        if (hash == null) {
            throw InvalidDataException.of("anchorHash", "is required with anchorSequence");
        }
        return new ChainAnchor(sequence, hash);
    }
}
