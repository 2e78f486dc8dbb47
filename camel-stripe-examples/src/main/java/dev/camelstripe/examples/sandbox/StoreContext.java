package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * What the stores of one sandbox share: the clock, one lock (so that a change spanning several stores, a payment
 * intent confirmed into a charge and a balance transaction, is atomic and its events are recorded in order), where
 * changes are recorded as events, and how far search lags behind writes.
 */
final class StoreContext {

    /** Records one change as an event; called under the shared lock. */
    @FunctionalInterface
    interface ChangeRecorder {
        /** @param previous the object before the change, null for a creation */
        void record(String type, Map<String, Object> object, Map<String, Object> previous);
    }

    /** The search delay of a new sandbox: short, so that the demo finds what it just made within a second. */
    static final Duration DEFAULT_SEARCH_DELAY = Duration.ofSeconds(1);

    final Clock clock;
    final Object lock = new Object();
    private volatile ChangeRecorder recorder = (type, object, previous) -> {
    };
    private volatile Duration searchDelay = DEFAULT_SEARCH_DELAY;

    StoreContext(Clock clock) {
        this.clock = clock;
    }

    void recordChangesWith(ChangeRecorder recorder) {
        this.recorder = recorder;
    }

    ChangeRecorder recorder() {
        return recorder;
    }

    Duration searchDelay() {
        return searchDelay;
    }

    void searchDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The search delay cannot be negative: " + delay);
        }
        this.searchDelay = delay;
    }
}
