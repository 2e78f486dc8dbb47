package dev.camelstripe.webhook;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.client.StripeWebhookException;
import dev.camelstripe.client.StripeWebhookException.Reason;
import dev.camelstripe.consumer.StripePollingConsumer;
import dev.camelstripe.model.Event;
import dev.camelstripe.model.StripeJson;
import dev.camelstripe.observe.WebhookStats;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.CamelContextHelper;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code stripe:webhook}: receives Stripe's webhook POSTs on {@code webhookPath} through the CamelContext's HTTP
 * server (a {@link RestConsumerFactory}: platform-http, or the component the user names) and delivers each event once
 * to the route, as an {@link Event}.
 * <p>
 * Each request, in this order: the {@code Stripe-Signature} is verified over the raw body ({@link WebhookSignature})
 * and the body read as an event, else HTTP 400 and nothing else happens; an event of a type the route does not want
 * gets 200; one the route completed before gets 200 (its id is in the {@link IdempotentRepository}); one that this
 * instance is delivering right now gets 409, so that Stripe asks again later; any other is delivered, and the reply
 * waits for the route: 200 when it completed, 500 when it failed or rolled back, which makes Stripe send it again.
 */
@ManagedResource(description = "Stripe webhook endpoint")
public class StripeWebhookConsumer extends DefaultConsumer {

