package dev.camelstripe.consumer;

import dev.camelstripe.client.StripeApiException;
import org.apache.camel.RuntimeCamelException;

/**
 * {@code stripe:newOrders} polls the legacy Orders API ({@code GET /v1/orders}), which Stripe removed: the account
 * answered 404. The cause carries Stripe's own answer and request id.
 */
public class LegacyOrdersApiException extends RuntimeCamelException {

    public LegacyOrdersApiException(StripeApiException cause) {
        super("stripe:newOrders polls the legacy Orders API (GET /v1/orders), which Stripe deprecated in 2019 and"
              + " has removed: only accounts still on an old API version answer it, and this one answered HTTP "
              + cause.getStatus() + (cause.getRequestId() == null ? "" : " [request " + cause.getRequestId() + "]")
              + ". No order can be polled; stop this route or pin an old apiVersion that still has Orders."
              + " The consumer backs off and tries again later.", cause);
    }

    @Override
    public synchronized StripeApiException getCause() {
        return (StripeApiException) super.getCause();
    }
}
