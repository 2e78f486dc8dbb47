package dev.camelstripe.client;

/**
 * HTTP 429 (or a 400 with code {@code rate_limit}): Stripe refused the call because of its own limits, with code
 * {@code rate_limit} ({@link #getRateLimitedReason()} says which limiter), or {@code lock_timeout} when another request
 * was using the same object. The client retries a 429 only when Stripe's {@code Stripe-Should-Retry: true} header asks
 * for it; otherwise slow down (lower {@code rateLimit}) or redeliver after a delay.
 */
public class StripeRateLimitException extends StripeApiException {

    public StripeRateLimitException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
