package dev.camelstripe.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.camelstripe.model.StripeObject;

/**
 * One Stripe list, read a page per call: what {@link ListWalker} walks. The client-backed one is
 * {@link StripeListSource}; tests use an in-memory list.
 */
interface ListSource {

    /**
     * One page of the list, newest first, for Stripe's list parameters ({@code limit}, at most one cursor,
     * {@code created} bounds).
     *
     * @throws CursorMissingException the {@code starting_after} or {@code ending_before} object no longer exists
     */
    Page list(Map<String, Object> params);

    /**
     * @param data       newest first
     * @param stripeTime Stripe's clock when it answered (its {@code Date} header), or null when the answer had none
     */
    record Page(List<StripeObject> data, boolean hasMore, Instant stripeTime) {

        public Page {
            data = List.copyOf(data);
        }
    }

    /** The cursor object of a list call is gone from Stripe. */
    final class CursorMissingException extends RuntimeException {

        private final String cursorId;

        CursorMissingException(String cursorId, Throwable cause) {
            super("Stripe no longer has " + cursorId, cause);
            this.cursorId = cursorId;
        }

        String cursorId() {
            return cursorId;
        }
    }
}
