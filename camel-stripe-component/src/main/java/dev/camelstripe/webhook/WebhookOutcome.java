package dev.camelstripe.webhook;

/** What became of one webhook request, and the HTTP status Stripe is answered with. */
public enum WebhookOutcome {

    /** The route completed the event. */
    DELIVERED(200),
    /** The route failed on the event or rolled it back: Stripe sends it again. */
    FAILED(500),
    /** The route completed this event before: acknowledged again, not delivered. */
    DUPLICATE(200),
    /** This instance is delivering the event right now: Stripe asks again later. */
    IN_FLIGHT(409),
    /** An event of a type the endpoint does not want: acknowledged, not delivered. */
    IGNORED(200),
    /** Not a validly signed Stripe event: never reaches the route. */
    REFUSED(400),
    /** The idempotent repository failed: Stripe asks again later. */
    UNAVAILABLE(503);

    private final int status;

    WebhookOutcome(int status) {
        this.status = status;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
