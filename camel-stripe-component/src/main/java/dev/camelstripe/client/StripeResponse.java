package dev.camelstripe.client;

import java.time.Instant;

/**
 * A successful answer: the mapped body and the facts a caller may want to put on a message.
 *
 * @param attempts           how many HTTP calls it took (1 without retries)
 * @param idempotentReplayed Stripe answered {@code Idempotent-Replayed: true}: this is the stored answer of an earlier
 *                           call with the same idempotency key, nothing was done again
 * @param date               Stripe's clock when it answered (its {@code Date} header, to the second), or null when
 *                           the answer had none
 */
public record StripeResponse<T>(T body, int status, String requestId, String idempotencyKey, int attempts,
                                boolean idempotentReplayed, Instant date) {
}
