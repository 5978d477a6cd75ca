package org.ioedc.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses password sign-ins from a client address that sent too many wrong ones recently: once it has
 * {@code edc.signin.throttle.failures} failed sign-ins within {@code edc.signin.throttle.windowSeconds},
 * its further attempts are answered 429 without checking the password until old failures leave the
 * window. This slows guessing across many accounts, which the per-account lockout alone
 * does not, and it holds no request thread waiting. Kept in memory: per node, and forgotten at restart.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Beyond this many addresses with recent failures, expired ones are swept before adding another. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "edc.signin.throttle.failures", defaultValue = "20")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "edc.signin.throttle.windowSeconds", defaultValue = "60")
    private long windowSeconds;

    /** How long the address must wait before its next password attempt is checked; empty when it may try now. */
    public Optional<Duration> retryAfter(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        synchronized (times) {
            forgetExpired(times, now);
            if (times.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(times.peekFirst() + window() - now));
        }
    }

    public void recordFailure(String address) {
        long now = System.nanoTime();
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetExpired(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            forgetExpired(times, now);
            times.addLast(now);
        }
    }

    private void forgetExpired(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= window()) {
            times.removeFirst();
        }
    }

    private long window() {
        return Duration.ofSeconds(windowSeconds).toNanos();
    }
}
