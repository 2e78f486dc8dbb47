package dev.camelstripe.faults;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelstripe.model.StripeJson;

/** Reads Stripe JSON (a fixture, a faulty answer) as a tree, and a fixture's id, so expectations follow the JSON. */
final class StripeJsonIds {

    private StripeJsonIds() {
    }

    static String idOf(String json) {
        return read(json).get("id").asText();
    }

    static JsonNode read(String json) {
        try {
            return StripeJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
