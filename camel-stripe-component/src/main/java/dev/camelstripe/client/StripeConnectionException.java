package dev.camelstripe.client;

/**
 * Stripe could not be reached, did not answer in time, or its answer could not be read, and retrying did not help
 * (or was not safe). Unless {@link #nothingWasSent()}, a POST may have been executed by Stripe: resend it with the
 * same {@link #getIdempotencyKey()} to learn its outcome, since Stripe then replays its first answer.
 */
public class StripeConnectionException extends StripeCallException {

    private final boolean nothingWasSent;

    /**
     * @param nothingWasSent whether it is certain that no byte of the call reached Stripe (connection refused, a
     *                       throttle wait interrupted …)
     */
    public StripeConnectionException(String message, StripeCall call, boolean nothingWasSent, Throwable cause) {
        super(message, call, cause);
        this.nothingWasSent = nothingWasSent;
    }

    /** Whether no byte of the call reached Stripe, so that it certainly was not executed. */
    public boolean nothingWasSent() {
        return nothingWasSent;
    }

    /**
     * What a message adds after a failure that may have reached Stripe: a POST may have been executed, and its key
     * tells how to find out. Nothing for a GET, which is safe to repeat.
     */
    static String mayHaveBeenExecuted(StripeCall call) {
        return call.idempotencyKey() == null ? ""
                : "; Stripe may have executed it: resend it with Idempotency-Key " + call.idempotencyKey()
                  + " to get its outcome";
    }
}
