package dev.camelstripe.observe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import dev.camelstripe.client.StripeWebhookException.Reason;
import dev.camelstripe.model.Event;
import dev.camelstripe.webhook.WebhookListener;
import dev.camelstripe.webhook.WebhookOutcome;

/**
 * What one {@code stripe:webhook} endpoint received, for metrics, the dev console and JMX: requests by outcome,
 * refusals by reason, the last event and the last refusal, and the lag of the last delivered event. Thread-safe: the
 * HTTP server's threads write, consoles read. Camel-free.
 * <p>
 * Lag is this host's clock when the event arrived minus the event's {@code created}: how long Stripe took to deliver
 * it, its retries after failed answers included.
 */
public final class WebhookStats implements WebhookListener {

    private final String name;
    private final String path;
    private final Clock clock;
    private final Map<WebhookOutcome, Long> outcomes = new EnumMap<>(WebhookOutcome.class);
    private final Map<Reason, Long> refusals = new EnumMap<>(Reason.class);
    private Instant lastEventAt;
    private String lastEventId;
    private String lastEventType;
    private WebhookOutcome lastOutcome;
    private Instant lastRefusalAt;
    private Reason lastRefusal;
    private Long lagSeconds;

    /**
     * @param name names the endpoint in consoles: its route id, or its endpoint
     * @param path the HTTP path it receives on
     */
    public WebhookStats(String name, String path, Clock clock) {
        this.name = name;
        this.path = path;
        this.clock = clock;
    }

    @Override
    public synchronized void answered(WebhookOutcome outcome, Event event, Reason refusal) {
        Instant now = clock.instant();
        outcomes.merge(outcome, 1L, Long::sum);
        if (refusal != null) {
            refusals.merge(refusal, 1L, Long::sum);
            lastRefusalAt = now;
            lastRefusal = refusal;
        }
        if (event != null) {
            lastEventAt = now;
            lastEventId = event.getId();
            lastEventType = event.getType();
            lastOutcome = outcome;
            if (outcome == WebhookOutcome.DELIVERED && event.getCreated() != null) {
                lagSeconds = Duration.between(event.getCreated(), now).toSeconds();
            }
        }
    }

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    /** Requests answered with this outcome. */
    public synchronized long count(WebhookOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Requests refused for this reason. */
    public synchronized long refused(Reason reason) {
        return refusals.getOrDefault(reason, 0L);
    }

    /** Every request answered. */
    public synchronized long received() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized Instant lastEventAt() {
        return lastEventAt;
    }

    public synchronized String lastEventId() {
        return lastEventId;
    }

    public synchronized String lastEventType() {
        return lastEventType;
    }

    /** The outcome of the last request that carried an event. */
    public synchronized WebhookOutcome lastOutcome() {
        return lastOutcome;
    }

    public synchronized Instant lastRefusalAt() {
        return lastRefusalAt;
    }

    public synchronized Reason lastRefusal() {
        return lastRefusal;
    }

    /** Seconds between the last delivered event's created and its arrival; null before one was delivered. */
    public synchronized Long lagSeconds() {
        return lagSeconds;
    }

    synchronized double lagSecondsOrNaN() {
        return lagSeconds == null ? Double.NaN : lagSeconds;
    }
}
