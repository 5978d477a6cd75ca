package org.ioedc.edc.lock;

import java.time.Instant;
import org.ioedc.edc.common.DataLock;
import org.ioedc.edc.common.EffectiveLock;
import org.ioedc.edc.common.LockState;

/**
 * The freeze or lock of one form, subject or study as the boundary shows it: its own state, and the
 * state that governs it (a subject in a locked study is locked whatever its own state).
 *
 * @param target e.g. "study IO-DEMO-01", "subject IO-01-001", "form F.VS at C1D1 of subject IO-01-001"
 */
public record LockView(String target, LockState state, String lockedBy, Instant lockedAt, LockState effectiveState,
                       String effectiveLock) {

    static LockView of(String target, DataLock own, EffectiveLock effective) {
        return new LockView(target, own.state(), own.lockedBy(), own.lockedAt(), effective.state(),
                effective.state() == LockState.OPEN ? null : effective.describe());
    }
}
