package dev.camelstripe.producer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.JsonValues;
import dev.camelstripe.model.StripeJson;
import dev.camelstripe.model.StripeParams;

/**
 * Turns a message body into Stripe parameters. Accepted: {@code null} (no parameters), a typed parameters object
 * such as {@code ProductParams} or {@code CustomerParams}, a {@code Map}, or a JSON object as {@code String},
 * {@code byte[]} or {@code InputStream}. The result is a new, mutable, ordered map of JSON values: an explicit null
 * is kept (it unsets the field), JSON decimals are exact {@code BigDecimal}s, and objects nested in a map (a record,
 * a date) become Stripe values (see {@link JsonValues#toJson(Object)}).
 */
final class BodyReader {

    static final String ACCEPTED = "null, ProductParams, CustomerParams (any StripeParams), Map, or a JSON object as"
                                   + " String, byte[] or InputStream";

    private BodyReader() {
    }

    static Map<String, Object> read(Object body) {
        if (body == null) {
            return new LinkedHashMap<>();
        }
        if (body instanceof StripeParams<?> typed) {
            return typed.toMap();
        }
        if (body instanceof Map<?, ?> map) {
            return JsonValues.toJsonMap(map);
        }
        if (body instanceof String text) {
            return text.isBlank() ? new LinkedHashMap<>() : json(text.getBytes(StandardCharsets.UTF_8));
        }
        if (body instanceof byte[] bytes) {
            return json(bytes);
        }
        if (body instanceof InputStream stream) {
            try {
                return json(stream.readAllBytes());
            } catch (IOException unreadable) {
                throw new StripeParameterException("body", "The body stream could not be read: " + unreadable.getMessage(),
                        unreadable);
            }
        }
        throw new StripeParameterException("body", "The body must be " + ACCEPTED + "; was "
                                                   + body.getClass().getName());
    }

    private static Map<String, Object> json(byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Object> params = StripeJson.readMap(new ByteArrayInputStream(bytes));
            return params == null ? new LinkedHashMap<>() : params; // the JSON text null
        } catch (IOException notAnObject) {
            throw new StripeParameterException("body", "The body must be a JSON object of Stripe parameters, such as"
                                                       + " {\"name\":\"T-shirt\"}: " + firstLine(notAnObject),
                    notAnObject);
        }
    }

    private static String firstLine(IOException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
