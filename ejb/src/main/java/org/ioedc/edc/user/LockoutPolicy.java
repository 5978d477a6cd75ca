package org.ioedc.edc.user;

import java.time.Duration;

/**
 * When repeated wrong passwords lock an account: {@code failures} wrong passwords within {@code window}
 * lock it for {@code lockFor} (or until an administrator unlocks it).
 */
public record LockoutPolicy(int failures, Duration window, Duration lockFor) {

    public LockoutPolicy {
        if (failures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure, a window and a lock duration: "
                    + failures + ", " + window + ", " + lockFor);
        }
    }
}
