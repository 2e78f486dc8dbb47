package dev.camelstripe.model;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Java values as the values of a Stripe JSON tree: maps, lists, strings, numbers, booleans and nulls. What models
 * and params store, so that any Jackson mapper writes them as Stripe JSON and the form encoder sends them as Stripe
 * reads them.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * A JSON-native copy of a value: maps and lists copied at every depth (nulls kept), Stripe objects as their JSON,
     * {@link Expandable}s as the id or the object they hold, dates as epoch seconds, enums as their text, any other
     * object (a record, a bean) through Jackson with Stripe's snake_case names.
     */
    public static Object toJson(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
            map.forEach((key, item) -> copy.put(String.valueOf(key), toJson(item)));
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            collection.forEach(item -> copy.add(toJson(item)));
            return copy;
        }
        if (isArray(value)) {
            return toJson(arrayAsList(value));
        }
        if (value instanceof StripeJsonObject object) {
            return toJson(object.fields());
        }
        if (value instanceof Expandable<?> reference) {
            return reference.isExpanded() ? toJson(reference.getExpanded()) : reference.getId();
        }
        Long seconds = epochSeconds(value);
        if (seconds != null) {
            return seconds;
        }
        if (value instanceof Enum<?> constant) {
            return constant.toString();
        }
        return StripeJson.pojoToJson(value);
    }

    /** The JSON-native copy of a map: a new mutable map in the same order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toJsonMap(Map<?, ?> map) {
        return (Map<String, Object>) toJson(map);
    }

    /**
     * Stripe's timestamps are whole seconds since the epoch: the seconds of an {@link Instant}, {@link Date},
     * {@link Calendar}, {@link OffsetDateTime} or {@link ZonedDateTime}, or null for any other value.
     */
    public static Long epochSeconds(Object value) {
        if (value instanceof Instant instant) {
            return instant.getEpochSecond();
        }
        if (value instanceof Date date) {
            return Math.floorDiv(date.getTime(), 1000L);
        }
        if (value instanceof Calendar calendar) {
            return Math.floorDiv(calendar.getTimeInMillis(), 1000L);
        }
        if (value instanceof OffsetDateTime time) {
            return time.toEpochSecond();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toEpochSecond();
        }
        return null;
    }

    /** Whether a value is a Java array (of objects or primitives). */
    public static boolean isArray(Object value) {
        return value != null && value.getClass().isArray();
    }

    /** The elements of a Java array, primitive ones boxed. */
    public static List<Object> arrayAsList(Object array) {
        int length = Array.getLength(array);
        List<Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(Array.get(array, i));
        }
        return list;
    }
}
