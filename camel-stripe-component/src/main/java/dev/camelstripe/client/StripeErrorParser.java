package dev.camelstripe.client;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelstripe.model.StripeJson;

/**
 * Turns an error answer into a {@link StripeApiException}. A body that is not Stripe's error JSON (a proxy's HTML
 * 502, an empty body) still yields an exception with the status and a short snippet of what came back.
 */
final class StripeErrorParser {

    private static final int SNIPPET_LENGTH = 200;

    private StripeErrorParser() {
    }

    static StripeApiException parse(RawResponse response) {
        JsonNode error = errorNode(response.body());
        if (error == null) {
            String what = response.body().length == 0
                    ? "an empty body"
                    : "a body that is not Stripe's error JSON: " + response.snippet(SNIPPET_LENGTH);
            return new StripeApiException(response.status(), null, null, null, null,
                    "Stripe (or a proxy in between) answered with " + what, null, response.requestId());
        }
        return new StripeApiException(response.status(), text(error, "type"), text(error, "code"),
                text(error, "decline_code"), text(error, "param"), text(error, "message"), text(error, "doc_url"),
                response.requestId());
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
