package dev.camelstripe.client;

import java.time.Duration;

/**
 * Told what a {@link StripeClient} does, for metrics and consoles; every method does nothing by default. Called on the
 * calling thread, so an implementation must be quick and thread-safe, and must not throw.
 * <p>
 * Camel-free: the client knows nothing of who listens.
 */
public interface StripeCallListener {

    /** Listens to nothing. */
    StripeCallListener NONE = new StripeCallListener() {
    };

    /**
     * One HTTP attempt ended: with an answer ({@code status} above 0) or a network failure ({@code status} 0).
     *
     * @param errorType         Stripe's {@code error.type} of an error answer, or null
     * @param rateLimitedReason the {@code Stripe-Rate-Limited-Reason} of a 429, or null
     * @param latency           from sending the request to the end of its answer (or of its failure)
     */
    default void attempted(int status, String errorType, String rateLimitedReason, Duration latency) {
    }

    /**
     * The call is tried again after a failed attempt.
     *
     * @param status the status of the failed attempt, 0 for a network failure
     */
    default void retried(int status) {
    }

    /** A throttle permit was taken after waiting this long (above zero). */
    default void throttleWaited(Duration waited) {
    }

    /** The throttle refused a permit: the attempt was not sent. */
    default void throttleRefused() {
    }
}
