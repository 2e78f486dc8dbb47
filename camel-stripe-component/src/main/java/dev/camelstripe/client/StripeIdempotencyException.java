package dev.camelstripe.client;

/**
 * {@code idempotency_error}: the {@code Idempotency-Key} was used before with other parameters (HTTP 400), or another
 * request with the same key is still running (HTTP 409, {@code idempotency_key_in_use}, retried by the client). Two
 * different operations need two keys.
 */
public class StripeIdempotencyException extends StripeApiException {

    public StripeIdempotencyException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
