package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Stripe's {@code Idempotency-Key} semantics for POSTs, per API key: the first result under a key is replayed for 24 h
 * to a request with the same method, path and parameters; other parameters under that key are an
 * {@code idempotency_error}. Like Stripe, a request rejected as a client error (4xx) saves nothing, so a corrected
 * retry under the same key still runs.
 */
public final class IdempotencyCache {

    static final Duration RETENTION = Duration.ofHours(24);

    /** The response to send and whether it is a replay of an earlier one. */
    public record Outcome(ApiResponse response, boolean replayed) {
    }

    private record Fingerprint(String method, String path, Map<String, Object> params) {
    }

    /** One key's state; its monitor serialises concurrent requests under the same key. */
    private static final class Slot {
        private Fingerprint fingerprint;
        private ApiResponse response;
        private long savedAt;
    }

    private final Clock clock;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    public IdempotencyCache(Clock clock) {
        this.clock = clock;
    }

    public Outcome execute(String apiKey, String idempotencyKey, ApiRequest request, Supplier<ApiResponse> call) {
        // Map.equals ignores parameter order, as a comparison of parameters should.
        Fingerprint fingerprint = new Fingerprint(request.method(), request.path(), request.params().asMap());
        Slot slot = slots.computeIfAbsent(apiKey + '\n' + idempotencyKey, k -> new Slot());
        synchronized (slot) {
            long now = clock.millis();
            if (slot.response != null && now - slot.savedAt < RETENTION.toMillis()) {
                if (!slot.fingerprint.equals(fingerprint)) {
                    throw StripeError.idempotencyMismatch(idempotencyKey);
                }
                return new Outcome(slot.response, true);
            }
            ApiResponse response;
            try {
                response = call.get();
            } catch (StripeError e) {
                if (e.status() >= 500) {
                    save(slot, fingerprint, new ApiResponse(e.status(), e.body()), now);
                }
                throw e;
            }
            if (response.status() < 400 || response.status() >= 500) {
                save(slot, fingerprint, response, now);
            }
            return new Outcome(response, false);
        }
    }

    private static void save(Slot slot, Fingerprint fingerprint, ApiResponse response, long now) {
        slot.fingerprint = fingerprint;
        slot.response = response;
        slot.savedAt = now;
    }
}
