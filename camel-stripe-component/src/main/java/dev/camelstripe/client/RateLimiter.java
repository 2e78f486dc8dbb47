package dev.camelstripe.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;
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
 * Callers are served first come, first served, and a caller fails only when the wait it needs exceeds what is left
 * of its budget:
 * <ul>
 * <li>with a permit resting, the caller takes the one usable soonest, and fails at once if even that one is usable
 * too late;</li>
 * <li>with every permit held by a running call, the caller queues. A permit that comes back is handed to the first
 * queued caller that can still wait the period it rests; callers ahead of it that cannot are told so at once, since
 * any later permit comes later still. A queued caller gives up when a permit coming back now would already be too
 * late.</li>
 * </ul>
 * The limit and period can be changed while no endpoint uses the throttle ({@link #reconfigure}); the permits resting
 * or held then are carried over, so a route re-added with another {@code rateLimit} cannot burst past the calls just
 * made.
 */
public final class RateLimiter {

    /** The completion time of a permit that was never used: usable at once. */
    private static final long NEVER_USED = Long.MIN_VALUE;

    private final TimeSource time;
    private final ReentrantLock lock = new ReentrantLock();
    private int limit;
    private long periodNanos;
    /** When each resting permit's last call completed, oldest first; guarded by {@code lock}. */
    private final PriorityQueue<Long> resting = new PriorityQueue<>();
    /** Callers waiting for a held permit, in arrival order; only ever non-empty while no permit rests. */
    private final Deque<Waiter> waiters = new ArrayDeque<>();
    /** Permits handed out and not yet given back. */
    private int held;
    /** Permits to drop as they come back, since the limit was lowered below the number held. */
    private int surplus;

    public RateLimiter(int limit, Duration period, TimeSource time) {
        this.time = time;
        check(limit, period);
        this.limit = limit;
        this.periodNanos = period.toNanos();
        for (int i = 0; i < limit; i++) {
            resting.add(NEVER_USED);
        }
    }

    private static void check(int limit, Duration period) {
        if (limit < 1) {
            throw new IllegalArgumentException("rateLimit must be at least 1, was " + limit);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("rateLimitPeriod must be positive, was " + period);
        }
    }

    public int getLimit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    public Duration getPeriod() {
        lock.lock();
        try {
            return Duration.ofNanos(periodNanos);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for a permit; close it when the call has completed, successfully or not.
     *
     * @param  maxWait                 the longest this call may wait
     * @param  owner                   names the connection in the error message (must not contain the key)
     * @throws StripeThrottleException when the wait needed exceeds what is left of {@code maxWait}; nothing is taken
     */
    public Permit acquire(Duration maxWait, String owner) throws InterruptedException {
        long budget = maxWait.toNanos();
        Grant grant;
        long asked;
        boolean queued;
        lock.lock();
        try {
            asked = time.nanoTime();
            queued = resting.isEmpty();
            grant = queued ? awaitHandOver(asked, budget, owner) : takeResting(asked, budget, owner);
        } finally {
            lock.unlock();
        }
        long wait = waitUntil(grant.usableAt, time.nanoTime());
        if (wait > 0) {
            try {
                time.sleepNanos(wait);
            } catch (InterruptedException interrupted) {
                giveBack(grant.completion); // never used: it keeps the rest it had
                throw interrupted;
            }
        }
        return new Permit(queued || wait > 0 ? time.nanoTime() - asked : 0);
    }

    /** The resting permit usable soonest, if it is usable within the budget. */
    private Grant takeResting(long now, long budget, String owner) {
        long completion = resting.peek();
        long usableAt = usableAt(completion);
        long wait = waitUntil(usableAt, now);
        if (wait > budget) {
            throw refusal(String.format("this call would have had to wait %d ms for a permit, more than the %d ms"
                                        + " allowed (rateLimitMaxWait)", millis(wait), millis(budget)),
                    owner, "", wait, budget);
        }
        resting.poll();
        held++;
        return new Grant(completion, usableAt);
    }

    /** Every permit is held by a running call: queue for one, as long as one could still come in time. */
    private Grant awaitHandOver(long now, long budget, String owner) throws InterruptedException {
        if (budget < periodNanos) {
            throw refusal(String.format("a permit only comes free %d ms after its call completes, more than the %d ms"
                                        + " allowed (rateLimitMaxWait)", millis(periodNanos), millis(budget)),
                    owner, " and all " + limit + " are held by calls still running", periodNanos, budget);
        }
        Waiter waiter = new Waiter(saturatedAdd(now, budget), lock.newCondition());
        waiters.add(waiter);
        try {
            while (waiter.grant == null && !waiter.refused) {
                long latestUsefulRelease = waiter.deadline - periodNanos;
                long left = latestUsefulRelease - time.nanoTime();
                if (left < 0) {
                    waiters.remove(waiter);
                    waiter.refused = true;
                    break;
                }
                waiter.handedOver.awaitNanos(Math.max(left, 1));
            }
        } catch (InterruptedException interrupted) {
            if (waiter.grant != null) {
                giveBackLocked(waiter.grant.completion);
            } else {
                waiters.remove(waiter);
            }
            throw interrupted;
        }
        if (waiter.grant != null) {
            return waiter.grant;
        }
        long left = Math.max(0, waiter.deadline - time.nanoTime());
        throw refusal(String.format("a permit coming free now would be usable in %d ms, more than the %d ms left of"
                                    + " the %d ms allowed (rateLimitMaxWait)", millis(periodNanos), millis(left),
                millis(budget)), owner, " and all " + limit + " stayed held by calls still running", periodNanos, left);
    }

    private StripeThrottleException refusal(String why, String owner, String state, long required, long left) {
        return new StripeThrottleException(String.format("Throttled: %s allows %d calls per %s%s; %s", owner, limit,
                Duration.ofNanos(periodNanos), state, why), Duration.ofNanos(required), Duration.ofNanos(left));
    }

    /** A permit comes back after its call: it rests one period from now. */
    private void release() {
        lock.lock();
        try {
            held--;
            comeBack(time.nanoTime());
        } finally {
            lock.unlock();
        }
    }

    /** A permit comes back unused (its caller was interrupted before starting): it keeps the rest it had. */
    private void giveBack(long completion) {
        lock.lock();
        try {
            giveBackLocked(completion);
        } finally {
            lock.unlock();
        }
    }

    private void giveBackLocked(long completion) {
        held--;
        comeBack(completion);
    }

    /** Hands a permit that came back to the first waiter that can wait for it, or lets it rest. */
    private void comeBack(long completion) {
        if (surplus > 0) {
            surplus--;
            return;
        }
        long usableAt = usableAt(completion);
        for (Waiter waiter; (waiter = waiters.poll()) != null;) {
            if (waiter.deadline >= usableAt) {
                held++;
                waiter.grant = new Grant(completion, usableAt);
                waiter.handedOver.signal();
                return;
            }
            // it cannot wait even for this permit, and any later one comes later still
            waiter.refused = true;
            waiter.handedOver.signal();
        }
        resting.add(completion);
    }

    /**
     * Changes limit and period, keeping the calls already made: permits held stay held, the permits that rested
     * longest are the ones dropped when the limit goes down, and new ones are added unused when it goes up.
     *
     * @throws IllegalStateException while callers are queued
     */
    void reconfigure(int newLimit, Duration newPeriod) {
        check(newLimit, newPeriod);
        lock.lock();
        try {
            if (!waiters.isEmpty()) {
                throw new IllegalStateException("callers are waiting for a permit");
            }
            periodNanos = newPeriod.toNanos();
            int count = held - surplus + resting.size();
            if (newLimit >= count) {
                int missing = newLimit - count;
                int kept = Math.min(surplus, missing);
                surplus -= kept;
                for (int i = kept; i < missing; i++) {
                    resting.add(NEVER_USED);
                }
            } else {
                int excess = count - newLimit;
                for (; excess > 0 && !resting.isEmpty(); excess--) {
                    resting.poll();
                }
                surplus += excess;
            }
            limit = newLimit;
        } finally {
            lock.unlock();
        }
    }

    /** Whether dropping this throttle would forget nothing: no permit held, none still resting, nobody waiting. */
    boolean isIdle() {
        lock.lock();
        try {
            long now = time.nanoTime();
            return held == 0 && waiters.isEmpty() && resting.stream().allMatch(c -> usableAt(c) <= now);
        } finally {
            lock.unlock();
        }
    }

    /**
     * What the throttle looks like now, for consoles and metrics.
     *
     * @param inUse   permits held by calls running now
     * @param resting permits used within the last period, not usable yet: calls that count against the window
     * @param waiters callers queued for a permit
     */
    public record Snapshot(int limit, Duration period, int inUse, int resting, int waiters) {

        /** Permits a call could take at once. */
        public int available() {
            return Math.max(0, limit - inUse - resting);
        }
    }

    public Snapshot snapshot() {
        lock.lock();
        try {
            long now = time.nanoTime();
            int notUsable = (int) resting.stream().filter(c -> usableAt(c) > now).count();
            return new Snapshot(limit, Duration.ofNanos(periodNanos), held, notUsable, waiters.size());
        } finally {
            lock.unlock();
        }
    }

    /** Permits handed out and not yet given back; for tests. */
    int heldPermits() {
        lock.lock();
        try {
            return held;
        } finally {
            lock.unlock();
        }
    }

    /** Callers queued for a held permit; for tests. */
    int waiting() {
        lock.lock();
        try {
            return waiters.size();
        } finally {
            lock.unlock();
        }
    }

    private long usableAt(long completion) {
        return completion == NEVER_USED ? NEVER_USED : completion + periodNanos;
    }

    /** Compared before subtracting: a never-used permit is usable at Long.MIN_VALUE. */
    private static long waitUntil(long usableAt, long now) {
        return usableAt <= now ? 0 : usableAt - now;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos + 999_999);
    }

    /** A permit taken: from when its previous call completed, and when it is usable. */
    private record Grant(long completion, long usableAt) {
    }

    /** A caller queued for a held permit. */
    private static final class Waiter {
        final long deadline;
        final Condition handedOver;
        Grant grant;
        boolean refused;

        Waiter(long deadline, Condition handedOver) {
            this.deadline = deadline;
            this.handedOver = handedOver;
        }
    }

    /** The right to make one call. Closing it (once; later closes do nothing) starts its period of rest. */
    public final class Permit implements AutoCloseable {

        private final long waitedNanos;
        private boolean closed;

        private Permit(long waitedNanos) {
            this.waitedNanos = waitedNanos;
        }

        /** How long the caller waited for it: 0 when a permit was usable at once. */
        public long waitedNanos() {
            return waitedNanos;
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
