package dev.camelstripe.client;

/**
 * A webhook request refused: its {@code Stripe-Signature} does not prove it came from Stripe, or its body is not an
 * event. The webhook answers it with HTTP 400 and the route never sees it. The message says why, and never holds a secret, a signature or the payload.
 */
public class StripeWebhookException extends StripeException {

    /** Why a request was refused. */
    public enum Reason {
        MISSING_HEADER("no Stripe-Signature header"),
        MALFORMED_HEADER("the Stripe-Signature header has no t=<unix seconds> timestamp"),
        NO_V1_SIGNATURE("the Stripe-Signature header has no v1 signature"),
        NO_MATCH("no v1 signature matches the payload with any webhookSecret (a wrong secret, or a changed body)"),
        STALE_TIMESTAMP("the signed timestamp is older than webhookTolerance (a replay, or this host's clock is"
                        + " off)"),
        NOT_AN_EVENT("the signed body is not a Stripe event (a JSON object with object \"event\", id and type)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public StripeWebhookException(Reason reason, String detail) {
        super(reason.description() + (detail == null ? "" : " (" + detail + ")"), null);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
