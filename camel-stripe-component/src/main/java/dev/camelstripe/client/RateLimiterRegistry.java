package dev.camelstripe.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One throttle per connection (API key and Stripe account), shared by every endpoint that uses that connection, as
 * Stripe and the connector both count calls per connection. The key is held only as a SHA-256 fingerprint.
 */
public final class RateLimiterRegistry {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final TimeSource time;

    public RateLimiterRegistry(TimeSource time) {
        this.time = time;
    }

    /**
     * The connection's throttle, created on first use.
     *
     * @return {@code null} when {@code limit} is 0 (throttling off)
     * @throws IllegalArgumentException when endpoints of one connection ask for different limits: one connection has
     *                                  one budget, so they must agree
     */
    public RateLimiter forConnection(StripeClientSettings settings, int limit, Duration period) {
        if (limit < 0) {
            throw new IllegalArgumentException("rateLimit must be 0 (off) or more, was " + limit);
        }
        if (limit == 0) {
            return null;
        }
        String connection = fingerprint(settings.apiKey()) + "|" + settings.stripeAccount();
        RateLimiter limiter = limiters.computeIfAbsent(connection, any -> new RateLimiter(limit, period, time));
        if (limiter.getLimit() != limit || !limiter.getPeriod().equals(period)) {
            throw new IllegalArgumentException(String.format(
                    "%s is already throttled at %d calls per %s by another endpoint; endpoints sharing a connection"
                                                             + " share its budget, so give them the same rateLimit and rateLimitPeriod (asked: %d per %s)",
                    settings.describe(), limiter.getLimit(), limiter.getPeriod(), limit, period));
        }
        return limiter;
    }

    private static String fingerprint(String apiKey) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
