package dev.camelstripe.webhook;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of {@code stripe:webhook} and {@code stripe:events}, the consumers of Stripe events. */
@UriParams
public class EventsConfiguration {

    /** The gap policy's values: what {@code stripe:events} does when its position is older than Stripe keeps events. */
    public enum EventsGap {
        /** Fail every poll, health DOWN, until the user chooses. */
        fail,
        /** Accept the gap: go on from the oldest event Stripe still keeps. */
        oldest,
        /** Accept the gap: go on from now, as a new trigger with startFrom=now. */
        now
    }

    @UriParam(label = "consumer")
    private String types;
    @UriParam(label = "consumer,webhook", defaultValue = "/stripe/webhook")
    private String webhookPath = "/stripe/webhook";
    @UriParam(label = "consumer,webhook,security", secret = true)
    private String webhookSecret;
    @UriParam(label = "consumer,webhook", defaultValue = "300000", javaType = "java.time.Duration")
    private long webhookTolerance = WebhookSignature.DEFAULT_TOLERANCE.toMillis();
    @UriParam(label = "consumer,webhook")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer,webhook,advanced")
    private String httpComponent;
    @UriParam(label = "consumer", defaultValue = "fail")
    private EventsGap eventsGap = EventsGap.fail;

    public String getTypes() {
        return types;
    }

    /**
     * The event types delivered, comma separated, exact (charge.succeeded) or with * for any run of characters
     * (customer.*); all when not set. stripe:webhook answers other events 2xx without delivering them; stripe:events
     * asks Stripe for these types only (at most 20).
     */
    public void setTypes(String types) {
        this.types = types;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    /**
     * The HTTP path stripe:webhook receives Stripe's POSTs on, served by the CamelContext's HTTP server
     * (platform-http, or the component named by httpComponent).
     */
    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    /**
     * The webhook endpoint's signing secret (whsec_...), required by stripe:webhook. While rolling the secret, give
     * the new and the old one comma separated: a request signed with either is accepted.
     */
    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public long getWebhookTolerance() {
        return webhookTolerance;
    }

    /**
     * How old the signed timestamp of a webhook request may be, in milliseconds or as a duration (300s, Stripe's
     * default): an older one is refused as a possible replay.
     */
    public void setWebhookTolerance(long webhookTolerance) {
        this.webhookTolerance = webhookTolerance;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Where stripe:webhook records the ids of the events the route completed, so that Stripe's retries and duplicate
     * deliveries reach the route once; in memory (the last 1000 events) when not set. Give a shared one
     * (camel-sql's JdbcMessageIdRepository, camel-infinispan's, ...) to deduplicate across restarts and instances.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public String getHttpComponent() {
        return httpComponent;
    }

    /**
     * The Camel component that serves stripe:webhook's HTTP path (one that implements RestConsumerFactory: jetty,
     * undertow, netty-http, servlet, ...). Not set: the REST configuration's component, else the only
     * RestConsumerFactory in the registry, else platform-http.
     */
    public void setHttpComponent(String httpComponent) {
        this.httpComponent = httpComponent;
    }

    public EventsGap getEventsGap() {
        return eventsGap;
    }

    /**
     * What stripe:events does when its stored position is older than the 30 days Stripe keeps events for, so that
     * events may be missing: fail (each poll fails and the health check is DOWN with the gap, until you choose),
     * oldest (accept the gap: go on from the oldest event Stripe still has) or now (accept the gap and everything
     * since: go on from now). Set oldest or now once, restart, and set it back to fail.
     */
    public void setEventsGap(EventsGap eventsGap) {
        this.eventsGap = eventsGap;
    }
}
