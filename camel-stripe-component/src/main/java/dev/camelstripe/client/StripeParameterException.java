package dev.camelstripe.producer;

import dev.camelstripe.client.StripeException;

/**
 * The message cannot become a valid Stripe call: a parameter, the body or a header is missing or of the wrong type.
 * Raised before anything is sent, so retrying the same message cannot help.
 */
public class StripeParameterException extends StripeException {

    private final String param;

    public StripeParameterException(String param, String message) {
        super(message, null);
        this.param = param;
    }

    public StripeParameterException(String param, String message, Throwable cause) {
        super(message, cause);
        this.param = param;
    }

    /** The parameter (or header, or {@code body}) at fault, e.g. {@code images} or {@code CamelStripeObjectId}. */
    public String getParam() {
        return param;
    }
}
