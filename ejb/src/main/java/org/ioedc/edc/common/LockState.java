package org.ioedc.edc.common;

/**
 * How far data is closed to change, at form, subject or study level (docs/review.md). A frozen level
 * accepts no data change but its queries can still be answered; a locked one accepts neither.
 */
public enum LockState {
    OPEN, FROZEN, LOCKED;

    /** The stronger of two states: LOCKED over FROZEN over OPEN. */
    public LockState max(LockState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
