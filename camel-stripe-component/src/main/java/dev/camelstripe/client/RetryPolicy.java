package dev.camelstripe.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a Stripe call again, and after how long, following Stripe's own SDKs: network failures of calls that
 * are safe to repeat, 409, 429 and 5xx are retried with exponential back-off (0.5 s, doubling, capped at 5 s, with
 * jitter), a {@code Retry-After} is honoured, and {@code Stripe-Should-Retry} overrides every other rule.
 */
public final class RetryPolicy {

    static final Duration INITIAL_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** A Retry-After longer than this is not waited for in-line: the error surfaces instead. */
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
    Optional<Duration> afterErrorAnswer(int attempt, RawResponse response, StripeApiException error) {
        if (attempt > maxRetries) {
            return Optional.empty();
        }
        boolean retry;
        if ("true".equalsIgnoreCase(response.shouldRetry())) {
            retry = true;
        } else if ("false".equalsIgnoreCase(response.shouldRetry())) {
            retry = false;
        } else {
            int status = response.status();
            // 429 is lock_timeout (retry at once is fine) or rate_limit (back off first): both wait below
            retry = status == 409 || status == 429 || status >= 500;
        }
        if (!retry) {
            return Optional.empty();
        }
        Optional<Duration> retryAfter = parseRetryAfter(response.retryAfter());
        if (retryAfter.isPresent() && retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0) {
            return Optional.empty();
        }
        Duration backoff = backoff(attempt);
        return Optional.of(retryAfter.filter(after -> after.compareTo(backoff) > 0).orElse(backoff));
    }

    /**
     * The wait before retrying a call that failed in the network, or empty when it must not be retried.
     *
     * @param safeToRepeat  whether sending the call twice cannot do harm (GET, or POST with an idempotency key)
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
        return Duration.ofMillis((long) (capped * (0.75 + 0.25 * random.getAsDouble())));
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
