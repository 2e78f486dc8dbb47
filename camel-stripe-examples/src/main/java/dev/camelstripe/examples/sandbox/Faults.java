package dev.camelstripe.examples.sandbox;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Errors queued for the next calls of one route ({@code POST /v1/customers}), so a test or a demo can watch a route
 * meet a Stripe failure. A queued error answers in place of the resource handler: like a real failure it is saved
 * under an idempotency key when it is a 5xx, and not when it is a 4xx.
 */
public final class Faults {

    private final Map<String, Queue<StripeError>> queued = new ConcurrentHashMap<>();

    /** The next call of {@code method path} (the exact path, e.g. {@code /v1/customers}) answers {@code error}. */
    public void failNext(String method, String path, StripeError error) {
        queued.computeIfAbsent(method + ' ' + path, k -> new ConcurrentLinkedQueue<>()).add(error);
    }

    /** Wraps a handler so that a queued error for its call is thrown instead. */
    ApiHandler around(ApiHandler handler) {
        return request -> {
            Queue<StripeError> errors = queued.get(request.method() + ' ' + request.path());
            StripeError error = errors == null ? null : errors.poll();
            if (error != null) {
                throw error;
            }
            return handler.handle(request);
        };
    }
}
