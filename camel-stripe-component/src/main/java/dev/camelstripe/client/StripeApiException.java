package dev.camelstripe.client;

/**
 * Stripe answered with an error status. Carries every fact Stripe gave about it, so {@code onException} and logs
 * can act on {@link #getStatus()}, {@link #getType()}, {@link #getCode()} and quote {@link #getRequestId()} to
 * Stripe support.
 * <p>
 * What is thrown is one of its subclasses, one per kind of error as stripe-java has them, so that a route can
 * {@code onException(StripeCardException.class)} without inspecting the status: see {@link StripeErrorParser} for
 * which status and type give which class.
 */
public class StripeApiException extends StripeCallException {

    private final StripeError error;

    public StripeApiException(StripeCall call, StripeError error) {
        this(prefix(call) + describe(error), call, error, null);
    }

    /** For a subclass that words the problem itself, e.g. {@link LegacyOrdersApiException}. */
    protected StripeApiException(String message, StripeCall call, StripeError error, Throwable cause) {
        super(message, call, cause);
        this.error = error;
    }

    private static String describe(StripeError error) {
        StringBuilder text = new StringBuilder("Stripe answered HTTP ").append(error.status());
        if (error.type() != null) {
            text.append(' ').append(error.type());
        }
        StringBuilder facts = new StringBuilder();
        appendFact(facts, "code", error.code());
        appendFact(facts, "decline_code", error.declineCode());
        appendFact(facts, "param", error.param());
        appendFact(facts, "rate_limited_reason", error.rateLimitedReason());
        if (!facts.isEmpty()) {
            text.append(" (").append(facts).append(')');
        }
        if (error.message() != null) {
            text.append(": ").append(error.message());
        }
        if (error.requestId() != null) {
            text.append(" [request ").append(error.requestId()).append(']');
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

    /** Everything Stripe said, in one value. */
    public StripeError getError() {
        return error;
    }

    /** The HTTP status, e.g. 402. */
    public int getStatus() {
        return error.status();
    }

    /** {@code api_error}, {@code card_error}, {@code idempotency_error} or {@code invalid_request_error}. */
    public String getType() {
        return error.type();
    }

    /** A short machine-readable code such as {@code resource_missing} or {@code rate_limit}, when Stripe gave one. */
    public String getCode() {
        return error.code();
    }

    /** For card errors: the issuer's reason, e.g. {@code insufficient_funds}. */
    public String getDeclineCode() {
        return error.declineCode();
    }

    /** The request parameter the error is about, when there is one. */
    public String getParam() {
        return error.param();
    }

    /** Stripe's own human-readable message. */
    public String getStripeMessage() {
        return error.message();
    }

    /** A link to Stripe's documentation of the error code. */
    public String getDocUrl() {
        return error.docUrl();
    }

    /** A link to this call in the request log of the Stripe Dashboard, when Stripe gave one. */
    public String getRequestLogUrl() {
        return error.requestLogUrl();
    }

    /** The {@code Request-Id} header of the failed answer: quote it to Stripe support. */
    public String getRequestId() {
        return error.requestId();
    }

    /**
     * The {@code Stripe-Rate-Limited-Reason} header of a 429: which of Stripe's limiters refused the call
     * ({@code global-rate}, {@code endpoint-concurrency} …); {@code null} otherwise.
     */
    public String getRateLimitedReason() {
        return error.rateLimitedReason();
    }
}
