package dev.camelstripe.observe;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularDataSupport;
import javax.management.openmbean.TabularType;

import dev.camelstripe.client.RateLimiter;
import dev.camelstripe.client.StripeWebhookException.Reason;
import dev.camelstripe.client.WalkProgress;
import dev.camelstripe.webhook.WebhookOutcome;

/**
 * The figures of a connection, a trigger and a webhook endpoint, by name, as the dev console's JSON and JMX both
 * show them: one list, so the two cannot drift. Names follow the console's JSON (camelCase); times are ISO-8601
 * strings.
 */
public final class Figures {

    /** A connection's figures and their JMX types, in display order. */
    static final Map<String, OpenType<?>> CONNECTION = columns(
            "connection", SimpleType.STRING, "limit", SimpleType.INTEGER, "periodMillis", SimpleType.LONG,
            "permitsInUse", SimpleType.INTEGER, "permitsResting", SimpleType.INTEGER,
            "permitsAvailable", SimpleType.INTEGER, "waiters", SimpleType.INTEGER, "requests", SimpleType.LONG,
            "failedRequests", SimpleType.LONG, "retries", SimpleType.LONG, "rateLimited", SimpleType.LONG,
            "last429At", SimpleType.STRING, "last429Operation", SimpleType.STRING, "last429Reason", SimpleType.STRING,
            "throttleWaits", SimpleType.LONG, "throttleWaitedMillis", SimpleType.LONG,
            "throttleRefusals", SimpleType.LONG);

    private Figures() {
    }

    private static Map<String, OpenType<?>> columns(Object... pairs) {
        Map<String, OpenType<?>> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (OpenType<?>) pairs[i + 1]);
        }
        return columns;
    }

    public static Map<String, Object> of(ConnectionStats connection) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("connection", connection.name());
        RateLimiter.Snapshot throttle = connection.throttle();
        figures.put("limit", throttle == null ? null : throttle.limit());
        figures.put("periodMillis", throttle == null ? null : throttle.period().toMillis());
        figures.put("permitsInUse", throttle == null ? null : throttle.inUse());
        figures.put("permitsResting", throttle == null ? null : throttle.resting());
        figures.put("permitsAvailable", throttle == null ? null : throttle.available());
        figures.put("waiters", throttle == null ? null : throttle.waiters());
        figures.put("requests", connection.requests());
        figures.put("failedRequests", connection.failedRequests());
        figures.put("retries", connection.retries());
        figures.put("rateLimited", connection.rateLimited());
        ConnectionStats.RateLimited last = connection.last429();
        figures.put("last429At", last == null ? null : last.at().toString());
        figures.put("last429Operation", last == null ? null : last.operation());
        figures.put("last429Reason", last == null ? null : last.reason());
        figures.put("throttleWaits", connection.throttleWaits());
        figures.put("throttleWaitedMillis", connection.throttleWaited().toMillis());
        figures.put("throttleRefusals", connection.throttleRefusals());
        return figures;
    }

    public static Map<String, Object> of(TriggerStats trigger) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("route", trigger.name());
        figures.put("operation", trigger.operation());
        figures.put("connection", trigger.connection());
        figures.put("position", trigger.position());
        figures.put("lastPollAt", text(trigger.lastPollAt()));
        figures.put("lastPollOutcome", trigger.lastOutcome() == null ? null : trigger.lastOutcome().name());
        figures.put("lastPollError", trigger.lastError());
        figures.put("lagSeconds", trigger.lagSeconds());
        figures.put("newestCreated", text(trigger.newestCreated()));
        figures.put("stripeNow", text(trigger.stripeNow()));
        figures.put("consecutiveFailures", trigger.consecutiveFailures());
        figures.put("polls", trigger.polls());
        figures.put("failedPolls", trigger.failedPolls());
        figures.put("listCalls", trigger.listCalls());
        figures.put("delivered", trigger.delivered());
        figures.put("deliveryFailures", trigger.failedDeliveries());
        figures.put("poisonObjectId", trigger.poisonId());
        figures.put("poisonAttempts", trigger.poisonAttempts());
        figures.put("progress", trigger.progress());
        WalkProgress.Snapshot walk = trigger.currentWalk();
        if (walk != null) {
            figures.put("walk", of(walk));
        }
        return figures;
    }

    public static Map<String, Object> of(WebhookStats webhook) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("route", webhook.name());
        figures.put("webhookPath", webhook.path());
        figures.put("received", webhook.received());
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            figures.put(camel(outcome), webhook.count(outcome));
        }
        Map<String, Object> refusals = new LinkedHashMap<>();
        for (Reason reason : Reason.values()) {
            refusals.put(camel(reason), webhook.refused(reason));
        }
        figures.put("refusals", refusals);
        figures.put("lastEventAt", text(webhook.lastEventAt()));
        figures.put("lastEventId", webhook.lastEventId());
        figures.put("lastEventType", webhook.lastEventType());
        figures.put("lastOutcome", webhook.lastOutcome() == null ? null : webhook.lastOutcome().name());
        figures.put("lastRefusalAt", text(webhook.lastRefusalAt()));
        figures.put("lastRefusal", webhook.lastRefusal() == null ? null : webhook.lastRefusal().name());
        figures.put("lagSeconds", webhook.lagSeconds());
        return figures;
    }

    /** {@code IN_FLIGHT} as {@code inFlight}: the console's names are camelCase. */
    static String camel(Enum<?> constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** The poll running now: how far it has come. */
    static Map<String, Object> of(WalkProgress.Snapshot walk) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("objects", walk.objects());
        figures.put("pages", walk.pages());
        figures.put("listCalls", walk.listCalls());
        figures.put("elapsedMillis", walk.elapsed().toMillis());
        figures.put("objectsPerSecond", walk.rate());
        figures.put("rangeFrom", text(walk.rangeFrom()));
        figures.put("rangeTo", text(walk.rangeTo()));
        figures.put("createdReached", text(walk.createdReached()));
        figures.put("fractionDone", walk.fractionDone());
        figures.put("estimatedLeftMillis", walk.estimatedLeft() == null ? null : walk.estimatedLeft().toMillis());
        return figures;
    }

    /** The connections as a JMX table, one row per connection. */
    public static TabularData table(List<ConnectionStats> connections) {
        try {
            String[] names = CONNECTION.keySet().toArray(new String[0]);
            OpenType<?>[] types = CONNECTION.values().toArray(new OpenType<?>[0]);
            CompositeType row = new CompositeType("StripeConnection", "A Stripe connection", names, names, types);
            TabularDataSupport table = new TabularDataSupport(
                    new TabularType("StripeConnections", "Stripe connections", row, new String[] { "connection" }));
            for (ConnectionStats connection : connections) {
                table.put(new CompositeDataSupport(row, of(connection)));
            }
            return table;
        } catch (OpenDataException wrongType) {
            throw new IllegalStateException(wrongType);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
