package dev.camelstripe.producer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.camelstripe.client.StripeParameterException;

/**
 * The types the connector's tables give its parameters, each with its check. An empty string is always accepted:
 * Stripe reads it as "unset this field".
 */
enum ParamType {

    /** Plain text. */
    STRING {
        @Override
        void check(String name, Object value) {
            if (!(value instanceof String)) {
                throw wrong(name, "a string", value);
            }
        }
    },
    /** {@code true} or {@code false}, as a Boolean or its text. */
    BOOLEAN {
        @Override
        void check(String name, Object value) {
            if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                throw wrong(name, "true or false", value);
            }
        }
    },
    /** A list of at most 8 absolute http(s) URLs. */
    URL_LIST {
        static final int MAX = 8;

        @Override
        void check(String name, Object value) {
            List<?> urls = value instanceof Collection<?> c ? new ArrayList<>(c)
                    : value instanceof Object[] a ? Arrays.asList(a) : null;
            if (urls == null) {
                throw wrong(name, "a list of up to " + MAX + " absolute http(s) URLs", value);
            }
            if (urls.size() > MAX) {
                throw new StripeParameterException(name, name + " must hold at most " + MAX + " URLs, was " + urls.size());
            }
            for (int i = 0; i < urls.size(); i++) {
                if (!isHttpUrl(urls.get(i))) {
                    throw wrong(name + "[" + i + "]", "an absolute http(s) URL", urls.get(i));
                }
            }
        }
    },
    /** Key-value pairs, such as {@code metadata}. */
    MAP {
        @Override
        void check(String name, Object value) {
            if (!(value instanceof Map)) {
                throw wrong(name, "a map of keys to values", value);
            }
        }
    };

    /** Fails with a {@link StripeParameterException} when a non-null value does not fit. */
    void validate(String name, Object value) {
        if (value != null && !"".equals(value)) {
            check(name, value);
        }
    }

    abstract void check(String name, Object value);

    static StripeParameterException wrong(String name, String expected, Object value) {
        return new StripeParameterException(name, name + " must be " + expected + ", was " + describe(value));
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + text + "'";
        }
        String kind = value instanceof Collection<?> || value instanceof Object[] ? "list"
                : value instanceof Map<?, ?> ? "map" : value.getClass().getSimpleName();
        return (value instanceof Object[] array ? Arrays.toString(array) : value) + " (" + kind + ")";
    }

    private static boolean isHttpUrl(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                   && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
