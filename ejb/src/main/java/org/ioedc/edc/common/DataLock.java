package org.ioedc.edc.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The freeze or lock of one form instance, subject or study: its state, who set it and when. Embedded
 * in those entities so that every writer asking a form whether it is writable gets the answer from
 * the loaded rows alone. Null columns (rows stored before locking existed) read as open.
 */
@Embeddable
public class DataLock {

    @Enumerated(EnumType.STRING)
    @Column(name = "lock_state", length = 10)
    private LockState state;

    @Column(name = "locked_by", length = 64)
    private String lockedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    protected DataLock() {
    }

    private DataLock(LockState state, String by, Instant at) {
        this.state = state;
        this.lockedBy = by;
        this.lockedAt = at;
    }

    public static DataLock open() {
        return new DataLock(LockState.OPEN, null, null);
    }

    public static DataLock set(LockState state, String by, Instant at) {
        return state == LockState.OPEN ? open() : new DataLock(state, by, at);
    }

    /** The lock as stored, open when the embedded columns are all null. */
    public static DataLock of(DataLock stored) {
        return stored == null || stored.state == null ? open() : stored;
    }

    public LockState state() {
        return state == null ? LockState.OPEN : state;
    }

    public String lockedBy() {
        return lockedBy;
    }

    public Instant lockedAt() {
        return lockedAt;
    }
}
