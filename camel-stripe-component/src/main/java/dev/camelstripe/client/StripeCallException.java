package dev.camelstripe.client;

/**
 * A failure of one Stripe call: Stripe's error answer, a connection failure, or a throttle refusal. Carries the call
 * ({@link #getMethod()}, {@link #getPath()}, {@link #getIdempotencyKey()}, {@link #getAttempts()}) so that a route
 * can log it, or resend a POST with the same key to learn its outcome.
 */
public abstract class StripeCallException extends StripeException {

    private final StripeCall call;

    protected StripeCallException(String message, StripeCall call, Throwable cause) {
        super(message, cause);
        this.call = call;
    }

    /** The call, or {@code null} when the exception was raised outside one (a throttle used on its own). */
    public StripeCall getCall() {
        return call;
    }

    /** {@code GET}, {@code POST} or {@code DELETE}. */
    public StripeMethod getMethod() {
        return call == null ? null : call.method();
    }

    /** The path under the API base, e.g. {@code /v1/customers/cus_123}, without the query string. */
    public String getPath() {
        return call == null ? null : call.path();
    }

    /** The {@code Idempotency-Key} the call was sent with (every POST has one); {@code null} for a GET. */
    public String getIdempotencyKey() {
        return call == null ? null : call.idempotencyKey();
    }

    /** How many HTTP attempts were made, retries included; 0 when nothing was sent. */
    public int getAttempts() {
        return call == null ? 0 : call.attempts();
    }

    /** {@code "POST /v1/customers: "}, or nothing without a call. */
    static String prefix(StripeCall call) {
        return call == null ? "" : call + ": ";
    }
}
