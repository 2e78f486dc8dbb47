package dev.camelstripe.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelstripe.client.RateLimiter;
import dev.camelstripe.client.StripeCallListener;
import dev.camelstripe.client.StripeWebhookException.Reason;
import dev.camelstripe.webhook.WebhookOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's meters in the application's {@link MeterRegistry}. The only class that names Micrometer: it is
 * loaded only once {@link MicrometerPresence} found the jar. docs/observability.md lists every meter; a test keeps
 * it in step with {@link #METERS}.
 */
final class MicrometerBinding implements MetricsBinding {

    static final String REQUESTS = "stripe.client.requests";
    static final String RETRIES = "stripe.client.retries";
    static final String RATE_LIMITED = "stripe.client.rate.limited";
    static final String THROTTLE_WAITS = "stripe.throttle.waits";
    static final String THROTTLE_REFUSALS = "stripe.throttle.refusals";
    static final String PERMITS_IN_USE = "stripe.throttle.permits.in.use";
    static final String PERMITS_LIMIT = "stripe.throttle.permits.limit";
    static final String WAITERS = "stripe.throttle.waiters";
    static final String POLLS = "stripe.trigger.polls";
    static final String LIST_CALLS = "stripe.trigger.list.calls";
    static final String DELIVERED = "stripe.trigger.delivered";
    static final String DELIVERY_FAILURES = "stripe.trigger.delivery.failures";
    static final String LAG = "stripe.trigger.lag";
    static final String CONSECUTIVE_FAILURES = "stripe.trigger.consecutive.failures";
    static final String WEBHOOK_EVENTS = "stripe.webhook.events";
    static final String WEBHOOK_REFUSED = "stripe.webhook.refused";
    static final String WEBHOOK_LAG = "stripe.webhook.lag";
    /** Every meter, with its tags: what docs/observability.md must list. */
    static final Map<String, List<String>> METERS = Map.ofEntries(
            Map.entry(REQUESTS, List.of("operation", "connection", "status", "outcome", "error.type")),
            Map.entry(RETRIES, List.of("operation", "connection", "status")),
            Map.entry(RATE_LIMITED, List.of("operation", "connection", "reason")),
            Map.entry(THROTTLE_WAITS, List.of("operation", "connection")),
            Map.entry(THROTTLE_REFUSALS, List.of("operation", "connection")),
            Map.entry(PERMITS_IN_USE, List.of("connection")),
            Map.entry(PERMITS_LIMIT, List.of("connection")),
            Map.entry(WAITERS, List.of("connection")),
            Map.entry(POLLS, List.of("route", "operation", "connection", "outcome")),
            Map.entry(LIST_CALLS, List.of("route", "operation", "connection")),
            Map.entry(DELIVERED, List.of("route", "operation", "connection")),
            Map.entry(DELIVERY_FAILURES, List.of("route", "operation", "connection")),
            Map.entry(LAG, List.of("route", "operation", "connection")),
            Map.entry(CONSECUTIVE_FAILURES, List.of("route", "operation", "connection")),
            Map.entry(WEBHOOK_EVENTS, List.of("route", "outcome")),
            Map.entry(WEBHOOK_REFUSED, List.of("route", "reason")),
            Map.entry(WEBHOOK_LAG, List.of("route")));

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerBinding.class);

    private final MeterRegistry registry;
    private final Map<Object, List<Meter>> boundMeters = new ConcurrentHashMap<>();

    MicrometerBinding(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * The binding to the registry's {@link MeterRegistry}, or null when it has none. With several, a composite one
     * wins (Spring Boot's global registry), else the first found.
     */
    static MetricsBinding find(CamelContext context) {
        Set<MeterRegistry> found = context.getRegistry().findByType(MeterRegistry.class);
        if (found.isEmpty()) {
            LOG.debug("No MeterRegistry in the Camel registry: the stripe component publishes no meters");
            return null;
        }
        MeterRegistry chosen = found.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst()
                .orElse(found.iterator().next());
        LOG.debug("The stripe component publishes its meters to {}", chosen.getClass().getName());
        return new MicrometerBinding(chosen);
    }

    @Override
    public StripeCallListener calls(String operation, ConnectionStats connection) {
        Tags tags = Tags.of("operation", operation, "connection", connection.name());
        Timer waits = Timer.builder(THROTTLE_WAITS).description("Time calls waited for a throttle permit")
                .tags(tags).register(registry);
        Counter refusals = Counter.builder(THROTTLE_REFUSALS)
                .description("Calls the throttle refused (rateLimitMaxWait); nothing was sent").tags(tags)
                .register(registry);
        return new StripeCallListener() {
            @Override
            public void attempted(int status, String errorType, String rateLimitedReason, Duration latency) {
                Timer.builder(REQUESTS).description("HTTP attempts to Stripe, retries included").tags(tags)
                        .tag("status", TagValues.status(status))
                        .tag("outcome", TagValues.outcome(status))
                        .tag("error.type", TagValues.errorType(status, errorType))
                        .register(registry).record(latency);
                if (status == 429) {
                    Counter.builder(RATE_LIMITED).description("Answers 429, by Stripe-Rate-Limited-Reason")
                            .tags(tags).tag("reason", TagValues.rateLimitedReason(rateLimitedReason))
                            .register(registry).increment();
                }
            }

            @Override
            public void retried(int status) {
                Counter.builder(RETRIES).description("Attempts tried again, by the status of the failed one")
                        .tags(tags).tag("status", TagValues.status(status)).register(registry)
                        .increment();
            }

            @Override
            public void throttleWaited(Duration waited) {
                waits.record(waited);
            }

            @Override
            public void throttleRefused() {
                refusals.increment();
            }
        };
    }

    @Override
    public void bind(ConnectionStats connection) {
        Tags tags = Tags.of("connection", connection.name());
        Gauge.builder(PERMITS_IN_USE, connection, c -> throttle(c, RateLimiter.Snapshot::inUse))
                .description("Throttle permits held by calls running now").tags(tags).register(registry);
        Gauge.builder(PERMITS_LIMIT, connection, c -> throttle(c, RateLimiter.Snapshot::limit))
                .description("Calls allowed per rateLimitPeriod").tags(tags).register(registry);
        Gauge.builder(WAITERS, connection, c -> throttle(c, RateLimiter.Snapshot::waiters))
                .description("Calls queued for a throttle permit").tags(tags).register(registry);
    }

    private static double throttle(ConnectionStats connection,
                                   java.util.function.ToIntFunction<RateLimiter.Snapshot> figure) {
        RateLimiter.Snapshot snapshot = connection.throttle();
        return snapshot == null ? Double.NaN : figure.applyAsInt(snapshot);
    }

    @Override
    public void bind(TriggerStats trigger, String route) {
        Tags tags = Tags.of("route", route, "operation", trigger.operation(), "connection", trigger.connection());
        List<Meter> meters = List.of(
                FunctionCounter.builder(POLLS, trigger, t -> t.polls() - t.failedPolls())
                        .description("Polls of the trigger").tags(tags).tag("outcome", "success").register(registry),
                FunctionCounter.builder(POLLS, trigger, TriggerStats::failedPolls)
                        .description("Polls of the trigger").tags(tags).tag("outcome", "failure").register(registry),
                FunctionCounter.builder(LIST_CALLS, trigger, TriggerStats::listCalls)
                        .description("List calls the trigger made").tags(tags).register(registry),
                FunctionCounter.builder(DELIVERED, trigger, TriggerStats::delivered)
                        .description("Objects delivered (exchange completed, position saved)").tags(tags)
                        .register(registry),
                FunctionCounter.builder(DELIVERY_FAILURES, trigger, TriggerStats::failedDeliveries)
                        .description("Deliveries that failed or were rolled back").tags(tags).register(registry),
                Gauge.builder(LAG, trigger, TriggerStats::lagSecondsOrNaN).baseUnit("seconds")
                        .description("Stripe's clock minus the created of the newest object delivered")
                        .tags(tags).register(registry),
                Gauge.builder(CONSECUTIVE_FAILURES, trigger, t -> t.consecutiveFailures())
                        .description("Polls in a row that failed or stopped on a failed delivery").tags(tags)
                        .register(registry));
        boundMeters.put(trigger, meters);
    }

    @Override
    public void unbind(TriggerStats trigger) {
        remove(trigger);
    }

    @Override
    public void bind(WebhookStats webhook) {
        Tags tags = Tags.of("route", webhook.name());
        List<Meter> meters = new ArrayList<>();
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            meters.add(FunctionCounter.builder(WEBHOOK_EVENTS, webhook, w -> w.count(outcome))
                    .description("Webhook requests, by what became of them").tags(tags)
                    .tag("outcome", TagValues.name(outcome)).register(registry));
        }
        for (Reason reason : Reason.values()) {
            meters.add(FunctionCounter.builder(WEBHOOK_REFUSED, webhook, w -> w.refused(reason))
                    .description("Webhook requests refused with 400, by reason").tags(tags)
                    .tag("reason", TagValues.name(reason)).register(registry));
        }
        meters.add(Gauge.builder(WEBHOOK_LAG, webhook, WebhookStats::lagSecondsOrNaN).baseUnit("seconds")
                .description("Arrival of the last delivered event minus its created, on this host's clock")
                .tags(tags).register(registry));
        boundMeters.put(webhook, meters);
    }

    @Override
    public void unbind(WebhookStats webhook) {
        remove(webhook);
    }

    private void remove(Object stats) {
        List<Meter> meters = boundMeters.remove(stats);
        if (meters != null) {
            meters.forEach(registry::remove);
        }
    }
}
