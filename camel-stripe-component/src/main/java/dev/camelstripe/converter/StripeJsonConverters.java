package dev.camelstripe.converter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.camelstripe.model.StripeJson;
import dev.camelstripe.model.StripeJsonObject;
import org.apache.camel.Converter;
import org.apache.camel.Exchange;
import org.apache.camel.spi.TypeConverterRegistry;

/**
 * Stripe objects as JSON anywhere in a route: any model (a {@code Customer}, a {@code StripeList}, a params object)
 * converts to its Stripe JSON as {@code String}, {@code byte[]} or {@code InputStream}, unknown fields and nulls
 * included, or to a {@code Map} of it; and JSON text, bytes, a stream or a map converts to any model class, so
 * {@code convertBodyTo(Customer.class)} works after an HTTP or Kafka hop. The rules live on the model classes, so
 * these converters and a plain Jackson mapper ({@code marshal().json()}) give the same JSON.
 */
@Converter(generateLoader = true)
public final class StripeJsonConverters {

    private StripeJsonConverters() {
    }

    @Converter
    public static String toString(StripeJsonObject object) throws IOException {
        return StripeJson.mapper().writeValueAsString(object);
    }

    @Converter
    public static byte[] toBytes(StripeJsonObject object) throws IOException {
        return StripeJson.mapper().writeValueAsBytes(object);
    }

    @Converter
    public static InputStream toInputStream(StripeJsonObject object) throws IOException {
        return new ByteArrayInputStream(toBytes(object));
    }

    /** A copy: editing the map does not change the object. */
    @Converter
    public static Map<String, Object> toMap(StripeJsonObject object) {
        return object.toMap();
    }

    /**
     * JSON as {@code String}, {@code byte[]} or {@code InputStream}, a {@code Map}, or another Stripe object, to the
     * model class asked for; null for any other pair, so other converters are tried.
     */
    @Converter(fallback = true)
    public static Object toStripeObject(Class<?> type, Exchange exchange, Object value, TypeConverterRegistry registry)
            throws IOException {
        if (!StripeJsonObject.class.isAssignableFrom(type)) {
            return null;
        }
        Object object;
        if (value instanceof String text) {
            object = StripeJson.read(text.getBytes(StandardCharsets.UTF_8), type);
        } else if (value instanceof byte[] bytes) {
            object = StripeJson.read(bytes, type);
        } else if (value instanceof InputStream stream) {
            object = StripeJson.read(stream.readAllBytes(), type);
        } else if (value instanceof Map<?, ?> || value instanceof StripeJsonObject) {
            object = StripeJson.mapper().convertValue(value, type);
        } else {
            return null;
        }
        return type.isInstance(object) ? object : null;
    }
}
