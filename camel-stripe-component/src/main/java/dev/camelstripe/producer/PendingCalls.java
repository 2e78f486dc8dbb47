package dev.camelstripe.producer;

import java.io.Serializable;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.Exchange;

/**
 * The idempotency keys of calls that failed, kept on the exchange (property {@value #PROPERTY}) until the same step
 * succeeds, so that a Camel redelivery of that step sends the key of the call that may already have reached Stripe.
 * <p>
 * A key is found again only by the same step (one {@code to(...)}, at one loop index), on the very exchange it failed
 * on (not a copy made by a split, multicast or {@code loop().copy()}, which shares its properties), for the same
 * request (method, path and form): anything else is another call and gets a key of its own.
 */
final class PendingCalls {

    static final String PROPERTY = "CamelStripePendingCalls";

    private PendingCalls() {
    }

    /** The key of this step's failed call on this exchange, when the request is the same. */
    static Optional<String> keyOf(Exchange exchange, String step, String fingerprint) {
        Pending pending = of(exchange).get(step);
        if (pending == null || !pending.isOf(exchange) || !pending.fingerprint.equals(fingerprint)) {
            return Optional.empty();
        }
        return Optional.of(pending.key);
    }

    /** Keeps the key of a call that failed, for the redelivery of its step. */
    static void failed(Exchange exchange, String step, String fingerprint, String key) {
        Map<String, Pending> calls = ownEntries(exchange);
        calls.put(step, new Pending(exchange, fingerprint, key));
        exchange.setProperty(PROPERTY, Map.copyOf(calls));
    }

    /** Forgets the key of a step whose call succeeded: running that step again is a new call. */
    static void succeeded(Exchange exchange, String step) {
        if (!of(exchange).containsKey(step)) {
            return;
        }
        Map<String, Pending> calls = ownEntries(exchange);
        calls.remove(step);
        if (calls.isEmpty()) {
            exchange.removeProperty(PROPERTY);
        } else {
            exchange.setProperty(PROPERTY, Map.copyOf(calls));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> of(Exchange exchange) {
        Object calls = exchange.getProperty(PROPERTY);
        return calls instanceof Map<?, ?> map ? (Map<String, Pending>) map : Map.of();
    }

    /**
     * A mutable copy of the entries that belong to this exchange: a copy of an exchange shares the (immutable) map of
     * the original, whose entries can never match here.
     */
    private static Map<String, Pending> ownEntries(Exchange exchange) {
        Map<String, Pending> own = new HashMap<>();
        of(exchange).forEach((step, pending) -> {
            if (pending.isOf(exchange)) {
                own.put(step, pending);
            }
        });
        return own;
    }

    /**
     * One failed call. The exchange is held weakly and not serialised: an exchange rebuilt elsewhere from this one is
     * another exchange.
     */
    static final class Pending implements Serializable {
        private static final long serialVersionUID = 1L;

        private final transient WeakReference<Exchange> exchange;
        private final String fingerprint;
        private final String key;

        Pending(Exchange exchange, String fingerprint, String key) {
            this.exchange = new WeakReference<>(exchange);
            this.fingerprint = fingerprint;
            this.key = key;
        }

        boolean isOf(Exchange candidate) {
            return exchange != null && exchange.get() == candidate;
        }

        @Override
        public String toString() {
            return "failed call with Idempotency-Key " + key;
        }
    }
}
