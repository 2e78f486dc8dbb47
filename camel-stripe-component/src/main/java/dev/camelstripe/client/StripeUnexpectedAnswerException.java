package dev.camelstripe.client;

/**
 * Stripe answered the call with success, but with an object of another type than the step needs: a
 * {@code stripe:request} walk ({@code autoPaginate}) whose path answered one object instead of a list. The call was
 * made (a GET, so it changed nothing) and is not retried: the route's path is what is wrong.
 */
public class StripeUnexpectedAnswerException extends StripeCallException {

    private final String expected;
    private final String answered;
    private final String requestId;

    /**
     * @param expected the {@code object} type the step needs ({@code list}, {@code search_result})
     * @param answered the {@code object} type Stripe answered with, or null when the answer had none
     */
    public StripeUnexpectedAnswerException(String message, StripeCall call, String expected, String answered,
                                           String requestId) {
        super(prefix(call) + message, call, null);
        this.expected = expected;
        this.answered = answered;
        this.requestId = requestId;
    }

    /** The {@code object} type the step needs: {@code list} or {@code search_result}. */
    public String getExpected() {
        return expected;
    }

    /** The {@code object} type of Stripe's answer, or null when it had none. */
    public String getAnswered() {
        return answered;
    }

    /** Stripe's {@code Request-Id} of the answer. */
    public String getRequestId() {
        return requestId;
    }
}
