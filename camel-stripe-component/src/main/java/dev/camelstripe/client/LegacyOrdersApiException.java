package dev.camelstripe.client;

/**
 * {@code stripe:newOrders} polls the legacy Orders API ({@code GET /v1/orders}), which Stripe removed: the account
 * answered 404. It has the facts of Stripe's own answer (status, code, request id …), which is also its cause.
 */
public class LegacyOrdersApiException extends StripeApiException {

    public LegacyOrdersApiException(StripeApiException cause) {
        super("stripe:newOrders polls the legacy Orders API (GET /v1/orders), which Stripe deprecated in 2019 and"
              + " has removed: only accounts still on an old API version answer it, and this one answered HTTP "
              + cause.getStatus() + (cause.getRequestId() == null ? "" : " [request " + cause.getRequestId() + "]")
              + ". No order can be polled; stop this route or pin an old apiVersion that still has Orders."
              + " The consumer backs off and tries again later.", cause.getCall(), cause.getError(), cause);
    }

    @Override
    public synchronized StripeApiException getCause() {
        return (StripeApiException) super.getCause();
    }
}
