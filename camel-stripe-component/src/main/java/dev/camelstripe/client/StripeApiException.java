package dev.camelstripe.client;

/**
 * Stripe answered with an error status. Carries every fact Stripe gave about it, so {@code onException} and logs
 * can act on {@link #getStatus()}, {@link #getType()}, {@link #getCode()} and quote {@link #getRequestId()} to
 * Stripe support.
 */
public class StripeApiException extends StripeException {

    private final int status;
    private final String type;
    private final String code;
    private final String declineCode;
    private final String param;
    private final String stripeMessage;
    private final String docUrl;
    private final String requestId;

    public StripeApiException(int status, String type, String code, String declineCode, String param,
                              String stripeMessage, String docUrl, String requestId) {
        super(describe(status, type, code, declineCode, param, stripeMessage, requestId), null);
        this.status = status;
        this.type = type;
        this.code = code;
        this.declineCode = declineCode;
        this.param = param;
        this.stripeMessage = stripeMessage;
        this.docUrl = docUrl;
        this.requestId = requestId;
    }

    private static String describe(int status, String type, String code, String declineCode, String param,
                                   String message, String requestId) {
        StringBuilder text = new StringBuilder("Stripe answered HTTP ").append(status);
        if (type != null) {
            text.append(' ').append(type);
        }
        StringBuilder facts = new StringBuilder();
        appendFact(facts, "code", code);
        appendFact(facts, "decline_code", declineCode);
        appendFact(facts, "param", param);
        if (!facts.isEmpty()) {
            text.append(" (").append(facts).append(')');
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (requestId != null) {
            text.append(" [request ").append(requestId).append(']');
        }
        return text.toString();
    }

    private static void appendFact(StringBuilder facts, String name, String value) {
        if (value != null) {
            if (!facts.isEmpty()) {
                facts.append(", ");
            }
            facts.append(name).append(' ').append(value);
        }
    }

    /** The HTTP status, e.g. 402. */
    public int getStatus() {
        return status;
    }

    /** {@code api_error}, {@code card_error}, {@code idempotency_error} or {@code invalid_request_error}. */
    public String getType() {
        return type;
    }

    /** A short machine-readable code such as {@code resource_missing} or {@code rate_limit}, when Stripe gave one. */
    public String getCode() {
        return code;
    }

    /** For card errors: the issuer's reason, e.g. {@code insufficient_funds}. */
    public String getDeclineCode() {
        return declineCode;
    }

    /** The request parameter the error is about, when there is one. */
    public String getParam() {
        return param;
    }

    /** Stripe's own human-readable message. */
    public String getStripeMessage() {
        return stripeMessage;
    }

    /** A link to Stripe's documentation of the error code. */
    public String getDocUrl() {
        return docUrl;
    }

    /** The {@code Request-Id} header of the failed answer: quote it to Stripe support. */
    public String getRequestId() {
        return requestId;
    }
}
