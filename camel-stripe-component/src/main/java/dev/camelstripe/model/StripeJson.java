package dev.camelstripe.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The one Jackson configuration for Stripe's wire format: snake_case names, {@link java.time.Instant} as integer
 * epoch seconds, and field-based binding so a POJO serialises back exactly the fields Stripe sent (convenience
 * getters add nothing). Nulls are never written, at any depth.
 */
public final class StripeJson {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new EpochSecondsModule()) // Instant, the only java.time type Stripe's JSON carries
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** MAP resolved once, rather than by every convertValue call. */
    private static final JavaType MAP_TYPE = MAPPER.constructType(MAP);
    private static final ClassValue<JavaType> TYPES = new ClassValue<>() {
        @Override
        protected JavaType computeValue(Class<?> type) {
            return MAPPER.constructType(type);
        }
    };
    /**
     * One reader per result type, its root deserializer resolved once; readValue on the mapper looks it up per call.
     * Few types exist (the models and their lists), so the map stays small.
     */
    private static final Map<JavaType, ObjectReader> READERS = new ConcurrentHashMap<>();

    private StripeJson() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        return read(json, javaType(type));
    }

    public static <T> T read(byte[] json, JavaType type) throws IOException {
        return READERS.computeIfAbsent(type, MAPPER::readerFor).readValue(json);
    }

    /** The type of a class, looked up once: a call site can pass it on instead of a Class. */
    public static JavaType javaType(Class<?> type) {
        return TYPES.get(type);
    }

    public static Map<String, Object> readMap(InputStream json) throws IOException {
        return MAPPER.readValue(json, MAP);
    }

    /**
     * A POJO or map as Stripe request parameters: snake_case keys, nulls left out, empty strings kept (an explicit
     * {@code ""} unsets a field in Stripe), order kept.
     */
    public static Map<String, Object> toParams(Object value) {
        return MAPPER.convertValue(value, MAP_TYPE);
    }
}
