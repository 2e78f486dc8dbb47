package dev.camelstripe.client;

import java.nio.charset.StandardCharsets;

/**
 * What came back over the wire, before it is mapped to a POJO or an exception.
 *
 * @param idempotentReplayed Stripe's {@code Idempotent-Replayed: true}: the answer stored for the idempotency key
 */
record RawResponse(int status, byte[] body, String requestId, String shouldRetry, String retryAfter,
                   boolean idempotentReplayed) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A short, single-line excerpt for error messages about bodies that are not Stripe's JSON. */
    String snippet(int max) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
