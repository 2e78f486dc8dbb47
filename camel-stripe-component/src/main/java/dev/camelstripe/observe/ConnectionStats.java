package dev.camelstripe.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstripe.client.RateLimiter;
import dev.camelstripe.client.StripeCallListener;

/**
 * What one connection (API key and Stripe account) did, for the dev console and JMX: its throttle, its calls, its
 * last 429. Known by its {@link #name()}, never by its key. Thread-safe; Camel-free.
 */
public final class ConnectionStats {

    /** Stripe's answer 429 that was last seen on this connection. */
    public record RateLimited(Instant at, String operation, String reason) {
    }

    private final String name;
    private final Clock clock;
    private volatile RateLimiter limiter;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failedRequests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong throttleWaits = new AtomicLong();
    private final AtomicLong throttleWaitNanos = new AtomicLong();
    private final AtomicLong throttleRefusals = new AtomicLong();
    private volatile RateLimited last429;

    ConnectionStats(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    public String name() {
        return name;
    }

    /** The connection's throttle now, or null when throttling is off (rateLimit=0). */
    public RateLimiter.Snapshot throttle() {
        RateLimiter current = limiter;
        return current == null ? null : current.snapshot();
    }

    void useLimiter(RateLimiter limiter) {
        if (limiter != null) {
            this.limiter = limiter;
        }
    }

    /** A listener for the calls of one operation on this connection, that also tells {@code also} (metrics). */
    StripeCallListener listenerFor(String operation, StripeCallListener also) {
        return new StripeCallListener() {
            @Override
            public void attempted(int status, String errorType, String rateLimitedReason, Duration latency) {
                requests.incrementAndGet();
                if (status < 200 || status >= 300) {
                    failedRequests.incrementAndGet();
                }
                if (status == 429) {
                    rateLimited.incrementAndGet();
                    last429 = new RateLimited(clock.instant(), operation, TagValues.rateLimitedReason(rateLimitedReason));
                }
                also.attempted(status, errorType, rateLimitedReason, latency);
            }

            @Override
            public void retried(int status) {
                retries.incrementAndGet();
                also.retried(status);
            }

            @Override
            public void throttleWaited(Duration waited) {
                throttleWaits.incrementAndGet();
                throttleWaitNanos.addAndGet(waited.toNanos());
                also.throttleWaited(waited);
            }

            @Override
            public void throttleRefused() {
                throttleRefusals.incrementAndGet();
                also.throttleRefused();
            }
        };
    }

    /** HTTP attempts made, retries included. */
    public long requests() {
        return requests.get();
    }

    /** Attempts answered with a status other than 2xx, or failed in the network. */
    public long failedRequests() {
        return failedRequests.get();
    }

    public long retries() {
        return retries.get();
    }

    /** Attempts Stripe answered 429. */
    public long rateLimited() {
        return rateLimited.get();
    }

    /** Calls that waited for a throttle permit. */
    public long throttleWaits() {
        return throttleWaits.get();
    }

    public Duration throttleWaited() {
        return Duration.ofNanos(throttleWaitNanos.get());
    }

    /** Calls the throttle refused (rateLimitMaxWait): nothing was sent. */
    public long throttleRefusals() {
        return throttleRefusals.get();
    }

    /** The last 429, or null when Stripe answered none. */
    public RateLimited last429() {
        return last429;
    }
}
