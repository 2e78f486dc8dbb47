package dev.camelstripe.client;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A throttle with a hard guarantee: no more than {@code limit} calls start in any window of one {@code period}, as
 * seen by the caller and by Stripe alike.
 * <p>
 * There are {@code limit} permits. A call holds one from before it starts until it has completed, and the permit
 * becomes usable again one period after that completion. Counting from when a permit was handed out instead would
 * let calls bunch up whenever a thread starts its call late (a busy CPU, a slow connect), which a load test shows as
 * more than {@code limit} calls in one window. Costing one call's duration per period, this keeps the promise
 * unconditionally: a call starting in a window holds a permit that was either already held or free when the window
 * opened, since one released inside the window is not usable before the window has passed.
 * <p>
 * Free permits queue in the order they become usable, so callers are served first come, first served; a caller that
 * would have to wait longer than allowed fails at once and takes nothing.
 */
public final class RateLimiter {

    private final int limit;
    private final long periodNanos;
    private final TimeSource time;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition released = lock.newCondition();
    /** Ring of the times at which free permits become usable, oldest first: always ascending. */
    private final long[] usableAt;
    private int head;
    private int free;

    public RateLimiter(int limit, Duration period, TimeSource time) {
        if (limit < 1) {
            throw new IllegalArgumentException("rateLimit must be at least 1, was " + limit);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rateLimitPeriod must be positive, was " + period);
        }
        this.limit = limit;
        this.periodNanos = period.toNanos();
        this.time = time;
        this.usableAt = new long[limit];
        this.free = limit;
        Arrays.fill(usableAt, Long.MIN_VALUE);
    }

    public int getLimit() {
        return limit;
    }

    public Duration getPeriod() {
        return Duration.ofNanos(periodNanos);
    }

    /**
     * Waits for a permit; close it when the call has completed, successfully or not.
     *
     * @param  maxWait                  the longest this call may wait
     * @param  owner                    names the connection in the error message (must not contain the key)
     * @throws StripeThrottleException when no permit can be had within {@code maxWait}; nothing is taken
     */
    public Permit acquire(Duration maxWait, String owner) throws InterruptedException {
        long maxWaitNanos = maxWait.toNanos();
        long waitForPermit;
        lock.lock();
        try {
            long budget = maxWaitNanos;
            while (free == 0) {
                // every permit is held by a call still running: its period only starts once it completes
                if (budget <= 0) {
                    throw new StripeThrottleException(String.format(
                            "Throttled: %s allows %d calls per %s and all %d are held by calls still running;"
                                                                    + " no permit came free within the %d ms allowed (rateLimitMaxWait)",
                            owner, limit, getPeriod(), limit, toMillisCeil(maxWaitNanos)), maxWait);
                }
                budget = released.awaitNanos(budget);
            }
            long now = time.nanoTime();
            waitForPermit = usableAt[head] <= now ? 0 : usableAt[head] - now; // compared first: never-used is MIN_VALUE
            if (waitForPermit > budget) {
                throw new StripeThrottleException(String.format(
                        "Throttled: %s allows %d calls per %s; this call would have had to wait %d ms for a permit,"
                                                                + " more than the %d ms allowed (rateLimitMaxWait)",
                        owner, limit, getPeriod(), toMillisCeil(waitForPermit), toMillisCeil(maxWaitNanos)),
                        Duration.ofNanos(waitForPermit));
            }
            // taken now, so callers behind this one queue for the next permit rather than race for this one
            head = (head + 1) % limit;
            free--;
        } finally {
            lock.unlock();
        }
        Permit permit = new Permit();
        if (waitForPermit > 0) {
            try {
                time.sleepNanos(waitForPermit);
            } catch (InterruptedException interrupted) {
                permit.close();
                throw interrupted;
            }
        }
        return permit;
    }

    private void release() {
        lock.lock();
        try {
            usableAt[(head + free) % limit] = time.nanoTime() + periodNanos;
            free++;
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    private static long toMillisCeil(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos + 999_999);
    }

    /** The right to make one call. Closing it (once; later closes do nothing) starts its period of rest. */
    public final class Permit implements AutoCloseable {

        private boolean closed;

        private Permit() {
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release();
            }
        }
    }
}
