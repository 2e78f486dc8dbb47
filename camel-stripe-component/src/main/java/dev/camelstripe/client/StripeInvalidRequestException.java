package dev.camelstripe.client;

/**
 * HTTP 400 or 404, {@code invalid_request_error}: a parameter is missing or invalid ({@link #getParam()}), or the
 * object does not exist ({@code resource_missing}). Fix the request; sending it again unchanged gets the same answer.
 */
public class StripeInvalidRequestException extends StripeApiException {

    public StripeInvalidRequestException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
