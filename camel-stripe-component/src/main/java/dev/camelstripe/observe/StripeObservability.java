package dev.camelstripe.observe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.client.ApiKeys;
import dev.camelstripe.client.RateLimiter;
import dev.camelstripe.client.StripeCallListener;
import dev.camelstripe.client.StripeClientSettings;
import dev.camelstripe.client.TimeSource;
import dev.camelstripe.consumer.PollState;
import dev.camelstripe.consumer.StripePollingConsumer;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One component's figures: its connections and triggers, read by the dev console and JMX, and published to
 * Micrometer when the application has a {@code MeterRegistry} in the Camel registry (found when the first endpoint
 * starts). Without one, or without the Micrometer jar, it keeps the figures for the console and JMX only.
 */
public final class StripeObservability {

    private static final Logger LOG = LoggerFactory.getLogger(StripeObservability.class);
    /** Progress of long polls is logged as the consumer's. */
    private static final Logger PROGRESS_LOG = LoggerFactory.getLogger(StripePollingConsumer.class);

    private final CamelContext context;
    private final Clock clock;
    private final TimeSource time;
    /** By connection: the key's fingerprint and the account, never the key. */
    private final Map<String, ConnectionStats> connections = new ConcurrentHashMap<>();
    private final List<TriggerStats> triggers = new CopyOnWriteArrayList<>();
    private final List<WebhookStats> webhooks = new CopyOnWriteArrayList<>();
    private volatile MetricsBinding metrics;

    public StripeObservability(CamelContext context, Clock clock, TimeSource time) {
        this.context = context;
        this.clock = clock;
        this.time = time;
    }

    /**
     * The listener of a client for {@code operation} on the connection of {@code settings}.
     *
     * @param alias   the connectionAlias option, or null
     * @param limiter the connection's throttle, or null when throttling is off
     */
    public StripeCallListener callListener(String operation, StripeClientSettings settings, String alias,
                                           RateLimiter limiter) {
        ConnectionStats connection = connection(settings, alias);
        connection.useLimiter(limiter);
        return connection.listenerFor(operation, metrics().calls(operation, connection));
    }

    /** The stats of a connection, made on first use. */
    public ConnectionStats connection(StripeClientSettings settings, String alias) {
        String fingerprint = ApiKeys.fingerprint(settings.apiKey());
        String key = fingerprint + "|" + settings.stripeAccount();
        return connections.computeIfAbsent(key, any -> {
            ConnectionStats made = new ConnectionStats(connectionName(settings, alias, fingerprint), clock);
            metrics().bind(made);
            return made;
        });
    }

    /** The alias, or the key's masked kind, 8 hex digits of its fingerprint and the account: never the key. */
    static String connectionName(StripeClientSettings settings, String alias, String fingerprint) {
        if (alias != null && !alias.isBlank()) {
            return alias.trim();
        }
        return ApiKeys.mask(settings.apiKey()) + ":" + fingerprint.substring(0, 8)
               + (settings.stripeAccount() == null ? "" : "/" + settings.stripeAccount());
    }

    /** The stats of a trigger consumer (its endpoint started), named by its route. */
    public TriggerStats trigger(StripePollingConsumer consumer) {
        StripeEndpoint endpoint = consumer.getEndpoint();
        String route = consumer.getRouteId() != null ? consumer.getRouteId() : endpoint.describe();
        ConnectionStats connection = connection(endpoint.getClient().getSettings(),
                endpoint.getConfiguration().getConnectionAlias());
        return trigger(route, consumer.getTrigger().operation().name(), connection.name(), consumer::getState);
    }

    /** A trigger's stats, listed until {@link #remove(TriggerStats)}. */
    public TriggerStats trigger(String name, String operation, String connection, Supplier<PollState> position) {
        TriggerStats trigger = new TriggerStats(name, operation, connection, position, clock, time, PROGRESS_LOG);
        triggers.add(trigger);
        metrics().bind(trigger, name);
        return trigger;
    }

    public void remove(TriggerStats trigger) {
        if (triggers.remove(trigger)) {
            metrics().unbind(trigger);
        }
    }

    /** A webhook endpoint's stats, named by its route, listed until {@link #remove(WebhookStats)}. */
    public WebhookStats webhook(String name, String path) {
        WebhookStats webhook = new WebhookStats(name, path, clock);
        webhooks.add(webhook);
        metrics().bind(webhook);
        return webhook;
    }

    public void remove(WebhookStats webhook) {
        if (webhooks.remove(webhook)) {
            metrics().unbind(webhook);
        }
    }

    public List<WebhookStats> webhooks() {
        return List.copyOf(webhooks);
    }

    public List<ConnectionStats> connections() {
        List<ConnectionStats> all = new ArrayList<>(connections.values());
        all.sort((a, b) -> a.name().compareTo(b.name()));
        return all;
    }

    public List<TriggerStats> triggers() {
        return List.copyOf(triggers);
    }

    /** Whether meters are published (a MeterRegistry was found). */
    public boolean publishesMetrics() {
        return metrics() != MetricsBinding.NONE;
    }

    private MetricsBinding metrics() {
        MetricsBinding current = metrics;
        if (current == null) {
            synchronized (this) {
                current = metrics;
                if (current == null) {
                    current = findMetrics();
                    metrics = current;
                }
            }
        }
        return current;
    }

    /** Micrometer's classes are only touched once it is known to be there. */
    private MetricsBinding findMetrics() {
        if (!MicrometerPresence.onClasspath(getClass().getClassLoader())) {
            LOG.debug("No Micrometer on the classpath: the stripe component publishes no meters");
            return MetricsBinding.NONE;
        }
        MetricsBinding found = MicrometerBinding.find(context);
        return found == null ? MetricsBinding.NONE : found;
    }
}
