package dev.camelstripe.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstripe.client.StripeEventsGapException;
import dev.camelstripe.model.Event;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.webhook.EventTypes;
import dev.camelstripe.webhook.EventsConfiguration.EventsGap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code stripe:events} adds to a trigger: the {@code types} filter, sent to Stripe where its list filter can
 * take it and always applied to what it lists, and Stripe's 30-day window, kept honestly: a position older than it
 * (the events after it may be gone) fails the poll until the route accepts the gap ({@code eventsGap}).
 */
final class EventsWindow {

    /** Stripe lists events "going back up to 30 days" (API reference, List all events). */
    static final Duration RETENTION = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(EventsWindow.class);

    private final EventTypes types;
    private final EventsGap gapPolicy;
    private final String stateKey;

    EventsWindow(EventTypes types, EventsGap gapPolicy, String stateKey) {
        this.types = types;
        this.gapPolicy = gapPolicy;
        this.stateKey = stateKey;
    }

    /**
     * The list parameters with the types filter: one pattern as {@code type} (which takes {@code *}), several exact
     * ones as {@code types} (up to 20); several with a wildcard, or more than 20, are filtered here only.
     */
    Map<String, Object> listParameters(Map<String, Object> routes, String where) {
        if (routes.containsKey("type") || routes.containsKey("types")) {
            throw new IllegalArgumentException(where + ": choose the event types with the types option, not with"
                                               + " list.type or list.types");
        }
        Map<String, Object> parameters = new LinkedHashMap<>(routes);
        if (types.patterns().size() == 1) {
            parameters.put("type", types.patterns().get(0));
        } else if (!types.isAll() && !types.hasWildcard() && types.patterns().size() <= EventTypes.STRIPE_LIMIT) {
            parameters.put("types", types.patterns());
        } else if (!types.isAll()) {
            LOG.info("{}: Stripe's list filter takes one type with *, or up to {} exact types; types {} are"
                     + " filtered as they are listed", where, EventTypes.STRIPE_LIMIT, types);
        }
        return parameters;
    }

    /** Whether the route wants this listed event (the filter Stripe may not have applied). */
    boolean wants(StripeObject object) {
        return types.matches(((Event) object).getType());
    }

    /**
     * The position to poll from: {@code position} while Stripe still keeps the events after it; else the gap is
     * reported (the default), or accepted as the route chose, returning the position to go on from.
     *
     * @param now Stripe's clock, as the host knows it
     */
    PollState window(PollState position, Instant now, long hostMillis) {
        Long second = position.hasCursor() ? position.cursorCreated() : position.startedAt();
        Instant oldestKept = now.minus(RETENTION);
        if (second == null || second >= oldestKept.getEpochSecond()) {
            return position;
        }
        Instant stoppedAt = Instant.ofEpochSecond(second);
        switch (gapPolicy) {
            case oldest:
                LOG.warn("stripe:events (state key '{}'): events from {} to {} may be gone (Stripe keeps {} days);"
                         + " eventsGap=oldest: going on from {}", stateKey, stoppedAt, oldestKept, RETENTION.toDays(),
                        oldestKept);
                return PollState.startingAt(oldestKept.getEpochSecond());
            case now:
                LOG.warn("stripe:events (state key '{}'): events from {} until now are skipped (Stripe keeps {} days);"
                         + " eventsGap=now: going on from now", stateKey, stoppedAt, RETENTION.toDays());
                return PollState.startingNow(hostMillis);
            default:
                throw new StripeEventsGapException(stateKey, stoppedAt, oldestKept, RETENTION);
        }
    }
}
