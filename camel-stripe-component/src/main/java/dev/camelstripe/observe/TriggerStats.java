package dev.camelstripe.observe;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import dev.camelstripe.client.TimeSource;
import dev.camelstripe.client.WalkProgress;
import dev.camelstripe.consumer.PollState;
import dev.camelstripe.consumer.TriggerListener;
import org.slf4j.Logger;

/**
 * What one trigger did, for metrics, the dev console and JMX: polls and their outcome, list calls, deliveries, lag
 * behind Stripe's clock, the object it is stuck on, and the progress of the poll running now. Thread-safe: the
 * polling thread writes, consoles read. Camel-free.
 * <p>
 * Lag is Stripe's clock at the last list answer (its {@code Date}) minus the {@code created} of the newest object
 * the trigger has delivered, or of its stored cursor: how far behind Stripe the trigger is, in Stripe's own time.
 */
public final class TriggerStats implements TriggerListener {

    /** How a poll ended. */
    public enum Outcome { SUCCESS, DELIVERY_FAILED, FAILED }

    private final String name;
    private final String operation;
    private final String connection;
    private final Supplier<PollState> position;
    private final Clock clock;
    private final TimeSource time;
    private final Logger progressLog;

    private long polls;
    private long failedPolls;
    private long listCalls;
    private long delivered;
    private long failedDeliveries;
    private int consecutiveFailures;
    private Instant lastPollAt;
    private Outcome lastOutcome;
    private String lastError;
    private Instant stripeNow;
    private Instant newestCreated;
    private String poisonId;
    private int poisonAttempts;
    private Instant walkFrom;
    private WalkProgress walk;
    private WalkProgress.Snapshot lastWalk;
    private boolean deliveryFailedThisPoll;

    /**
     * @param name     names the trigger in logs and consoles: its route id, or its endpoint
     * @param position reads the stored position (for consoles; may go to a database)
     */
    public TriggerStats(String name, String operation, String connection, Supplier<PollState> position, Clock clock,
                        TimeSource time, Logger progressLog) {
        this.name = name;
        this.operation = operation;
        this.connection = connection;
        this.position = position;
        this.clock = clock;
        this.time = time;
        this.progressLog = progressLog;
    }

    @Override
    public synchronized void pollStarted(PollState start) {
        lastPollAt = clock.instant();
        deliveryFailedThisPoll = false;
        if (start.cursorCreated() != null) {
            newestCreated = max(newestCreated, Instant.ofEpochSecond(start.cursorCreated()));
        }
        Long from = start.cursorCreated() != null ? start.cursorCreated() : start.startedAt();
        walkFrom = from == null ? null : Instant.ofEpochSecond(from);
        walk = null;
    }

    @Override
    public synchronized void listed(int objects, Instant stripeTime) {
        listCalls++;
        if (stripeTime != null) {
            stripeNow = max(stripeNow, stripeTime);
        }
        if (walk == null) { // the range ends at Stripe's now, told by the first answer
            walk = new WalkProgress("stripe:" + operation + " (" + name + ")", time, walkFrom, stripeNow,
                    progressLog);
        }
        walk.listed(objects);
    }

    @Override
    public synchronized void delivered(String objectId, Instant created) {
        delivered++;
        newestCreated = max(newestCreated, created);
        if (objectId.equals(poisonId)) {
            poisonId = null;
            poisonAttempts = 0;
        }
        if (walk != null) {
            walk.reached(1, created);
        }
    }

    @Override
    public synchronized void deliveryFailed(String objectId, int attempts, Throwable cause) {
        failedDeliveries++;
        poisonId = objectId;
        poisonAttempts = attempts;
        deliveryFailedThisPoll = true;
        lastError = describe(cause);
    }

    @Override
    public synchronized void pollEnded(int deliveredNow, Throwable failure) {
        polls++;
        if (failure != null) {
            failedPolls++;
            consecutiveFailures++;
            lastOutcome = Outcome.FAILED;
            lastError = describe(failure);
        } else if (deliveryFailedThisPoll) {
            consecutiveFailures++;
            lastOutcome = Outcome.DELIVERY_FAILED;
        } else {
            consecutiveFailures = 0;
            lastOutcome = Outcome.SUCCESS;
            lastError = null;
        }
        if (walk != null) {
            walk.finish();
            lastWalk = walk.snapshot();
            walk = null;
        }
    }

    /** Exception class and message, on one line and short: messages of this component never hold the key. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().replaceAll("\\s+", " ");
        String text = failure.getClass().getSimpleName() + message;
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static Instant max(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    public String name() {
        return name;
    }

    public String operation() {
        return operation;
    }

    public String connection() {
        return connection;
    }

    /** The stored position as JSON, or null before one was stored. */
    public String position() {
        try {
            PollState state = position.get();
            return state == null ? null : state.toJson();
        } catch (RuntimeException unreadable) {
            return "unreadable: " + unreadable.getClass().getSimpleName();
        }
    }

    public synchronized long polls() {
        return polls;
    }

    /** Polls that failed (Stripe unreachable, a stalled trigger ...). */
    public synchronized long failedPolls() {
        return failedPolls;
    }

    public synchronized long listCalls() {
        return listCalls;
    }

    public synchronized long delivered() {
        return delivered;
    }

    public synchronized long failedDeliveries() {
        return failedDeliveries;
    }

    /** Polls in a row that failed or stopped on a failed delivery; 0 after one that went through. */
    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }

    /** When the last poll started (host clock), or null before the first. */
    public synchronized Instant lastPollAt() {
        return lastPollAt;
    }

    public synchronized Outcome lastOutcome() {
        return lastOutcome;
    }

    /** Why the last poll failed, or the last delivery failed, or null. */
    public synchronized String lastError() {
        return lastError;
    }

    /** Lag in seconds on Stripe's clock, or null until both a Stripe answer and a delivered object are known. */
    public synchronized Long lagSeconds() {
        return stripeNow == null || newestCreated == null ? null
                : Math.max(0, stripeNow.getEpochSecond() - newestCreated.getEpochSecond());
    }

    /** For gauges: the lag, or NaN while unknown. */
    public double lagSecondsOrNaN() {
        Long lag = lagSeconds();
        return lag == null ? Double.NaN : lag;
    }

    /** The newest {@code created} delivered (or of the stored cursor), or null. */
    public synchronized Instant newestCreated() {
        return newestCreated;
    }

    /** Stripe's clock at the last answer, or null. */
    public synchronized Instant stripeNow() {
        return stripeNow;
    }

    /** The object whose delivery keeps failing, or null. */
    public synchronized String poisonId() {
        return poisonId;
    }

    public synchronized int poisonAttempts() {
        return poisonAttempts;
    }

    /** The progress of the poll running now, or null between polls. */
    public synchronized WalkProgress.Snapshot currentWalk() {
        return walk == null ? null : walk.snapshot();
    }

    /** The progress of the poll running now, or else of the last one, in words; null before the first poll. */
    public synchronized String progress() {
        if (walk != null) {
            return "running: " + walk.snapshot().describe();
        }
        return lastWalk == null ? null : "last poll: " + lastWalk.describe();
    }

    /** The progress the last poll ended with, or null before the first ended. */
    public synchronized WalkProgress.Snapshot lastWalk() {
        return lastWalk;
    }
}
