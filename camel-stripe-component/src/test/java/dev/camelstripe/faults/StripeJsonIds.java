package dev.camelstripe.faults;

import java.io.IOException;
import java.io.UncheckedIOException;

import dev.camelstripe.model.StripeJson;

/** Reads the {@code id} of a Stripe JSON object, so expectations follow the fixtures. */
final class StripeJsonIds {

    private StripeJsonIds() {
    }

    static String idOf(String json) {
        try {
            return StripeJson.mapper().readTree(json).get("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
