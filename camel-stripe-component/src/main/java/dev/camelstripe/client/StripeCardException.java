package dev.camelstripe.client;

/**
 * HTTP 402, {@code card_error}: the request was valid but a card was declined or could not be charged.
 * {@link #getDeclineCode()} gives the issuer's reason. Retrying the same call cannot help; asking the customer for
 * another payment method can.
 */
public class StripeCardException extends StripeApiException {

    public StripeCardException(StripeCall call, StripeError error) {
        super(call, error);
    }
}
