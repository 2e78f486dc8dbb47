package dev.camelstripe.webhook;

import dev.camelstripe.client.StripeWebhookException.Reason;
import dev.camelstripe.model.Event;

/**
 * Told what became of each webhook request, for metrics and consoles. Called on the HTTP server's thread once the
 * answer is decided: an implementation must be quick and must not throw. Camel-free.
 */
public interface WebhookListener {

    /** Listens to nothing. */
    WebhookListener NONE = (outcome, event, refusal) -> {
    };

    /**
     * @param event   the event, or null when the request was refused
     * @param refusal why it was refused, or null when it was not
     */
    void answered(WebhookOutcome outcome, Event event, Reason refusal);
}
