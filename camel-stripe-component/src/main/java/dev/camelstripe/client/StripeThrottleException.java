package dev.camelstripe.client;

import java.time.Duration;

/**
 * A call would have had to wait longer than allowed for a permit of the connection's throttle. Nothing was sent to
 * Stripe.
 */
public class StripeThrottleException extends StripeException {

    private final Duration requiredWait;

    public StripeThrottleException(String message, Duration requiredWait) {
        super(message, null);
        this.requiredWait = requiredWait;
    }

    /** How long the call would have had to wait for a permit. */
    public Duration getRequiredWait() {
        return requiredWait;
    }
}
