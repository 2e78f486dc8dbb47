package dev.camelstripe.client;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelstripe.model.StripeJson;

/**
 * Turns an error answer into the {@link StripeApiException} subclass of its kind. A body that is not Stripe's error
 * JSON (a proxy's HTML 502, an empty body) still yields an exception with the status and a short snippet of what
 * came back.
 * <p>
 * The kinds follow stripe-java's {@code LiveStripeResponseGetter} (status 400 and 404 are invalid requests unless
 * the type is {@code idempotency_error}, 401 authentication, 402 card, 403 permission, 429 rate limit, anything
 * else, and any body that is not Stripe's error JSON, an API error), with two refinements from the other official
 * SDKs: {@code idempotency_error} gives an idempotency error on any status, as stripe-node decides by type (so the
 * 409 {@code idempotency_key_in_use} is one too), and a 400 with code {@code rate_limit} is a rate-limit error, as
 * in stripe-python.
 */
final class StripeErrorParser {

    private static final int SNIPPET_LENGTH = 200;

    private StripeErrorParser() {
    }

    static StripeApiException parse(RawResponse response, StripeCall call) {
        JsonNode error = errorNode(response.body());
        if (error == null) {
            String what = response.body().length == 0
                    ? "an empty body"
                    : "a body that is not Stripe's error JSON: " + response.snippet(SNIPPET_LENGTH);
            return new StripeApiErrorException(call, new StripeError(response.status(), null, null, null, null,
                    "Stripe (or a proxy in between) answered with " + what, null, null, response.requestId(),
                    response.rateLimitedReason()));
        }
        StripeError facts = new StripeError(response.status(), text(error, "type"), text(error, "code"),
                text(error, "decline_code"), text(error, "param"), text(error, "message"), text(error, "doc_url"),
                text(error, "request_log_url"), response.requestId(), response.rateLimitedReason());
        return ofKind(call, facts);
    }

    private static StripeApiException ofKind(StripeCall call, StripeError error) {
        if ("idempotency_error".equals(error.type())) {
            return new StripeIdempotencyException(call, error);
        }
        return switch (error.status()) {
            case 400 -> "rate_limit".equals(error.code())
                    ? new StripeRateLimitException(call, error) : new StripeInvalidRequestException(call, error);
            case 404 -> new StripeInvalidRequestException(call, error);
            case 401 -> new StripeAuthenticationException(call, error);
            case 402 -> new StripeCardException(call, error);
            case 403 -> new StripePermissionException(call, error);
            case 429 -> new StripeRateLimitException(call, error);
            default -> new StripeApiErrorException(call, error);
        };
    }

    private static JsonNode errorNode(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode error = StripeJson.mapper().readTree(body).get("error");
            return error != null && error.isObject() ? error : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode error, String field) {
        JsonNode value = error.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
