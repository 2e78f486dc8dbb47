package dev.camelstripe.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a route may send as one request parameter, checked before anything is sent. A {@link Field} of a params class
 * carries its rule, so a parameter's name, type and check are declared once. {@code null} and {@code ""} are never
 * checked: both unset the field at Stripe.
 */
public enum ParamRule {

    /** Plain text. */
    STRING {
        @Override
        Problem check(String name, Object value) {
            return value instanceof String ? null : wrong(name, "a string", value);
        }
    },
    /** {@code true} or {@code false}, as a Boolean or its text. */
    BOOLEAN {
        @Override
        Problem check(String name, Object value) {
            return value instanceof Boolean || "true".equals(value) || "false".equals(value) ? null
                    : wrong(name, "true or false", value);
        }
    },
    /**
     * A list of at most 8 absolute http(s) URLs. A single URL is taken as a list of one: the connector types
     * {@code images} as a string.
     */
    URL_LIST {
        static final int MAX = 8;

        @Override
        Problem check(String name, Object value) {
            List<?> urls = listOf(value);
            if (urls == null) {
                return wrong(name, "a list of up to " + MAX + " absolute http(s) URLs", value);
            }
            if (urls.size() > MAX) {
                return new Problem(name, name + " must hold at most " + MAX + " URLs, was " + urls.size());
            }
            for (int i = 0; i < urls.size(); i++) {
                if (!isHttpUrl(urls.get(i))) {
                    return wrong(name + "[" + i + "]", "an absolute http(s) URL", urls.get(i));
                }
            }
            return null;
        }

        @Override
        Object normalized(Object value) {
            return value instanceof String url ? List.of(url) : value;
        }

        private List<?> listOf(Object value) {
            if (value instanceof String url) {
                return List.of(url);
            }
            if (value instanceof Collection<?> collection) {
                return new ArrayList<>(collection);
            }
            return JsonValues.isArray(value) ? JsonValues.arrayAsList(value) : null;
        }
    },
    /** Key-value pairs, such as {@code metadata}. */
    MAP {
        @Override
        Problem check(String name, Object value) {
            return value instanceof Map ? null : wrong(name, "a map of keys to values", value);
        }
    },
    /** A postal address: a map of Stripe's address fields, each a string. */
    ADDRESS {
        @Override
        Problem check(String name, Object value) {
            if (!(value instanceof Map<?, ?> address)) {
                return wrong(name, "a map of Stripe's address fields (line1, line2, city, state, postal_code,"
                                   + " country)", value);
            }
            for (Map.Entry<?, ?> line : address.entrySet()) {
                Object text = line.getValue();
                if (text != null && !(text instanceof String)) {
                    return wrong(name + "[" + line.getKey() + "]", "a string", text);
                }
            }
            return null;
        }
    };

    /** Why a value may not be sent: the parameter (for a list item, {@code images[2]}) and what was expected. */
    public record Problem(String param, String message) {
    }

    /** The problem with a value that is neither null nor {@code ""}, or null when it may be sent. */
    abstract Problem check(String name, Object value);

    /** The value to send once it passed the check. */
    Object normalized(Object value) {
        return value;
    }

    /** The problem with a parameter's value, or null when it may be sent; null and {@code ""} always may. */
    public Problem problem(String name, Object value) {
        return value == null || "".equals(value) ? null : check(name, value);
    }

    /** The value to send for a value that passed {@link #problem}: a single URL becomes a list of one. */
    public Object normalize(Object value) {
        return value == null || "".equals(value) ? value : normalized(value);
    }

    /** A value as an error message shows it: text quoted, anything else with its kind. */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        boolean array = JsonValues.isArray(value);
        String kind = value instanceof Collection<?> || array ? "list"
                : value instanceof Map<?, ?> ? "map" : value.getClass().getSimpleName();
        return (array ? JsonValues.arrayAsList(value) : value) + " (" + kind + ")";
    }

    private static Problem wrong(String name, String expected, Object value) {
        return new Problem(name, name + " must be " + expected + ", was " + describe(value));
    }

    private static boolean isHttpUrl(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                   && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
