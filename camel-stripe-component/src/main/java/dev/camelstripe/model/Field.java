package dev.camelstripe.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One field of a Stripe JSON object, or one request parameter: its Stripe name, how its JSON value reads as a Java
 * value and is written back, and, for a parameter, the {@link ParamRule} a route's value must pass. Each model or
 * params class declares its fields once, as {@code static final} constants; its getters and setters are one-liners
 * over them, and the set of modelled names (what {@link StripeJsonObject#getUnknownFields()} leaves out) and the
 * parameter checks are read from the same constants.
 *
 * @param <T> the Java type of the value
 */
public final class Field<T> {

    private final String name;
    private final Function<Object, T> reader;
    private final Function<T, Object> writer;
    private final ParamRule rule;
    private final boolean view;

    private Field(String name, Function<Object, T> reader, Function<T, Object> writer, ParamRule rule, boolean view) {
        this.name = Objects.requireNonNull(name, "name");
        this.reader = reader;
        this.writer = writer;
        this.rule = rule;
        this.view = view;
    }

    public static Field<String> string(String name) {
        return new Field<>(name, raw -> as(name, raw, String.class), text -> text, ParamRule.STRING, false);
    }

    /** A boolean; {@code "true"} and {@code "false"} read as one too (a form or YAML value). */
    public static Field<Boolean> bool(String name) {
        return new Field<>(name,
                raw -> raw instanceof String text ? Boolean.valueOf(text) : as(name, raw, Boolean.class),
                flag -> flag, ParamRule.BOOLEAN, false);
    }

    /** A whole number: an amount in the smallest currency unit, a count. */
    public static Field<Long> integer(String name) {
        return new Field<>(name, raw -> raw instanceof String text ? Long.valueOf(text)
                : as(name, raw, Number.class).longValue(), number -> number, null, false);
    }

    /** A whole number Stripe keeps small, such as a score. */
    public static Field<Integer> smallInteger(String name) {
        return new Field<>(name, raw -> raw instanceof String text ? Integer.valueOf(text)
                : as(name, raw, Number.class).intValue(), number -> number, null, false);
    }

    /** A decimal, exactly as written in the JSON. */
    public static Field<BigDecimal> decimal(String name) {
        return new Field<>(name, raw -> raw instanceof BigDecimal exact ? exact
                : new BigDecimal(raw instanceof String text ? text : as(name, raw, Number.class).toString()),
                number -> number, null, false);
    }

    /** A timestamp: Stripe sends whole seconds since the epoch; ISO-8601 text reads too (a hand-written body). */
    public static Field<Instant> instant(String name) {
        return new Field<>(name, raw -> readInstant(name, raw), Instant::getEpochSecond, null, false);
    }

    /** Key-value pairs attached to an object. */
    public static Field<Map<String, String>> metadata(String name) {
        return container(name, Map.class, ParamRule.MAP);
    }

    /** A nested JSON object kept as a map, such as an address. */
    public static Field<Map<String, Object>> map(String name) {
        return container(name, Map.class, ParamRule.MAP);
    }

    /** A postal address: Stripe's address fields as a map. */
    public static Field<Map<String, Object>> address(String name) {
        return container(name, Map.class, ParamRule.ADDRESS);
    }

    /** A JSON array of any values. */
    public static Field<List<Object>> list(String name) {
        return container(name, List.class, ParamRule.LIST);
    }

    public static Field<List<String>> strings(String name) {
        return container(name, List.class, null);
    }

    /** Up to 8 absolute http(s) URLs, such as a product's images. */
    public static Field<List<String>> urls(String name) {
        return container(name, List.class, ParamRule.URL_LIST);
    }

    /** A nested object read as a typed view of the JSON it was read from (edits write through to it). */
    public static <T extends StripeJsonObject> Field<T> object(String name, Class<T> type) {
        return new Field<>(name, raw -> StripeJsonObject.view(type, asMap(name, raw)), StripeJsonObject::fields, null,
                true);
    }

    /**
     * A nested Stripe resource whose class depends on its JSON (an event's {@code data.object}, typed by its
     * {@code object} value); a typed view like {@link #object}.
     */
    public static <T extends StripeJsonObject> Field<T> object(String name,
            Function<Map<String, Object>, Class<? extends T>> classOf) {
        return new Field<>(name, raw -> {
            Map<String, Object> fields = asMap(name, raw);
            return StripeJsonObject.view(classOf.apply(fields), fields);
        }, StripeJsonObject::fields, null, true);
    }

    /** A reference Stripe may expand: an id, or the whole object when the request asked for it. */
    public static <T extends StripeObject> Field<Expandable<T>> expandable(String name, Class<T> type) {
        return new Field<>(name, raw -> raw instanceof String id ? Expandable.ofId(id)
                : Expandable.of(StripeJsonObject.view(type, asMap(name, raw))),
                reference -> reference.isExpanded() ? reference.getExpanded().fields() : reference.getId(), null,
                true);
    }

    /** An amount in the smallest currency unit, which Stripe takes as a positive integer. */
    public static Field<Long> amount(String name) {
        return integer(name).checked(ParamRule.POSITIVE_INTEGER);
    }

    /** A three-letter ISO currency code. */
    public static Field<String> currency(String name) {
        return string(name).checked(ParamRule.CURRENCY);
    }

    /** A string parameter that takes one of these values, as Stripe's API reference lists them. */
    public static Field<String> oneOf(String name, String... values) {
        return string(name).checked(ParamRule.oneOf(values));
    }

    /** The same field with another parameter check. */
    public Field<T> checked(ParamRule check) {
        return new Field<>(name, reader, writer, check, view);
    }

    /** The same field without a parameter check, for a parameter another step validates (the object id). */
    public Field<T> unchecked() {
        return checked(null);
    }

    /** The field's Stripe name, for example {@code "receipt_email"}. */
    public String name() {
        return name;
    }

    /** What a route's value for this parameter must be, or null when Stripe alone decides. */
    public ParamRule rule() {
        return rule;
    }

    /** The fields a model or params class (and its superclasses) declares, in declaration order. */
    public static List<Field<?>> declaredBy(Class<? extends Has> type) {
        return Schema.of(type).fields();
    }

    T read(Object raw) {
        return raw == null ? null : reader.apply(raw);
    }

    Object write(T value) {
        return value == null ? null : writer.apply(value);
    }

    /** Typed views (nested objects, references) are built once per object and kept, so edits to them stick. */
    boolean isView() {
        return view;
    }

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private static <C> Field<C> container(String name, Class<?> type, ParamRule rule) {
        // stored as a JSON-native copy, so a caller's map is not shared and any mapper can write it
        return new Field<>(name, raw -> (C) as(name, raw, type), JsonValues::toJson, rule, false);
    }

    private static Instant readInstant(String name, Object raw) {
        if (raw instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        String text = as(name, raw, String.class).trim();
        return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(text))
                : Instant.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String name, Object raw) {
        return as(name, raw, Map.class);
    }

    private static <V> V as(String name, Object raw, Class<V> type) {
        if (!type.isInstance(raw)) {
            throw new IllegalStateException("Stripe field " + name + " holds " + ParamRule.describe(raw) + ", not a "
                                            + type.getSimpleName());
        }
        return type.cast(raw);
    }

    /** The fields each class declares, found once per class among its static {@code Field} constants. */
    static final class Schema {

        private static final ClassValue<Schema> SCHEMAS = new ClassValue<>() {
            @Override
            protected Schema computeValue(Class<?> type) {
                return new Schema(type);
            }
        };

        private final List<Field<?>> fields;
        private final Set<String> names;

        private Schema(Class<?> type) {
            Map<String, Field<?>> found = new LinkedHashMap<>();
            Class<?> superclass = type.getSuperclass();
            if (superclass != null && Has.class.isAssignableFrom(superclass)) {
                of(superclass).fields.forEach(field -> found.putIfAbsent(field.name(), field));
            }
            for (Class<?> mixin : type.getInterfaces()) {
                if (Has.class.isAssignableFrom(mixin)) {
                    of(mixin).fields.forEach(field -> found.putIfAbsent(field.name(), field));
                }
            }
            for (java.lang.reflect.Field constant : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(constant.getModifiers()) && constant.getType() == Field.class) {
                    Field<?> field = valueOf(constant);
                    found.putIfAbsent(field.name(), field);
                }
            }
            this.fields = List.copyOf(found.values());
            this.names = Set.copyOf(found.keySet());
        }

        static Schema of(Class<?> type) {
            return SCHEMAS.get(type);
        }

        List<Field<?>> fields() {
            return fields;
        }

        boolean models(String name) {
            return names.contains(name);
        }

        private static Field<?> valueOf(java.lang.reflect.Field constant) {
            try {
                constant.trySetAccessible(); // constants of a subclass outside this package may be private
                return (Field<?>) constant.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read field constant " + constant, e);
            }
        }
    }
}
