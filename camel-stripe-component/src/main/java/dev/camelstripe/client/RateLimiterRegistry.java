package dev.camelstripe.client;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One throttle per connection (API key and Stripe account), shared by every endpoint that uses that connection, as
 * Stripe and the connector both count calls per connection. The key is held only as a SHA-256 fingerprint.
 * <p>
 * A throttle lives as long as it matters: while an endpoint uses it, and after the last one stopped until its
 * permits have rested, so that a route removed and added back (even with another {@code rateLimit}) cannot burst
 * past the calls just made. Then it is dropped, so endpoints made per tenant key (through {@code toD}) do not pile
 * up throttles for ever. Users are held weakly: an endpoint that Camel's endpoint cache evicts without stopping it
 * lets go of its throttle once it is garbage.
 * <p>
 * When the component stops ({@link #retire()}), the throttles whose permits still rest are kept for the JVM, per
 * clock, and the next registry to need a connection's throttle takes its retired one over: a CamelContext restarted
 * in the same JVM (which makes new component instances) starts from the calls of the last period, not from a full
 * budget.
 */
public final class RateLimiterRegistry {

    /** Throttles of stopped components whose permits still rest, per clock and connection; guarded by itself. */
    private static final Map<TimeSource, Map<String, RateLimiter>> RETIRED = new WeakHashMap<>();

    private final TimeSource time;
    /** Guarded by {@code this}. */
    private final Map<String, Entry> entries = new HashMap<>();

    public RateLimiterRegistry(TimeSource time) {
        this.time = time;
    }

    private static final class Entry {
        final RateLimiter limiter;
        final List<WeakReference<Object>> users = new ArrayList<>(1);

        Entry(RateLimiter limiter) {
            this.limiter = limiter;
        }

        boolean usedBy(Object user) {
            return users.stream().anyMatch(ref -> ref.get() == user);
        }
    }

    /**
     * The connection's throttle, for {@code user} (an endpoint) until {@link #release(Object)}.
     *
     * @return {@code null} when {@code limit} is 0 (throttling off)
     * @throws IllegalArgumentException when endpoints of one connection in use ask for different limits: one
     *                                  connection has one budget, so they must agree
     */
    public synchronized RateLimiter acquire(Object user, StripeClientSettings settings, int limit, Duration period) {
        if (limit < 0) {
            throw new IllegalArgumentException("rateLimit must be 0 (off) or more, was " + limit);
        }
        if (limit == 0) {
            return null;
        }
        prune();
        String connection = ApiKeys.fingerprint(settings.apiKey()) + "|" + settings.stripeAccount();
        Entry entry = entries.get(connection);
        if (entry == null) {
            RateLimiter retired = takeRetired(connection);
            entry = new Entry(retired != null ? retired : new RateLimiter(limit, period, time));
            entries.put(connection, entry);
        }
        if (entry.limiter.getLimit() != limit || !entry.limiter.getPeriod().equals(period)) {
            if (!entry.users.isEmpty()) {
                throw new IllegalArgumentException(String.format(
                        "%s is already throttled at %d calls per %s by another endpoint; endpoints sharing a"
                                                                 + " connection share its budget, so give them the same rateLimit and rateLimitPeriod"
                                                                 + " (asked: %d per %s)",
                        settings.describe(), entry.limiter.getLimit(), entry.limiter.getPeriod(), limit, period));
            }
            entry.limiter.reconfigure(limit, period); // nobody uses it any more: its recent calls still count
        }
        if (!entry.usedBy(user)) {
            entry.users.add(new WeakReference<>(user));
        }
        return entry.limiter;
    }

    /** {@code user} no longer uses its throttles (the endpoint stopped). */
    public synchronized void release(Object user) {
        for (Entry entry : entries.values()) {
            entry.users.removeIf(ref -> ref.get() == user);
        }
        prune();
    }

    /**
     * The component stopped: every throttle is let go, and those whose permits still rest are kept for the next
     * registry of this clock that needs them.
     */
    public synchronized void retire() {
        synchronized (RETIRED) {
            Map<String, RateLimiter> retired = RETIRED.computeIfAbsent(time, any -> new HashMap<>());
            entries.forEach((connection, entry) -> {
                if (!entry.limiter.isIdle()) {
                    retired.merge(connection, entry.limiter, (kept, other) -> kept.isIdle() ? other : kept);
                }
            });
        }
        entries.clear();
    }

    private RateLimiter takeRetired(String connection) {
        synchronized (RETIRED) {
            Map<String, RateLimiter> retired = RETIRED.get(time);
            if (retired == null) {
                return null;
            }
            retired.values().removeIf(RateLimiter::isIdle);
            return retired.remove(connection);
        }
    }

    /** How many throttles are kept; for tests. */
    public synchronized int size() {
        prune();
        return entries.size();
    }

    /** Drops the throttles nobody uses any more and whose permits have all rested. */
    private void prune() {
        entries.values().removeIf(entry -> {
            entry.users.removeIf(ref -> ref.get() == null);
            return entry.users.isEmpty() && entry.limiter.isIdle();
        });
    }
}
