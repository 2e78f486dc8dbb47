package dev.camelstripe.client;

/**
 * An answer's body was larger than {@code maxResponseSize} (counted after decompression), or said it would be. The
 * client stopped reading, discarded the connection and does not retry: the same call would get the same answer. A
 * genuine Stripe answer is far below the default limit, so this points at something between the component and
 * Stripe (a misconfigured proxy, a mock) or at a limit set too low.
 */
public class StripeResponseTooLargeException extends StripeConnectionException {

    private final long limit;

    public StripeResponseTooLargeException(String message, StripeCall call, long limit, Throwable cause) {
        super(message, call, false, cause);
        this.limit = limit;
    }

    /** The {@code maxResponseSize} in force, in bytes. */
    public long getLimit() {
        return limit;
    }
}
