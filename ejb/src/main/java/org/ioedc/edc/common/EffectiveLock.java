package org.ioedc.edc.common;

import java.time.Instant;

/**
 * The lock that governs a form: the strongest of its study's, its subject's and its own, with what was
 * locked, by whom and when, so a refused writer is told exactly that.
 *
 * @param what the thing locked, e.g. "study IO-DEMO-01" or "subject IO-01-001"
 */
public record EffectiveLock(LockState state, String what, String lockedBy, Instant lockedAt) {

    public static final EffectiveLock NONE = new EffectiveLock(LockState.OPEN, null, null, null);

    /** The stronger of this and {@code lock} on {@code what}; on equal strength the broader one (this) stays. */
    public EffectiveLock or(DataLock lock, String what) {
        DataLock l = DataLock.of(lock);
        return l.state().ordinal() > state.ordinal() ? new EffectiveLock(l.state(), what, l.lockedBy(), l.lockedAt()) : this;
    }

    /** "locked (study IO-DEMO-01 locked by datamanager1 at 2026-11-21T03:00:00Z)". */
    public String describe() {
        String word = state.name().toLowerCase();
        return word + " (" + what + " " + word + " by " + lockedBy + " at " + lockedAt + ")";
    }
}
