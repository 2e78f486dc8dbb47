package dev.camelstripe.examples.sandbox;

import java.util.function.Supplier;

/**
 * The API request whose handler is running on this thread, so that the events its changes record carry Stripe's
 * {@code request} field ({@code id} and {@code idempotency_key}). Changes made outside a request (the shop activity, a
 * test writing to a store, a settlement) have none, like Stripe's automatic events.
 */
final class RequestOrigin {

    /** @param idempotencyKey null when the request sent none */
    record Origin(String id, String idempotencyKey) {
    }

    // A thread-local because the stores record events several calls below the handler, which alone knows the request.
    private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

    private RequestOrigin() {
    }

    static <T> T during(String requestId, String idempotencyKey, Supplier<T> work) {
        Origin outer = CURRENT.get();
        CURRENT.set(new Origin(requestId, idempotencyKey));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The running request, or null outside one. */
    static Origin current() {
        return CURRENT.get();
    }
}
