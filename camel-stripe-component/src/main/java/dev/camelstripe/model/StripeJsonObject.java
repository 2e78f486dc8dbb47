package dev.camelstripe.model;

import java.lang.reflect.Constructor;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A typed view of one JSON object exchanged with Stripe. The object is its JSON: one ordered map holding every field
 * exactly as Stripe sent it (nulls included), so no field can be lost and any Jackson {@code ObjectMapper} reads and
 * writes it as Stripe's own JSON. Typed getters convert on access; setters write JSON values into the map and note
 * what changed, so an object a route edited can say which parameters to send ({@link StripeObject#changedParams()}).
 * <p>
 * Subclasses declare their fields as {@link Field} constants, or take shared ones from the mixins in {@link Has}:
 * those are the modelled fields, every other one is an unknown field.
 */
@JsonDeserialize(using = StripeJsonDeserializer.class)
public abstract class StripeJsonObject implements Has {

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.trySetAccessible();
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " needs a constructor without arguments", e);
            }
        }
    };

    private Map<String, Object> fields = new JsonObjectMap();
    /** Typed views of nested objects and references, built once so that edits made through them stick. */
    private Map<String, Object> views;
    /** What setters and edits of handed-out maps and lists changed; null until something could have. */
    private Changes changes;

    /** A view of {@code fields}, shared, not copied: nested views write through to the object that holds them. */
    static <T extends StripeJsonObject> T view(Class<T> type, Map<String, Object> fields) {
        try {
            StripeJsonObject object = (StripeJsonObject) CONSTRUCTORS.get(type).newInstance();
            object.fields = fields;
            return type.cast(object);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a " + type.getName(), e);
        }
    }

    /** Every field as Stripe sent it, in arrival order: what Jackson writes. */
    @JsonValue
    final Map<String, Object> fields() {
        return fields;
    }

    /**
     * A copy of the whole JSON object as maps, lists and plain values: modelled and unknown fields, nulls as Stripe
     * sent them. Changing the copy does not change this object.
     */
    public Map<String, Object> toMap() {
        return JsonValues.toJsonMap(fields);
    }

    /** Whether the JSON has this field, even with a null value: Stripe sent it, or a setter set it. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** Every field this class does not model (nested objects are maps, arrays lists), read-only, in arrival order. */
    public Map<String, Object> getUnknownFields() {
        Field.Schema schema = Field.Schema.of(getClass());
        Map<String, Object> unknown = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!schema.models(name)) {
                unknown.put(name, handOut(name, value));
            }
        });
        return Collections.unmodifiableMap(unknown);
    }

    /**
     * One field this class does not model (a nested object is a map, an array a list), or null. A map or list it
     * returns may be edited: the edit is part of {@link StripeObject#changedParams()}.
     */
    public Object getUnknownField(String name) {
        return Field.Schema.of(getClass()).models(name) ? null : handOut(name, fields.get(name));
    }

    @Override
    @SuppressWarnings("unchecked")
    public final <T> T get(Field<T> field) {
        String name = field.name();
        if (field.isView()) {
            Object view = views == null ? null : views.get(name);
            if (view == null && fields.get(name) != null) {
                view = field.read(fields.get(name));
                if (views == null) {
                    views = new HashMap<>(4);
                }
                views.put(name, view);
            }
            return (T) view;
        }
        return field.read(handOut(name, fields.get(name)));
    }

    @Override
    public <T> void set(Field<T> field, T value) {
        tracker().set(field.name(), fields);
        put(field, value);
    }

    /** A raw value of a nested field this class does not declare, such as {@code source.coupon}, or null. */
    protected final Object path(String... names) {
        Object value = fields;
        for (String name : names) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    /** Puts a field without noting a change: for params, which are all "changes". */
    final <T> void put(Field<T> field, T value) {
        String name = field.name();
        fields.put(name, field.write(value));
        if (field.isView()) {
            if (views == null) {
                views = new HashMap<>(4);
            }
            views.put(name, value);
        }
    }

    /** Removes a field entirely, as if never sent. */
    final void remove(String name) {
        fields.remove(name);
        if (views != null) {
            views.remove(name);
        }
    }

    /** Puts a raw JSON value for a name without a declared field. */
    final void putRaw(String name, Object json) {
        fields.put(name, json);
        if (views != null) {
            views.remove(name);
        }
    }

    /** What changed since this object was read, as Stripe parameters (see {@link StripeObject#changedParams()}). */
    final Map<String, Object> changes() {
        return Changes.params(fields, changes, views);
    }

    private Changes tracker() {
        if (changes == null) {
            changes = new Changes();
        }
        return changes;
    }

    /** A map or list about to be handed to a caller, who may edit it: remember how it was. */
    private Object handOut(String name, Object value) {
        if (value instanceof Map || value instanceof java.util.List) {
            tracker().handOut(name, value);
        }
        return value;
    }

    /** Short on purpose: an object may hold personal data, which does not belong in logs. */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
