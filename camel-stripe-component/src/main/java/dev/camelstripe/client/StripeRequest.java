package dev.camelstripe.client;

import java.util.Map;
import java.util.Objects;

/**
 * One Stripe API call as the caller sees it: method, path under the API base, parameters and, for POST, an optional
 * idempotency key (the client generates one when absent, and reuses it on every retry).
 */
public record StripeRequest(StripeMethod method, String path, Map<String, ?> params, String idempotencyKey) {

    public StripeRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        params = params == null ? Map.of() : params;
        if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > 255)) {
            throw new IllegalArgumentException("idempotencyKey must be 1 to 255 characters, was " + idempotencyKey.length());
        }
    }

    public static StripeRequest get(String path, Map<String, ?> params) {
        return new StripeRequest(StripeMethod.GET, path, params, null);
    }

    public static StripeRequest post(String path, Map<String, ?> params, String idempotencyKey) {
        return new StripeRequest(StripeMethod.POST, path, params, idempotencyKey);
    }
}