    /** The in-memory repository's size when the route gives none. */
    static final int MEMORY_EVENTS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookConsumer.class);

    private WebhookSignature signature;
    private EventTypes types;
    private IdempotentRepository repository;
    private WebhookDeduplication deduplication;
    private String path;
    private Consumer http;
    private volatile WebhookListener listener = WebhookListener.NONE;
    private volatile WebhookStats stats;

    public StripeWebhookConsumer(StripeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public StripeEndpoint getEndpoint() {
        return (StripeEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        StripeEndpoint endpoint = getEndpoint();
        EventsConfiguration options = endpoint.getEventsConfiguration();
        String where = endpoint.describe();
        List<String> secrets = secrets(options.getWebhookSecret());
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException(where + ": webhookSecret is required: the signing secret (whsec_...)"
                                               + " of the webhook endpoint, from Stripe's dashboard or stripe"
                                               + " listen; several comma separated while rolling it");
        }
        if (options.getWebhookTolerance() < 1000) {
            throw new IllegalArgumentException(where + ": webhookTolerance must be at least 1 second (Stripe's"
                                               + " default is 300s), was " + options.getWebhookTolerance() + " ms");
        }
        path = options.getWebhookPath() == null ? "" : options.getWebhookPath().trim();
        if (!path.startsWith("/") || path.contains("?") || path.contains("{")) {
            throw new IllegalArgumentException(where + ": webhookPath must be an HTTP path such as /stripe/webhook"
                                               + " (starting with /, no query or placeholder), was '" + path + "'");
        }
        signature = new WebhookSignature(secrets, Duration.ofMillis(options.getWebhookTolerance()),
                endpoint.getComponent().getClock());
        types = EventTypes.parse(options.getTypes(), where);
        repository = options.getIdempotentRepository() != null ? options.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(MEMORY_EVENTS);
        deduplication = new WebhookDeduplication(repository);
    }

    @Override
    protected void doStart() throws Exception {
        if (stats == null) { // kept across a stop and start of the route, so its figures go on counting
            stats = getEndpoint().getComponent().getObservability().webhook(
                    getRouteId() != null ? getRouteId() : getEndpoint().describe(), path);
            listener = stats;
        }
        ServiceHelper.startService(repository);
        CamelContext context = getEndpoint().getCamelContext();
        http = httpServer(context).createConsumer(context, new RequestHandler(), "POST", path, null, null, null,
                context.getRestConfiguration(), Map.of());
        ServiceHelper.startService(http);
        LOG.info("stripe:webhook receives Stripe events on POST {} (types: {})", path, types);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(http);
        http = null;
        ServiceHelper.stopService(repository);
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        super.doShutdown();
        if (stats != null) {
            getEndpoint().getComponent().getObservability().remove(stats);
        }
    }

    /** httpComponent, else the REST configuration's component, else the one RestConsumerFactory bound, else platform-http. */
    private RestConsumerFactory httpServer(CamelContext context) {
        String where = getEndpoint().describe();
        String name = getEndpoint().getEventsConfiguration().getHttpComponent();
        if (name == null || name.isBlank()) {
            name = context.getRestConfiguration().getComponent();
        }
        if (name != null && !name.isBlank()) {
            Component component = context.getComponent(name.trim(), true);
            if (component instanceof RestConsumerFactory factory) {
                return factory;
            }
            throw new IllegalArgumentException(where + ": the HTTP component '" + name + "' "
                                               + (component == null ? "is not on the classpath"
                                                       : "cannot serve HTTP requests (it is no RestConsumerFactory)"));
        }
        RestConsumerFactory bound = CamelContextHelper.findSingleByType(context, RestConsumerFactory.class);
        if (bound != null) {
            return bound;
        }
        if (context.getComponent("platform-http", true) instanceof RestConsumerFactory platformHttp) {
            return platformHttp;
        }
        throw new IllegalArgumentException(where + ": stripe:webhook needs an HTTP server in the CamelContext: add"
                                           + " camel-platform-http-vertx (Camel Main, JBang), use Camel Quarkus or"
                                           + " Spring Boot's platform-http, or set httpComponent to a component"
                                           + " such as jetty, undertow or servlet");
    }

    private static List<String> secrets(String option) {
        List<String> secrets = new ArrayList<>();
        if (option != null) {
            for (String secret : option.split(",")) {
                if (!secret.isBlank()) {
                    secrets.add(secret.trim());
                }
            }
        }
        return secrets;
    }

    /** Reads a verified body as an event, or refuses it. */
    static Event readEvent(byte[] body) {
        Event event;
        try {
            event = StripeJson.read(body, Event.class);
        } catch (IOException | RuntimeException e) {
            throw new StripeWebhookException(Reason.NOT_AN_EVENT, "not a JSON object");
        }
        if (event == null || !"event".equals(event.getObject()) || isBlank(event.getId())
            || isBlank(event.getType())) {
            throw new StripeWebhookException(Reason.NOT_AN_EVENT, null);
        }
        return event;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** What this endpoint received, or null before it first started. */
    public WebhookStats getStats() {
        return stats;
    }

    // JMX: what the dev console shows of this endpoint (see docs/observability.md)

    @ManagedAttribute(description = "The HTTP path it receives Stripe's events on")
    public String getWebhookPath() {
        return path;
    }

    @ManagedAttribute(description = "Requests answered since the route started")
    public long getReceived() {
        return stats == null ? 0 : stats.received();
    }

    @ManagedAttribute(description = "Events the route completed")
    public long getDelivered() {
        return count(WebhookOutcome.DELIVERED);
    }

    @ManagedAttribute(description = "Events the route failed on or rolled back (answered 500)")
    public long getFailed() {
        return count(WebhookOutcome.FAILED);
    }

    @ManagedAttribute(description = "Requests for events the route completed before, acknowledged again")
    public long getDuplicate() {
        return count(WebhookOutcome.DUPLICATE);
    }

    @ManagedAttribute(description = "Requests refused with 400 (signature, timestamp, not an event)")
    public long getRefused() {
        return count(WebhookOutcome.REFUSED);
    }

    @ManagedAttribute(description = "The id of the last event received")
    public String getLastEventId() {
        return stats == null ? null : stats.lastEventId();
    }

    @ManagedAttribute(description = "Why the last refused request was refused")
    public String getLastRefusal() {
        return stats == null || stats.lastRefusal() == null ? null : stats.lastRefusal().name();
    }

    @ManagedAttribute(description = "Seconds between the last delivered event's created and its arrival")
    public Long getLagSeconds() {
        return stats == null ? null : stats.lagSeconds();
    }

    private long count(WebhookOutcome outcome) {
        return stats == null ? 0 : stats.count(outcome);
    }

    /** One HTTP request from Stripe; the reply is written when the route is done with the event. */
    private final class RequestHandler extends AsyncProcessorSupport {

        @Override
        public boolean process(Exchange request, AsyncCallback callback) {
            Event event;
            try {
                byte[] body = request.getMessage().getBody(byte[].class);
                signature.verify(request.getMessage().getHeader(WebhookSignature.HEADER, String.class),
                        body == null ? new byte[0] : body);
                event = readEvent(body == null ? new byte[0] : body);
            } catch (StripeWebhookException refused) {
                LOG.warn("stripe:webhook POST {}: refused with 400: {}", path, refused.getMessage());
                listener.answered(WebhookOutcome.REFUSED, null, refused.getReason());
                return reply(request, WebhookOutcome.REFUSED, "Refused: " + refused.getReason().description(),
                        callback);
            }
            String id = event.getId();
            if (!types.matches(event.getType())) {
                LOG.debug("stripe:webhook: {} is a {}, not among types {}: acknowledged, not delivered", id,
                        event.getType(), types);
                return reply(request, event, WebhookOutcome.IGNORED, "Ignored: not among this endpoint's types",
                        callback);
            }
            WebhookDeduplication.Claim claim;
            try {
                claim = deduplication.claim(id);
            } catch (RuntimeException repositoryDown) {
                LOG.warn("stripe:webhook: the idempotent repository failed for {}: answered 503, Stripe retries", id,
                        repositoryDown);
                return reply(request, event, WebhookOutcome.UNAVAILABLE, "Try again later", callback);
            }
            switch (claim) {
                case DONE:
                    LOG.debug("stripe:webhook: {} was delivered before: acknowledged again", id);
                    return reply(request, event, WebhookOutcome.DUPLICATE, "Duplicate: delivered before", callback);
                case IN_FLIGHT:
                    LOG.debug("stripe:webhook: {} is being delivered now: answered 409, Stripe retries", id);
                    return reply(request, event, WebhookOutcome.IN_FLIGHT, "Being delivered: try again later",
                            callback);
                default:
                    return deliver(request, event, callback);
            }
        }

        private boolean deliver(Exchange request, Event event, AsyncCallback callback) {
            Exchange exchange = createExchange(false);
            EventMessages.fill(exchange.getMessage(), event);
            AsyncCallback routeDone = doneSync -> {
                Throwable failure = StripePollingConsumer.failureOf(exchange);
                if (failure == null) {
                    deduplication.completed(event.getId());
                    answer(request, WebhookOutcome.DELIVERED, "Delivered");
                    listener.answered(WebhookOutcome.DELIVERED, event, null);
                } else {
                    deduplication.failed(event.getId());
                    LOG.warn("stripe:webhook: the route failed on {} ({}) with {}: answered 500, so Stripe sends it"
                             + " again", event.getId(), event.getType(), failure.getClass().getName());
                    answer(request, WebhookOutcome.FAILED, "The route failed: send it again");
                    listener.answered(WebhookOutcome.FAILED, event, null);
                }
                releaseExchange(exchange, false);
                callback.done(doneSync);
            };
            try {
                return getAsyncProcessor().process(exchange, routeDone);
            } catch (Throwable e) {
                exchange.setException(e);
                routeDone.done(true);
                return true;
            }
        }

        /** Answers a request about an event without delivering it. */
        private boolean reply(Exchange request, Event event, WebhookOutcome outcome, String text,
                              AsyncCallback callback) {
            listener.answered(outcome, event, null);
            return reply(request, outcome, text, callback);
        }

        private boolean reply(Exchange request, WebhookOutcome outcome, String text, AsyncCallback callback) {
            answer(request, outcome, text);
            callback.done(true);
            return true;
        }

        /** The reply replaces the request's message: none of Stripe's headers are echoed back. */
        private void answer(Exchange request, WebhookOutcome outcome, String text) {
            Message reply = request.getMessage();
            reply.getHeaders().clear();
            reply.setHeader(Exchange.HTTP_RESPONSE_CODE, outcome.status());
            reply.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            reply.setBody(text);
        }
    }
}
