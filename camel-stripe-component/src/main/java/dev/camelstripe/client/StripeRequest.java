package dev.camelstripe.client;

import java.util.Map;
import java.util.Objects;

/**
 * One Stripe API call as the caller sees it: method, path under the API base, parameters and, for POST, an optional
 * idempotency key (the client generates one when absent, and reuses it on every retry).
 */
public record StripeRequest(StripeMethod method, String path, Map<String, ?> params, String idempotencyKey) {

    /** Stripe takes idempotency keys of up to 255 characters. */
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    /**
     * @throws StripeParameterException when the idempotency key is empty, longer than 255 characters, or holds a
     *                                  character HTTP cannot send unchanged (see {@link HeaderValues})
     */
    public StripeRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        params = params == null ? Map.of() : params;
        if (idempotencyKey != null) {
            HeaderValues.requireSafe("idempotencyKey", idempotencyKey, MAX_IDEMPOTENCY_KEY_LENGTH, false);
        }
    }

    public static StripeRequest get(String path, Map<String, ?> params) {
        return new StripeRequest(StripeMethod.GET, path, params, null);
    }

    public static StripeRequest post(String path, Map<String, ?> params, String idempotencyKey) {
        return new StripeRequest(StripeMethod.POST, path, params, idempotencyKey);
    }
}
