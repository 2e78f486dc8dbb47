package dev.camelstripe.client;

/**
 * Any other error answer: Stripe's side ({@code api_error}, 5xx), a 409 conflict, a 424, or a body that is not
 * Stripe's error JSON (a proxy's HTML page). 5xx and 409 are retried by the client unless Stripe answers
 * {@code Stripe-Should-Retry: false}. For a POST, a redelivery with the same idempotency key gets the same 500 back
 * from Stripe's idempotency layer: only a new key makes Stripe try again.
 */
public class StripeApiErrorException extends StripeApiException {

    public StripeApiErrorException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
