package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stripe's {@code Idempotency-Key} semantics for POSTs, per API key: the first result under a key is replayed to a
 * request with the same method, path and parameters; other parameters under that key are an
 * {@code idempotency_error}. Like Stripe, a request rejected as a client error (4xx) saves nothing, so a corrected
 * retry under the same key still runs; a payment that was attempted and declined (402 {@code card_error}) did run, so
 * its answer is saved and replayed, and a retry never charges twice.
 *
 * <p>Bounded, so a sandbox left running does not grow: a key is forgotten {@link SandboxLimits#IDEMPOTENCY_RETENTION}
 * after its first use (Stripe may prune it then too), and beyond {@code maxKeys} keys the oldest is forgotten first.
 * A key longer than Stripe's {@link SandboxLimits#MAX_IDEMPOTENCY_KEY_LENGTH} characters is refused.
 */
public final class IdempotencyCache {

    /** The response to send and whether it is a replay of an earlier one. */
    public record Outcome(ApiResponse response, boolean replayed) {
    }

    private record Fingerprint(String method, String path, Map<String, Object> params) {
    }

    /** One key's state; its monitor serialises concurrent requests under the same key. */
    private static final class Slot {
        private final long firstUsedAt;
        private Fingerprint fingerprint;
        private ApiResponse response;

        private Slot(long firstUsedAt) {
            this.firstUsedAt = firstUsedAt;
        }
    }

    private final Clock clock;
    private final int maxKeys;
    /** In order of first use, oldest first: expiry and eviction both take from the head. Guarded by {@code this}. */
    private final LinkedHashMap<String, Slot> slots = new LinkedHashMap<>();

    public IdempotencyCache(Clock clock) {
        this(clock, SandboxLimits.MAX_IDEMPOTENCY_KEYS);
    }

    IdempotencyCache(Clock clock, int maxKeys) {
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    public Outcome execute(String apiKey, String idempotencyKey, ApiRequest request, Supplier<ApiResponse> call) {
        if (idempotencyKey.length() > SandboxLimits.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw StripeError.idempotencyKeyTooLong(idempotencyKey.length());
        }
        // Map.equals ignores parameter order, as a comparison of parameters should.
        Fingerprint fingerprint = new Fingerprint(request.method(), request.path(), request.params().asMap());
        Slot slot = slot(apiKey + '\n' + idempotencyKey);
        synchronized (slot) {
            if (slot.response != null) {
                if (!slot.fingerprint.equals(fingerprint)) {
                    throw StripeError.idempotencyMismatch(idempotencyKey);
                }
                return new Outcome(slot.response, true);
            }
            ApiResponse response;
            try {
                response = call.get();
            } catch (StripeError e) {
                if (e.executed()) {
                    save(slot, fingerprint, new ApiResponse(e.status(), e.body()));
                }
                throw e;
            }
            if (response.status() < 400 || response.status() >= 500) {
                save(slot, fingerprint, response);
            }
            return new Outcome(response, false);
        }
    }

    /** Keys remembered now. */
    synchronized int size() {
        return slots.size();
    }

    /** The key's slot, made on first use after the expired and the surplus keys are dropped. */
    private synchronized Slot slot(String key) {
        long now = clock.millis();
        Iterator<Slot> oldestFirst = slots.values().iterator();
        while (oldestFirst.hasNext()) {
            if (now - oldestFirst.next().firstUsedAt < SandboxLimits.IDEMPOTENCY_RETENTION.toMillis()) {
                break;
            }
            oldestFirst.remove();
        }
        Slot slot = slots.get(key);
        if (slot == null) {
            slot = new Slot(now);
            slots.put(key, slot);
            Iterator<String> surplus = slots.keySet().iterator();
            while (slots.size() > maxKeys) {
                surplus.next();
                surplus.remove();
            }
        }
        return slot;
    }

    private static void save(Slot slot, Fingerprint fingerprint, ApiResponse response) {
        slot.fingerprint = fingerprint;
        slot.response = response;
    }
}
