package dev.camelstripe.client;

/**
 * Base of every failure this client reports. Messages never contain the API key: only its masked kind.
 */
public abstract class StripeException extends RuntimeException {

    protected StripeException(String message, Throwable cause) {
        super(message, cause);
    }
}
