package dev.camelstripe.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a Stripe call again, and after how long, exactly as Stripe's official SDKs decide (stripe-java
 * {@code HttpClient.shouldRetry}, stripe-node {@code RequestSender._shouldRetry}, stripe-python
 * {@code HTTPClient._should_retry}):
 * <ol>
 * <li>never more than {@code maxRetries} retries;</li>
 * <li>a network failure is retried when repeating the call is safe (a GET, or a POST, which always carries an
 * idempotency key) or when nothing was sent;</li>
 * <li>{@code Stripe-Should-Retry: true} or {@code false} on the answer decides, whatever the status;</li>
 * <li>otherwise 409 and every 5xx are retried; nothing else is, 429 included: Stripe marks the 429s worth retrying
 * (a {@code lock_timeout}) with {@code Stripe-Should-Retry: true}.</li>
 * </ol>
 * The wait is 0.5 s doubling per retry, capped at 5 s, with up to a quarter taken off at random but never under 0.5 s
 * (stripe-java's jitter and floor); a {@code Retry-After} of at most 60 s lengthens it, a longer one is ignored
 * (stripe-python).
 */
public final class RetryPolicy {

    static final Duration INITIAL_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** The longest Retry-After honoured; a longer one is not a reasonable ask and the back-off applies. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final int maxRetries;
    private final DoubleSupplier random;

    public RetryPolicy(int maxRetries, DoubleSupplier random) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.random = random;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * The wait before retrying a call that got an error answer, or empty when it must not be retried.
     *
     * @param attempt the attempt that just failed, 1 for the first
     */
    Optional<Duration> afterErrorAnswer(int attempt, RawResponse response) {
        if (attempt > maxRetries || !shouldRetry(response)) {
            return Optional.empty();
        }
        Duration backoff = backoff(attempt);
        return Optional.of(parseRetryAfter(response.retryAfter())
                .filter(after -> after.compareTo(MAX_RETRY_AFTER) <= 0 && after.compareTo(backoff) > 0)
                .orElse(backoff));
    }

    private static boolean shouldRetry(RawResponse response) {
        if ("true".equals(response.shouldRetry())) {
            return true;
        }
        if ("false".equals(response.shouldRetry())) {
            return false;
        }
        return response.status() == 409 || response.status() >= 500;
    }

    /**
     * The wait before retrying a call that failed in the network, or empty when it must not be retried.
     *
     * @param safeToRepeat   whether sending the call twice cannot do harm (GET, or POST with an idempotency key)
     * @param nothingWasSent whether the failure happened before the request left (connection refused): always safe
     */
    Optional<Duration> afterNetworkFailure(int attempt, boolean safeToRepeat, boolean nothingWasSent) {
        if (attempt > maxRetries || !(safeToRepeat || nothingWasSent)) {
            return Optional.empty();
        }
        return Optional.of(backoff(attempt));
    }

    Duration backoff(int attempt) {
        long exponential = INITIAL_DELAY.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, MAX_DELAY.toMillis());
        // jitter spreads retries of many clients hit by the same incident; at most a quarter is taken off
        long jittered = (long) (capped * (0.75 + 0.25 * random.getAsDouble()));
        return Duration.ofMillis(Math.max(jittered, INITIAL_DELAY.toMillis()));
    }

    private static Optional<Duration> parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(header.trim()) * 1000)));
        } catch (NumberFormatException httpDate) {
            return Optional.empty();
        }
    }
}
