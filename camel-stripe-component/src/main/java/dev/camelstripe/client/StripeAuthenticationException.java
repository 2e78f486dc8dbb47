package dev.camelstripe.client;

/**
 * HTTP 401: the API key is wrong, expired or revoked. Nothing a retry can fix: correct {@code apiKey}.
 */
public class StripeAuthenticationException extends StripeApiException {

    public StripeAuthenticationException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
