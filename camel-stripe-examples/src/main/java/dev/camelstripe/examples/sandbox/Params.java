package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed, validating reads of the parameters of one request. Every read follows Stripe's conventions: an unknown name
 * is a 400 {@code parameter_unknown}; the empty string means "unset"; a value of the wrong shape is a 400 naming the
 * parameter. The parameters of one element of a list ({@code items[1]}) are read the same way, and their errors
 * name the full parameter ({@code items[1][quantity]}).
 */
public final class Params {

    private final Map<String, Object> values;
    private final String prefix;

    public Params(Map<String, Object> values) {
        this(values, "");
    }

    private Params(Map<String, Object> values, String prefix) {
        this.values = values;
        this.prefix = prefix;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** Rejects the first parameter (in request order) not in {@code allowed}, as Stripe does. */
    public Params allowOnly(Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw StripeError.unknownParameter(qualified(name));
            }
        }
        return this;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when absent or sent empty (unset). */
    public String string(String name) {
        Object value = values.get(name);
        if (value == null || "".equals(value)) {
            return null;
        }
        if (!(value instanceof String)) {
            throw StripeError.invalid("parameter_invalid_string", qualified(name),
                    "Invalid string: " + qualified(name) + " must be a string");
        }
        return (String) value;
    }

    /** A field that must be present on create and can never be unset. */
    public String requiredString(String name) {
        if (!has(name)) {
            throw StripeError.missingParameter(qualified(name));
        }
        return nonEmptyString(name);
    }

    /** A field that may be omitted but, when sent, cannot be emptied. */
    public String nonEmptyString(String name) {
        String value = string(name);
        if (value == null) {
            String param = qualified(name);
            throw StripeError.invalid("parameter_invalid_empty", param, "You passed an empty string for '" + param
                    + "'. We assume empty values are an attempt to unset a parameter; however '" + param
                    + "' cannot be unset. You should remove '" + param
                    + "' from your request or supply a non-empty value.");
        }
        return value;
    }

    public Boolean bool(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw StripeError.invalid("parameter_invalid_boolean", qualified(name),
                    "Invalid boolean: " + value);
        };
    }

    /** A boolean that is false when absent. */
    public boolean flag(String name) {
        return bool(name) == Boolean.TRUE;
    }

    public Long integer(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw StripeError.invalid("parameter_invalid_integer", qualified(name), "Invalid integer: " + value);
        }
    }

    /** A required integer of at least 1 (an amount). */
    public long positiveInteger(String name) {
        if (!has(name)) {
            throw StripeError.missingParameter(qualified(name));
        }
        Long value = positiveIntegerOrNull(name);
        if (value == null) {
            throw StripeError.missingParameter(qualified(name));
        }
        return value;
    }

    /** An optional integer of at least 1, or null when absent. */
    public Long positiveIntegerOrNull(String name) {
        Long value = integer(name);
        if (value != null && value < 1) {
            throw StripeError.invalid("parameter_invalid_integer", qualified(name),
                    "Invalid positive integer: " + qualified(name) + " must be at least 1");
        }
        return value;
    }

    /** A three-letter ISO currency code, lowercased as Stripe stores it; required. */
    public String currency(String name) {
        String value = requiredString(name);
        if (!value.matches("[A-Za-z]{3}")) {
            throw StripeError.invalid("parameter_invalid_string", qualified(name), "Invalid currency: " + value
                    + ". Currencies are three-letter ISO codes, such as usd or eur.");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    public String oneOf(String name, List<String> allowed) {
        String value = string(name);
        if (value != null && !allowed.contains(value)) {
            throw StripeError.invalid("parameter_invalid_enum", qualified(name),
                    "Invalid " + qualified(name) + ": must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** A list of strings; {@code name=} clears it. */
    public List<String> stringList(String name, int maxItems) {
        Object value = values.get(name);
        if ("".equals(value)) {
            return new ArrayList<>();
        }
        String param = qualified(name);
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw StripeError.invalid("parameter_invalid_array", param,
                    "Invalid array: " + param + " must be a list of strings, e.g. " + param + "[0]=...");
        }
        if (list.size() > maxItems) {
            throw StripeError.invalid("parameter_invalid_array", param,
                    "Invalid array: " + param + " must have at most " + maxItems + " items, got " + list.size());
        }
        List<String> out = new ArrayList<>();
        list.forEach(item -> out.add((String) item));
        return out;
    }

    /**
     * A nested hash with the given keys, every one present in the result (null when not sent), or null when the whole
     * hash is unset with {@code name=}.
     */
    public Map<String, Object> hash(String name, List<String> keys) {
        Object value = values.get(name);
        if ("".equals(value)) {
            return null;
        }
        Map<String, Object> given = mapOrFail(qualified(name), value);
        for (String key : given.keySet()) {
            if (!keys.contains(key)) {
                throw StripeError.unknownParameter(qualified(name) + "[" + key + "]");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, "".equals(given.get(k)) ? null : given.get(k)));
        return out;
    }

    /** A nested hash read as parameters of its own, with only the given keys; empty when absent. */
    public Params nested(String name, Set<String> keys) {
        Object value = values.get(name);
        Map<String, Object> given = value == null ? Map.of() : mapOrFail(qualified(name), value);
        return new Params(given, qualified(name)).allowOnly(keys);
    }

    /**
     * A list of hashes ({@code items[0][price]=…&items[1][price]=…}), each read as parameters of its own with only
     * the given keys.
     */
    public List<Params> hashList(String name, Set<String> keys, int maxItems) {
        Object value = values.get(name);
        String param = qualified(name);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw StripeError.invalid("parameter_invalid_array", param,
                    "Invalid array: " + param + " must be a list of hashes, e.g. " + param + "[0][...]=...");
        }
        if (list.size() > maxItems) {
            throw StripeError.invalid("parameter_invalid_array", param,
                    "Invalid array: " + param + " must have at most " + maxItems + " items, got " + list.size());
        }
        List<Params> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String item = param + "[" + i + "]";
            out.add(new Params(mapOrFail(item, list.get(i)), item).allowOnly(keys));
        }
        return out;
    }

    /**
     * Applies {@code metadata} to the current metadata: {@code metadata[k]=v} sets k, {@code metadata[k]=} removes k,
     * {@code metadata=} removes every key.
     */
    public Map<String, Object> mergedMetadata(Map<String, Object> current) {
        Object value = values.get("metadata");
        Map<String, Object> merged = new LinkedHashMap<>(current == null ? Map.of() : current);
        if ("".equals(value)) {
            return new LinkedHashMap<>();
        }
        if (value == null) {
            return merged;
        }
        mapOrFail(qualified("metadata"), value).forEach((k, v) -> {
            if (!(v instanceof String s)) {
                throw StripeError.invalid("parameter_invalid_string", qualified("metadata") + "[" + k + "]",
                        "Invalid string: metadata values must be strings");
            }
            if (s.isEmpty()) {
                merged.remove(k);
            } else {
                merged.put(k, s);
            }
        });
        return merged;
    }

    /** The full name of a parameter read here: {@code items[1][quantity]} inside {@code items[1]}. */
    public String qualified(String name) {
        return prefix.isEmpty() ? name : prefix + "[" + name + "]";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOrFail(String param, Object value) {
        if (!(value instanceof Map)) {
            throw StripeError.invalid("parameter_invalid_object", param,
                    "Invalid object: " + param + " must be a hash, e.g. " + param + "[key]=...");
        }
        return (Map<String, Object>) value;
    }
}
