package org.ioedc.web.api;

import java.time.Instant;
import org.ioedc.edc.audit.ChainVerification;

/** What goes over the wire about the audit trail's integrity. */
public final class AuditDtos {
    private AuditDtos() {
    }

    /**
     * The verification of one audit chain: {@code study} (absent for the system chain), the chained
     * {@code entries} and the {@code unchainedEntries} written before the chain started, {@code valid},
     * the {@code firstBrokenEntry} (absent when valid), and the head verified ({@code lastSequence},
     * {@code lastHash}) with the time the chain started.
     */
    public record VerificationOut(String study, long entries, long unchainedEntries, boolean valid,
                                  BrokenEntryOut firstBrokenEntry, long lastSequence, String lastHash,
                                  Instant chainStartedAt) {
        static VerificationOut of(ChainVerification v) {
            ChainVerification.BrokenEntry b = v.firstBrokenEntry();
            return new VerificationOut(v.study(), v.entries(), v.unchainedEntries(), v.valid(),
                    b == null ? null : new BrokenEntryOut(b.id(), b.sequence(), b.reason()), v.lastSequence(), v.lastHash(),
                    v.chainStartedAt());
        }
    }

    /**
     * Where the chain breaks: the entry's {@code id} and {@code sequence} (each absent when not known:
     * a missing entry has no id) and the {@code reason}.
     */
    public record BrokenEntryOut(Long id, Long sequence, String reason) {
    }
}
