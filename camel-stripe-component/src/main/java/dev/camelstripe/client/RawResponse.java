package dev.camelstripe.client;

import java.nio.charset.StandardCharsets;

/**
 * What came back over the wire, before it is mapped to a POJO or an exception.
 *
 * @param rateLimitedReason  Stripe's {@code Stripe-Rate-Limited-Reason} on a 429
 * @param idempotentReplayed Stripe's {@code Idempotent-Replayed: true}: the answer stored for the idempotency key
 * @param date               the {@code Date} header: Stripe's clock when it answered
 */
record RawResponse(int status, byte[] body, String requestId, String shouldRetry, String retryAfter,
                   String rateLimitedReason, boolean idempotentReplayed, String date) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A short, single-line excerpt for error messages about bodies that are not Stripe's JSON. */
    String snippet(int max) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
