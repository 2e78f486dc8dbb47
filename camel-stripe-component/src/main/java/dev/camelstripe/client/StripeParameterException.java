package dev.camelstripe.client;

/**
 * The message cannot become a valid Stripe call: a parameter, the body, a header or a header value (an idempotency
 * key, {@code stripeAccount}, {@code apiVersion}) is missing, of the wrong type or unsafe to send. Raised before
 * anything is sent, so retrying the same message cannot help.
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
