package dev.camelstripe.webhook;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Exactly once to the route from Stripe's at least once: an event id is claimed in the {@link IdempotentRepository}
 * before its delivery, confirmed when the route completed it, and removed when the route failed, so that Stripe's
 * retry is delivered. A second request for an event that this instance is still delivering is told so
 * ({@link Claim#IN_FLIGHT}): answering it 2xx would lose the event if the first delivery then failed.
 */
final class WebhookDeduplication {

    /** What a request for an event may do. */
    enum Claim {
        /** Deliver it; then call {@link #completed} or {@link #failed}. */
        NEW,
        /** Delivered before: acknowledge without delivering. */
        DONE,
        /** Being delivered by this instance now: neither deliver nor acknowledge. */
        IN_FLIGHT
    }

    private final IdempotentRepository repository;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    WebhookDeduplication(IdempotentRepository repository) {
        this.repository = repository;
    }

    Claim claim(String eventId) {
        if (!inFlight.add(eventId)) {
            return Claim.IN_FLIGHT;
        }
        boolean added;
        try {
            added = repository.add(eventId);
        } catch (RuntimeException e) {
            inFlight.remove(eventId);
            throw e;
        }
        if (!added) {
            inFlight.remove(eventId);
            return Claim.DONE;
        }
        return Claim.NEW;
    }

    void completed(String eventId) {
        try {
            repository.confirm(eventId);
        } finally {
            inFlight.remove(eventId);
        }
    }

    void failed(String eventId) {
        try {
            repository.remove(eventId);
        } finally {
            inFlight.remove(eventId);
        }
    }
}
