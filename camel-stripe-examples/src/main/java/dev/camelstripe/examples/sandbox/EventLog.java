package dev.camelstripe.examples.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns every change a store makes into a Stripe Event ({@code evt_…}) in the events store, newest first and kept
 * for Stripe's 30 days, and hands each new event to its subscriber (the webhook deliveries). An event holds the object
 * as it was right after the change, {@code previous_attributes} on {@code *.updated} events (Stripe documents the
 * field for those only; stripe-node's {@code Event.Data}), and the request that caused it, with its idempotency key
 * ({@code {"id": null, "idempotency_key": null}} for a change no API request made, as on Stripe's automatic events).
 */
public final class EventLog implements StoreContext.ChangeRecorder {

    /** The API version events are rendered in: the sandbox's objects are shaped as of this version. */
    public static final String API_VERSION = "2024-06-20";

    /** "We only guarantee access to events through the Retrieve Event API for 30 days" (Stripe's Event docs). */
    public static final Duration RETENTION = Duration.ofDays(30);

    /** Who learns of each event: how many webhook endpoints want one type, and each new event. */
    interface Subscriber {
        int endpointsFor(String type);

        void published(Map<String, Object> event);
    }

    private final ResourceStore events;
    private volatile Subscriber subscriber = new Subscriber() {
        @Override
        public int endpointsFor(String type) {
            return 0;
        }

        @Override
        public void published(Map<String, Object> event) {
        }
    };

    EventLog(StoreContext context) {
        this.events = new ResourceStore(context, "event", "evt", "created", EventLog::event,
                ResourceStore.EventTypes.NONE).retainFor(RETENTION);
    }

    void subscribe(Subscriber subscriber) {
        this.subscriber = subscriber;
    }

    /** The events store: what {@code /v1/events} serves. */
    public ResourceStore events() {
        return events;
    }

    @Override
    public void record(String type, Map<String, Object> object, Map<String, Object> previous) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", object);
        if (previous != null && type.endsWith(".updated")) {
            data.put("previous_attributes", previousAttributes(previous, object));
        }
        RequestOrigin.Origin origin = RequestOrigin.current();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("data", data);
        fields.put("pending_webhooks", (long) subscriber.endpointsFor(type));
        fields.put("request", ShopObjects.map("id", origin == null ? null : origin.id(),
                "idempotency_key", origin == null ? null : origin.idempotencyKey()));
        fields.put("type", type);
        subscriber.published(events.create(fields));
    }

    /**
     * The values the changed attributes had before: a changed hash lists only its changed keys (a key that was absent
     * as null), anything else its whole former value.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> previousAttributes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> previous = new LinkedHashMap<>();
        before.forEach((key, old) -> {
            Object now = after.get(key);
            if (!Objects.equals(old, now)) {
                previous.put(key, old instanceof Map && now instanceof Map
                        ? previousAttributes((Map<String, Object>) old, (Map<String, Object>) now) : old);
            }
        });
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(key -> previous.put(key, null));
        return previous;
    }

    private static Map<String, Object> event(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = ShopObjects.map("id", id, "object", "event", "api_version", API_VERSION,
                "created", now, "data", null, "livemode", false, "pending_webhooks", 0L, "request", null,
                "type", null);
        o.putAll(given);
        return o;
    }
}
