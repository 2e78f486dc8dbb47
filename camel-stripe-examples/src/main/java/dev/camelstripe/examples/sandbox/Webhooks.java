package dev.camelstripe.examples.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every event to the webhook endpoints that want it, as Stripe does (docs.stripe.com/webhooks): a
 * {@code POST} of the event's JSON with {@code Stripe-Signature} ({@link WebhookSignature}), retried with back-off
 * while the endpoint answers other than 2xx or not within the timeout; at least once, so an endpoint that answers too
 * late sees the event again. Endpoints are registered here (or with {@code POST /v1/webhook_endpoints}); their
 * {@code whsec_} secret is shown once, at registration, and a rolled secret keeps signing, next to the new one, until
 * it expires. Deliveries run on their own threads, never under the stores' lock.
 */
public final class Webhooks implements EventLog.Subscriber, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);

    /** Stripe's limit of webhook endpoints per account and mode. */
    public static final int MAX_ENDPOINTS = 16;

    /**
     * How deliveries are retried: each attempt waits {@code timeout} for an answer; after a failed attempt the next
     * waits the next of {@code retryDelays}, and when they run out the event is given up for that endpoint.
     */
    public record Settings(Duration timeout, List<Duration> retryDelays) {

        /**
         * Stripe retries test-mode deliveries "three times over a few hours"; the sandbox retries three times within
         * three minutes, so the demo shows it, and waits 10 s for an answer.
         */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(10),
                List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2)));
    }

    /**
     * One delivery attempt, as the dashboard's log shows it.
     *
     * @param status the HTTP status answered, 0 when none came (refused, timed out)
     * @param error  why no answer came, else null
     */
    public record Delivery(String eventId, String endpointId, int attempt, int status, String error) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private record Secret(String value, long expiresAt) {
    }

    private final ResourceStore endpoints;
    private final ResourceStore events;
    private final Clock clock;
    private final Map<String, List<Secret>> secrets = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.DEFAULT);
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "stripe-sandbox-webhooks");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().executor(scheduler)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Webhooks(StoreContext context, ResourceStore events) {
        this.endpoints = new ResourceStore(context, "webhook_endpoint", "we", "created", Webhooks::endpoint,
                ResourceStore.EventTypes.NONE);
        this.events = events;
        this.clock = context.clock;
    }

    public ResourceStore endpoints() {
        return endpoints;
    }

    public Webhooks settings(Settings settings) {
        this.settings.set(settings);
        return this;
    }

    /**
     * Registers an endpoint for the event types given ({@code *} for all).
     *
     * @return the endpoint, with its signing {@code secret}: the only time it is shown
     */
    public Map<String, Object> register(String url, List<String> enabledEvents) {
        return register(ShopObjects.map("url", url, "enabled_events", new ArrayList<>(enabledEvents)), newSecret());
    }

    /**
     * Registers an endpoint that signs with a secret chosen in advance, so that the application receiving the
     * events can be configured with it before the sandbox starts (on Stripe the secret is always generated).
     *
     * @param secret a {@code whsec_…} signing secret
     */
    public Map<String, Object> register(String url, List<String> enabledEvents, String secret) {
        if (secret == null || !secret.matches("whsec_[0-9A-Za-z_+/=-]{8,}")) {
            throw new IllegalArgumentException("A webhook signing secret is whsec_ followed by at least 8 letters "
                    + "or digits");
        }
        return register(ShopObjects.map("url", url, "enabled_events", new ArrayList<>(enabledEvents)), secret);
    }

    Map<String, Object> register(Map<String, Object> fields) {
        return register(fields, newSecret());
    }

    private Map<String, Object> register(Map<String, Object> fields, String secret) {
        return endpoints.atomically(() -> {
            if (endpoints.count() >= MAX_ENDPOINTS) {
                throw StripeError.invalid(null, "url", "You have reached the maximum of " + MAX_ENDPOINTS
                        + " test webhook endpoints.");
            }
            Map<String, Object> endpoint = endpoints.create(fields);
            secrets.put((String) endpoint.get("id"), new ArrayList<>(List.of(new Secret(secret, Long.MAX_VALUE))));
            endpoint.put("secret", secret);
            return endpoint;
        });
    }

    /**
     * Rolls an endpoint's secret: the new one signs from now on, the old ones keep signing too until
     * {@code overlap} has passed (the dashboard offers up to 24 hours), so every delivery meanwhile carries one
     * {@code v1} per secret.
     *
     * @return the new secret
     */
    public String rollSecret(String endpointId, Duration overlap) {
        endpoints.live(endpointId, "id");
        long until = clock.millis() + overlap.toMillis();
        String secret = newSecret();
        secrets.compute(endpointId, (id, old) -> {
            List<Secret> rolled = new ArrayList<>(List.of(new Secret(secret, Long.MAX_VALUE)));
            old.forEach(s -> rolled.add(new Secret(s.value(), Math.min(s.expiresAt(), until))));
            return rolled;
        });
        return secret;
    }

    /** Sends an event again to every endpoint that wants it now, as the dashboard's "Resend" does. */
    public void resend(String eventId) {
        Map<String, Object> event = events.get(eventId);
        for (Map<String, Object> endpoint : subscribers((String) event.get("type"))) {
            schedule(eventId, (String) endpoint.get("id"), 1, Duration.ZERO);
        }
    }

    /** Every attempt so far, oldest first. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    void deleted(String endpointId) {
        secrets.remove(endpointId);
    }

    @Override
    public int endpointsFor(String type) {
        return subscribers(type).size();
    }

    @Override
    public void published(Map<String, Object> event) {
        for (Map<String, Object> endpoint : subscribers((String) event.get("type"))) {
            schedule((String) event.get("id"), (String) endpoint.get("id"), 1, Duration.ZERO);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> subscribers(String type) {
        return endpoints.where(e -> "enabled".equals(e.get("status"))
                && ((List<String>) e.get("enabled_events")).stream()
                        .anyMatch(wanted -> "*".equals(wanted) || wanted.equals(type)));
    }

    private void schedule(String eventId, String endpointId, int attempt, Duration delay) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> attempt(eventId, endpointId, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt(String eventId, String endpointId, int attempt) {
        Map<String, Object> endpoint = endpoints.find(endpointId).orElse(null);
        Map<String, Object> event = events.find(eventId).orElse(null);
        if (endpoint == null || event == null || Boolean.TRUE.equals(endpoint.get("deleted"))) {
            return; // deleted, or past the 30 days events are kept
        }
        String body = SandboxJson.write(event);
        Settings current = settings.get();
        HttpRequest request = HttpRequest.newBuilder(URI.create((String) endpoint.get("url")))
                .timeout(current.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Stripe-Signature", WebhookSignature.header(clock.instant().getEpochSecond(), body,
                        activeSecrets(endpointId)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            Delivery delivery = new Delivery(eventId, endpointId, attempt, response == null ? 0 : response.statusCode(),
                    failure == null ? null : failure.getClass().getSimpleName() + ": " + failure.getMessage());
            synchronized (deliveries) {
                deliveries.add(delivery);
            }
            if (delivery.succeeded()) {
                delivered(eventId);
            } else if (attempt <= current.retryDelays().size()) {
                schedule(eventId, endpointId, attempt + 1, current.retryDelays().get(attempt - 1));
            } else {
                LOG.info("Gave up delivering {} to {} after {} attempts", eventId, endpoint.get("url"), attempt);
            }
        });
    }

    /** The event's {@code pending_webhooks} counts one endpoint fewer (a resent event does not go below 0). */
    private void delivered(String eventId) {
        try {
            events.update(eventId, e -> e.put("pending_webhooks",
                    Math.max(0, Payments.longOf(e, "pending_webhooks") - 1)), List.of());
        } catch (StripeError gone) {
            // the event passed its 30 days meanwhile
        }
    }

    private List<String> activeSecrets(String endpointId) {
        long now = clock.millis();
        return secrets.getOrDefault(endpointId, List.of()).stream().filter(s -> s.expiresAt() > now)
                .map(Secret::value).toList();
    }

    private static String newSecret() {
        return "whsec_" + Ids.random(32);
    }

    private static Map<String, Object> endpoint(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = ShopObjects.map("id", id, "object", "webhook_endpoint", "api_version", null,
                "application", null, "created", now, "description", null, "enabled_events", new ArrayList<>(),
                "livemode", false, "metadata", new LinkedHashMap<>(), "status", "enabled", "url", null);
        o.putAll(given);
        return o;
    }
}
