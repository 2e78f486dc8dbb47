package dev.camelstripe.client;

import java.time.Duration;

/**
 * A call would have had to wait longer than allowed for a permit of the connection's throttle. This attempt was not
 * sent. It is what a call reports only when nothing was sent at all: when a retry is refused, the client reports the
 * failure of the attempt before it instead (with this refusal attached as suppressed), since that one reached
 * Stripe.
 */
public class StripeThrottleException extends StripeCallException {

    private final Duration requiredWait;
    private final Duration budgetLeft;

    public StripeThrottleException(String message, Duration requiredWait, Duration budgetLeft) {
        this(message, null, requiredWait, budgetLeft);
    }

    private StripeThrottleException(String message, StripeCall call, Duration requiredWait, Duration budgetLeft) {
        super(message, call, null);
        this.requiredWait = requiredWait;
        this.budgetLeft = budgetLeft;
    }

    /** The same refusal, said of a call (its method and path lead the message). */
    StripeThrottleException of(StripeCall call) {
        return new StripeThrottleException(prefix(call) + getMessage(), call, requiredWait, budgetLeft);
    }

    /**
     * How long the call would have had to wait for a permit, at least; redelivering it earlier than that only waits
     * again.
     */
    public Duration getRequiredWait() {
        return requiredWait;
    }

    /** What was left of {@code rateLimitMaxWait} when the call was refused. */
    public Duration getBudgetLeft() {
        return budgetLeft;
    }
}
