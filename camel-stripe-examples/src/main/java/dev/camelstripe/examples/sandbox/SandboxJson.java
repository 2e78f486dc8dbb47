package dev.camelstripe.examples.sandbox;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON rendering of sandbox objects: answers and webhook bodies look alike, as Stripe's do. */
final class SandboxJson {

    // Stripe pretty-prints its responses and webhook bodies; so do we, which also makes the sandbox pleasant to curl.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SandboxJson() {
    }

    static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unserialisable sandbox object", e);
        }
    }
}
