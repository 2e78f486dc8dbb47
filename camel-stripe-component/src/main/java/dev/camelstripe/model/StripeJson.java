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
 * The component's Jackson setup. The models carry their own JSON rules ({@link StripeJsonObject}), so any mapper
 * reads and writes them as Stripe JSON; this one adds what other Java objects need to become Stripe values: records
 * and beans (in a {@code Map} body, or given to {@code StripeParams.set}) are read by their fields with snake_case
 * names, dates as epoch seconds, and their null properties left out.
 */
public final class StripeJson {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new EpochSecondsModule()) // java.time and java.util dates as Stripe's epoch seconds
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A record's or bean's null property is "not given", as in Java builders; nulls inside its maps are kept. */
    private static final ObjectMapper POJO_MAPPER = MAPPER.copy()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.ALWAYS));

    /** A request body: decimals stay exact, as written. */
    private static final ObjectReader BODY_READER = MAPPER.readerFor(MAP)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    /** A JSON object as an ordered map, nulls kept and decimals as {@code BigDecimal}: how a request body is read. */
    public static Map<String, Object> readMap(InputStream json) throws IOException {
        return BODY_READER.readValue(json);
    }

    /**
     * A Stripe object, params object, map or other Java object as Stripe request parameters: a new ordered map of
     * JSON values (see {@link JsonValues#toJson(Object)}); nulls in maps are kept, since they unset.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toParams(Object value) {
        Object json = JsonValues.toJson(value);
        if (!(json instanceof Map)) {
            throw new IllegalArgumentException("Stripe parameters must be a JSON object, not "
                                               + ParamRule.describe(json));
        }
        return (Map<String, Object>) json;
    }

    /** A record or bean as a JSON tree of maps, lists and values. */
    static Object pojoToJson(Object value) {
        return POJO_MAPPER.convertValue(value, Object.class);
    }
}
