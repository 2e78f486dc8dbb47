package dev.camelstripe.consumer;

import java.time.Instant;

/**
 * Told what a trigger does, for metrics, consoles and progress logs; every method does nothing by default. Called on
 * the polling thread: an implementation must be quick and must not throw.
 * <p>
 * Camel-free: the consumer knows nothing of who listens.
 */
public interface TriggerListener {

    /** Listens to nothing. */
    TriggerListener NONE = new TriggerListener() {
    };

    /** A poll starts from this position (never null: the start position when none is stored). */
    default void pollStarted(PollState position) {
    }

    /**
     * A list call answered.
     *
     * @param objects    how many objects the page held
     * @param stripeTime Stripe's clock when it answered (its {@code Date}), or null when the answer had none
     */
    default void listed(int objects, Instant stripeTime) {
    }

    /** An object's exchange completed and its position was saved. */
    default void delivered(String objectId, Instant created) {
    }

    /** An object's exchange failed or was rolled back, {@code attempts} times in a row now. */
    default void deliveryFailed(String objectId, int attempts, Throwable cause) {
    }

    /**
     * The poll ended.
     *
     * @param failure why it failed (Stripe unreachable, a stalled trigger ...), or null when it ended normally (a
     *                failed delivery that the next poll retries ends a poll normally)
     */
    default void pollEnded(int delivered, Throwable failure) {
    }
}
