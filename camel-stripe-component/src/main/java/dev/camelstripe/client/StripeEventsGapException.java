package dev.camelstripe.client;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code stripe:events} cannot go on without a gap: its position is older than the time Stripe keeps events for
 * (30 days), so events after it may be gone from {@code GET /v1/events}. Each poll fails with this exception, and the
 * consumer's health check is DOWN with it, until the route chooses how to accept the gap (option {@code eventsGap}:
 * {@code oldest} or {@code now}), or recovers the missing objects another way (the object lists, by time).
 */
public class StripeEventsGapException extends StripeException {

    private final Instant position;
    private final Instant oldestKept;

    public StripeEventsGapException(String stateKey, Instant position, Instant oldestKept, Duration retention) {
        super("stripe:events (state key '" + stateKey + "') stopped at " + position + ", but Stripe keeps events for "
              + retention.toDays() + " days only: events from then until " + oldestKept + " may be gone. Nothing is"
              + " skipped silently: set eventsGap=oldest to go on from the oldest event Stripe still has, or"
              + " eventsGap=now to go on from now, and catch up on the objects of the gap through their lists (the"
              + " triggers with startFrom=" + position.getEpochSecond() + ")", null);
        this.position = position;
        this.oldestKept = oldestKept;
    }

    /** When the last delivered (or the requested first) event was created. */
    public Instant getPosition() {
        return position;
    }

    /** The oldest creation time Stripe still keeps events of, when the gap was found. */
    public Instant getOldestKept() {
        return oldestKept;
    }
}
