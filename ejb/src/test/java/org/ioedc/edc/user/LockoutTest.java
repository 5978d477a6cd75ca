package org.ioedc.edc.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.ioedc.edc.common.Role;
import org.junit.jupiter.api.Test;

/** The account lockout: failures counted in a window, a lock that ends by itself or by an unlock. */
class LockoutTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private static UserAccount user() {
        return new UserAccount("it.lock", "hash", Role.ADMINISTRATOR, Set.of(), Set.of());
    }

    @Test
    void theFifthWrongPasswordWithinTheWindowLocksForTheLockDuration() {
        UserAccount u = user();
        for (int i = 0; i < 4; i++) {
            assertFalse(u.recordFailedSignIn(T.plusSeconds(i), POLICY));
        }
        assertFalse(u.lockedAt(T.plusSeconds(4)));
        assertTrue(u.recordFailedSignIn(T.plusSeconds(4), POLICY));
        assertEquals(T.plusSeconds(4).plus(Duration.ofMinutes(15)), u.lockedUntil());
        assertTrue(u.lockedAt(T.plus(Duration.ofMinutes(15))));
        assertFalse(u.lockedAt(T.plusSeconds(4).plus(Duration.ofMinutes(15))), "the lock ends by itself");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        UserAccount u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedSignIn(T, POLICY);
        }
        assertFalse(u.recordFailedSignIn(T.plus(Duration.ofMinutes(15)), POLICY), "a new window starts");
        for (int i = 0; i < 3; i++) {
            assertFalse(u.recordFailedSignIn(T.plus(Duration.ofMinutes(16)), POLICY));
        }
        assertTrue(u.recordFailedSignIn(T.plus(Duration.ofMinutes(17)), POLICY));
    }

    @Test
    void anUnlockOrACorrectPasswordForgetsTheFailures() {
        UserAccount u = user();
        for (int i = 0; i < 5; i++) {
            u.recordFailedSignIn(T, POLICY);
        }
        assertTrue(u.lockedAt(T.plusSeconds(1)));
        u.clearFailedSignIns();
        assertFalse(u.lockedAt(T.plusSeconds(1)));
        assertFalse(u.hasFailedSignIns());
        for (int i = 0; i < 4; i++) {
            assertFalse(u.recordFailedSignIn(T.plusSeconds(2), POLICY), "counting starts again from zero");
        }
    }
}
