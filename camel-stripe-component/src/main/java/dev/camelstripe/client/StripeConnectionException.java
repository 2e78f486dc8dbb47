package dev.camelstripe.client;

/** Stripe could not be reached, or did not answer in time, and retrying did not help (or was not safe). */
public class StripeConnectionException extends StripeException {

    public StripeConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
