package dev.camelstripe.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;

/**
 * How far a long walk through a Stripe list has come (a trigger's backfill, an auto-paginated list): objects, pages,
 * list calls, rate, the {@code created} reached within the range, and an estimate of the time left.
 * <p>
 * It logs at INFO at most once per {@link #LOG_INTERVAL}, and not before the walk has run that long, so a short walk
 * logs nothing at INFO; a walk that did log says so when it ends. Camel-free: the caller tells it the counts, and it
 * reads the time from a {@link TimeSource}. Safe to read ({@link #snapshot()}) from another thread than the walker's.
 */
public final class WalkProgress {

    public static final Duration LOG_INTERVAL = Duration.ofSeconds(30);

    private final String what;
    private final TimeSource time;
    private final Instant rangeFrom;
    private final Instant rangeTo;
    private final Logger log;
    private final long startedNanos;
    private long lastLogNanos;
    private boolean logged;
    private long objects;
    private long pages;
    private long listCalls;
    private Instant createdReached;

    /**
     * @param what      names the walk in log lines, e.g. {@code stripe:newCharges backfill} (never the API key)
     * @param rangeFrom the {@code created} the walk starts from, or null when unknown
     * @param rangeTo   the {@code created} the walk ends at (Stripe's now for a backfill), or null when unknown: no
     *                  estimate then. The range may run either way (a newest-first list walks down).
     */
    public WalkProgress(String what, TimeSource time, Instant rangeFrom, Instant rangeTo, Logger log) {
        this.what = what;
        this.time = time;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
        this.log = log;
        this.startedNanos = time.nanoTime();
        this.lastLogNanos = startedNanos;
    }

    /** A list call answered with {@code objects} objects (a page when there was at least one); tell it first. */
    public synchronized void listed(int objects) {
        listCalls++;
        if (objects > 0) {
            pages++;
        }
    }

    /** {@code count} more objects were handed over, the last one created at {@code created} (null: unknown). */
    public synchronized void reached(int count, Instant created) {
        objects += count;
        if (created != null) {
            createdReached = created;
        }
        maybeLog();
    }

    /** The walk ended: a walk that logged its progress logs its end at INFO too. */
    public synchronized void finish() {
        if (logged) {
            log.info("{} done: {}", what, snapshot().describe());
        }
    }

    /**
     * @param fractionDone how much of the range is behind, 0 to 1, or null when the range or the position is unknown
     * @param estimatedLeft the time left at the rate so far, or null without a fraction done
     */
    public record Snapshot(long objects, long pages, long listCalls, Duration elapsed, Instant rangeFrom,
                           Instant rangeTo, Instant createdReached, Double fractionDone, Duration estimatedLeft) {

        /** Objects per second so far. */
        public double rate() {
            double seconds = elapsed.toNanos() / 1e9;
            return seconds <= 0 ? 0 : objects / seconds;
        }

        /** One line for logs and consoles. */
        public String describe() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "%d objects, %d pages, %d list calls in %s (%.1f objects/s)", objects, pages, listCalls,
                    seconds(elapsed), rate()));
            if (createdReached != null) {
                text.append("; created reached ").append(createdReached);
                if (rangeFrom != null && rangeTo != null) {
                    text.append(" of ").append(rangeFrom).append(" to ").append(rangeTo);
                }
            }
            if (fractionDone != null) {
                text.append(String.format(Locale.ROOT, " (%.0f%%)", fractionDone * 100));
            }
            if (estimatedLeft != null) {
                text.append(", about ").append(seconds(estimatedLeft)).append(" left");
            }
            return text.toString();
        }

        private static String seconds(Duration duration) {
            return Math.round(duration.toMillis() / 1000.0) + " s";
        }
    }

    public synchronized Snapshot snapshot() {
        Duration elapsed = Duration.ofNanos(time.nanoTime() - startedNanos);
        Double fraction = fractionDone();
        Duration left = fraction == null || fraction <= 0 ? null
                : Duration.ofNanos((long) (elapsed.toNanos() * (1 - fraction) / fraction));
        return new Snapshot(objects, pages, listCalls, elapsed, rangeFrom, rangeTo, createdReached, fraction, left);
    }

    private Double fractionDone() {
        if (rangeFrom == null || rangeTo == null || createdReached == null) {
            return null;
        }
        long width = rangeTo.getEpochSecond() - rangeFrom.getEpochSecond();
        if (width == 0) {
            return 1.0;
        }
        double done = (double) (createdReached.getEpochSecond() - rangeFrom.getEpochSecond()) / width;
        return Math.max(0, Math.min(1, done));
    }

    private void maybeLog() {
        long now = time.nanoTime();
        if (now - lastLogNanos >= LOG_INTERVAL.toNanos()) {
            lastLogNanos = now;
            logged = true;
            log.info("{}: {}", what, snapshot().describe());
        }
    }
}
