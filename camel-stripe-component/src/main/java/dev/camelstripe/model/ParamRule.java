package dev.camelstripe.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a route may send as one request parameter, checked before anything is sent. A {@link Field} of a params class
 * carries its rule, so a parameter's name, type and check are declared once. {@code null} and {@code ""} are never
 * checked: both unset the field at Stripe. The fixed rules are constants; {@link #oneOf} makes the rule of a
 * parameter that takes one of a few values.
 */
public abstract class ParamRule {

    /** Plain text. */
    public static final ParamRule STRING = new ParamRule("a string") {
        @Override
        Problem check(String name, Object value) {
            return value instanceof String ? null : wrong(name, expected(), value);
        }
    };
    /** {@code true} or {@code false}, as a Boolean or its text. */
    public static final ParamRule BOOLEAN = new ParamRule("true or false") {
        @Override
        Problem check(String name, Object value) {
            return value instanceof Boolean || "true".equals(value) || "false".equals(value) ? null
                    : wrong(name, expected(), value);
        }
    };
    /**
     * A list of at most 8 absolute http(s) URLs. A single URL is taken as a list of one: the connector types
     * {@code images} as a string.
     */
    public static final ParamRule URL_LIST = new ParamRule("a list of up to 8 absolute http(s) URLs") {
        static final int MAX = 8;

        @Override
        Problem check(String name, Object value) {
            List<?> urls = listOf(value);
            if (urls == null) {
                return wrong(name, expected(), value);
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
    };
    /** A list, such as a subscription's {@code items}: a Java collection or array, or a JSON array. */
    public static final ParamRule LIST = new ParamRule("a list") {
        @Override
        Problem check(String name, Object value) {
            return value instanceof Collection || JsonValues.isArray(value) ? null : wrong(name, expected(), value);
        }
    };
    /** Key-value pairs, such as {@code metadata}. */
    public static final ParamRule MAP = new ParamRule("a map of keys to values") {
        @Override
        Problem check(String name, Object value) {
            return value instanceof Map ? null : wrong(name, expected(), value);
        }
    };
    /** A postal address: a map of Stripe's address fields, each a string. */
    public static final ParamRule ADDRESS = new ParamRule("a map of Stripe's address fields") {
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
    /**
     * An amount in the smallest currency unit (cents), or a count: a whole number above zero, as a number or its
     * digits ({@code 2000}, {@code "2000"}); Stripe documents its amounts as "a positive integer".
     */
    public static final ParamRule POSITIVE_INTEGER = wholeNumber(1);
    /** A whole number of zero or more, such as a price's {@code unit_amount} (0 is a free price). */
    public static final ParamRule NON_NEGATIVE_INTEGER = wholeNumber(0);
    /** A three-letter ISO 4217 currency code, such as {@code usd}; Stripe decides which it supports. */
    public static final ParamRule CURRENCY = new ParamRule("a three-letter ISO currency code such as 'usd'") {
        @Override
        Problem check(String name, Object value) {
            return value instanceof String code && code.length() == 3 && code.chars().allMatch(
                    c -> c < 128 && Character.isLetter(c)) ? null : wrong(name, expected(), value);
        }
    };

    private final String expected;

    private ParamRule(String expected) {
        this.expected = expected;
    }

    /** A parameter that takes one of these values, as Stripe's API reference lists them. */
    public static ParamRule oneOf(String... values) {
        Set<String> allowed = Set.of(values);
        return new ParamRule("one of " + String.join(", ", values)) {
            @Override
            Problem check(String name, Object value) {
                return allowed.contains(value) ? null : wrong(name, expected(), value);
            }
        };
    }

    /** What a value must be, in words: "a string", "one of manual, automatic". */
    public String expected() {
        return expected;
    }

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

    private static ParamRule wholeNumber(long min) {
        String expected = (min > 0 ? "a positive" : "a non-negative") + " whole number";
        return new ParamRule(expected) {
            @Override
            Problem check(String name, Object value) {
                BigInteger number = wholeNumberOf(value);
                return number != null && number.compareTo(BigInteger.valueOf(min)) >= 0 ? null
                        : wrong(name, expected, value);
            }
        };
    }

    /** The whole number a value holds, or null: a Boolean, a fraction or text other than digits holds none. */
    private static BigInteger wholeNumberOf(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger exact) {
            return exact;
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return decimal.toBigIntegerExact();
            } catch (ArithmeticException fraction) {
                return null;
            }
        }
        if (value instanceof String text && !text.isEmpty() && text.length() < 20
            && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new BigInteger(text);
        }
        return null;
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
