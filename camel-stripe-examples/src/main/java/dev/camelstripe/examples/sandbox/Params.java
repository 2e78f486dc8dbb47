package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, validating reads of the parameters of one request. Every read follows Stripe's conventions: an unknown name
 * is a 400 {@code parameter_unknown}; the empty string means "unset"; a value of the wrong shape is a 400 naming the
 * parameter.
 */
public final class Params {

    private final Map<String, Object> values;

    public Params(Map<String, Object> values) {
        this.values = values;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /** Rejects the first parameter (in request order) not in {@code allowed}, as Stripe does. */
    public Params allowOnly(Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw StripeError.unknownParameter(name);
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
            throw StripeError.invalid("parameter_invalid_string", name, "Invalid string: " + name + " must be a string");
        }
        return (String) value;
    }

    /** A field that must be present on create and can never be unset. */
    public String requiredString(String name) {
        if (!has(name)) {
            throw StripeError.missingParameter(name);
        }
        return nonEmptyString(name);
    }

    /** A field that may be omitted but, when sent, cannot be emptied. */
    public String nonEmptyString(String name) {
        String value = string(name);
        if (value == null) {
            throw StripeError.invalid("parameter_invalid_empty", name, "You passed an empty string for '" + name
                    + "'. We assume empty values are an attempt to unset a parameter; however '" + name
                    + "' cannot be unset. You should remove '" + name
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
            default -> throw StripeError.invalid("parameter_invalid_boolean", name, "Invalid boolean: " + value);
        };
    }

    public Long integer(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw StripeError.invalid("parameter_invalid_integer", name, "Invalid integer: " + value);
        }
    }

    public String oneOf(String name, List<String> allowed) {
        String value = string(name);
        if (value != null && !allowed.contains(value)) {
            throw StripeError.invalid("parameter_invalid_enum", name,
                    "Invalid " + name + ": must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    /** A list of strings; {@code name=} clears it. */
    public List<String> stringList(String name, int maxItems) {
        Object value = values.get(name);
        if ("".equals(value)) {
            return new ArrayList<>();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw StripeError.invalid("parameter_invalid_array", name,
                    "Invalid array: " + name + " must be a list of strings, e.g. " + name + "[0]=...");
        }
        if (list.size() > maxItems) {
            throw StripeError.invalid("parameter_invalid_array", name,
                    "Invalid array: " + name + " must have at most " + maxItems + " items, got " + list.size());
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
        Map<String, Object> given = mapOrFail(name, value);
        for (String key : given.keySet()) {
            if (!keys.contains(key)) {
                throw StripeError.unknownParameter(name + "[" + key + "]");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, "".equals(given.get(k)) ? null : given.get(k)));
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
        mapOrFail("metadata", value).forEach((k, v) -> {
            if (!(v instanceof String s)) {
                throw StripeError.invalid("parameter_invalid_string", "metadata[" + k + "]",
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapOrFail(String name, Object value) {
        if (!(value instanceof Map)) {
            throw StripeError.invalid("parameter_invalid_object", name,
                    "Invalid object: " + name + " must be a hash, e.g. " + name + "[key]=...");
        }
        return (Map<String, Object>) value;
    }
}
