package dev.camelstripe.client;

import java.time.Duration;

/**
 * A sliding-window throttle: no more than {@code limit} permits are granted in any window of one {@code period}.
 * <p>
 * It remembers the grant times of the last {@code limit} permits; a new permit may start once the oldest of them is
 * a full period old. Reservations are made under a lock and in order, the waiting happens outside it, so callers
 * queue fairly and a slow caller never holds others up. Memory is one {@code long} per permitted call.
 */
public final class RateLimiter {

    private final int limit;
    private final long periodNanos;
    private final long[] grants;
    private final TimeSource time;
    private int next;
    private long granted;

    public RateLimiter(int limit, Duration period, TimeSource time) {
        if (limit < 1) {
            throw new IllegalArgumentException("rateLimit must be at least 1, was " + limit);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rateLimitPeriod must be positive, was " + period);
        }
        this.limit = limit;
        this.periodNanos = period.toNanos();
        this.grants = new long[limit];
        this.time = time;
    }

    public int getLimit() {
        return limit;
    }

    public Duration getPeriod() {
        return Duration.ofNanos(periodNanos);
    }

    /**
     * Waits for a permit.
     *
     * @param  maxWait                  the longest this call may wait
     * @param  owner                    names the connection in the error message (must not contain the key)
     * @throws StripeThrottleException when the permit would come later than {@code maxWait}; nothing is reserved
     */
    public void acquire(Duration maxWait, String owner) throws InterruptedException {
        long wait = reserve(maxWait.toNanos(), owner);
        if (wait > 0) {
            time.sleepNanos(wait);
        }
    }

    private synchronized long reserve(long maxWaitNanos, String owner) {
        long now = time.nanoTime();
        long startAt = granted < limit ? now : Math.max(now, grants[next] + periodNanos);
        long wait = startAt - now;
        if (wait > maxWaitNanos) {
            throw new StripeThrottleException(String.format(
                    "Throttled: %s allows %d calls per %s; this call would have had to wait %d ms for a permit, "
                                                            + "more than the %d ms allowed (rateLimitMaxWait)",
                    owner, limit, getPeriod(), nanosToMillisCeil(wait), nanosToMillisCeil(maxWaitNanos)),
                    Duration.ofNanos(wait));
        }
        grants[next] = startAt;
        next = (next + 1) % limit;
        granted++;
        return wait;
    }

    private static long nanosToMillisCeil(long nanos) {
        return (nanos + 999_999) / 1_000_000;
    }
}
