package dev.camelstripe.client;

/**
 * Which Stripe call an exception is about: method, path (under the API base, without the query), the
 * {@code Idempotency-Key} sent with it ({@code null} for a GET) and how many HTTP attempts were made.
 */
public record StripeCall(StripeMethod method, String path, String idempotencyKey, int attempts)
        implements java.io.Serializable {

    /** {@code POST /v1/customers}: how messages name the call. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
