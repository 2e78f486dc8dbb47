package dev.camelstripe.client;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import dev.camelstripe.model.JsonValues;

/**
 * Encodes parameters the way Stripe reads them: {@code application/x-www-form-urlencoded} with brackets for nesting
 * ({@code metadata[k]=v}, {@code images[0]=…}, {@code items[0][price]=…}), by the rules of Stripe's own SDKs
 * (stripe-java's {@code FormEncoder}):
 * <ul>
 * <li>a null value is sent as {@code name=}, which unsets the field, as is an empty string;</li>
 * <li>an empty map sends nothing, so {@code metadata={}} can never wipe every key;</li>
 * <li>an empty list is sent as {@code name=}, which clears it; nulls inside a list are left out without a gap in
 * the indexes;</li>
 * <li>decimals ({@code BigDecimal}, {@code Double}, {@code Float}) as plain digits, without exponent or trailing
 * zeros ({@code 1.5E3} → {@code 1500});</li>
 * <li>{@code Instant}, {@code Date}, {@code Calendar}, {@code OffsetDateTime}, {@code ZonedDateTime} as epoch
 * seconds; enums by {@code toString()}, anything else by {@code toString()}.</li>
 * </ul>
 */
public final class FormEncoder {

    private FormEncoder() {
    }

    public static String encode(Map<String, ?> params) {
        if (params instanceof Encoded encoded) {
            return encoded.form;
        }
        StringBuilder out = new StringBuilder(128);
        for (Map.Entry<String, ?> entry : params.entrySet()) {
            append(out, entry.getKey(), entry.getValue());
        }
        return out.toString();
    }

    /**
     * The parameters, frozen, with their encoding kept: for a caller that needs the form itself (the producer
     * derives the idempotency key from it) so that the client does not encode the same map a second time.
     */
    public static Map<String, Object> encoded(Map<String, Object> params) {
        return new Encoded(params);
    }

    /** An unmodifiable view that remembers its form; the producer hands over a map nobody changes afterwards. */
    private static final class Encoded extends AbstractMap<String, Object> {
        private final Map<String, Object> params;
        private final String form;

        Encoded(Map<String, Object> params) {
            this.params = Collections.unmodifiableMap(params);
            this.form = encode(params);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return params.entrySet();
        }

        @Override
        public Object get(Object key) {
            return params.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return params.containsKey(key);
        }

        @Override
        public int size() {
            return params.size();
        }
    }

    private static void append(StringBuilder out, String name, Object value) {
        if (value == null) {
            pair(out, name, "");
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                append(out, name + "[" + entry.getKey() + "]", entry.getValue());
            }
        } else if (value instanceof Collection<?> list) {
            appendList(out, name, list);
        } else if (JsonValues.isArray(value)) {
            appendList(out, name, JsonValues.arrayAsList(value));
        } else {
            pair(out, name, scalar(value));
        }
    }

    private static void appendList(StringBuilder out, String name, Collection<?> list) {
        if (list.isEmpty()) {
            pair(out, name, ""); // the form cannot say "empty list": Stripe reads name= as one
            return;
        }
        int index = 0;
        for (Object item : list) {
            int before = out.length();
            if (item != null) { // a gap in the indexes would be rejected by Stripe
                append(out, name + "[" + index + "]", item);
            }
            if (out.length() > before) {
                index++;
            }
        }
    }

    private static String scalar(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return plain(value);
        }
        Long seconds = JsonValues.epochSeconds(value);
        // Boolean.toString gives true/false, whole numbers their digits, enums their text
        return seconds != null ? seconds.toString() : value.toString();
    }

    /** {@code 1500}, {@code 0.0005}, {@code 12.5}: never an exponent, never a trailing zero after the point. */
    private static String plain(Object decimal) {
        if (decimal instanceof Double || decimal instanceof Float) {
            double number = ((Number) decimal).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                return decimal.toString(); // no decimal form; Stripe refuses it with a message naming the field
            }
        }
        BigDecimal exact = decimal instanceof BigDecimal big ? big : new BigDecimal(decimal.toString());
        String text = exact.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static void pair(StringBuilder out, String name, String value) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        // brackets stay readable: Stripe accepts them literally and it keeps logs legible
        escape(out, name, true);
        out.append('=');
        escape(out, value, false);
    }

    /**
     * What {@code URLEncoder.encode(text, UTF_8)} writes, with a space as {@code %20} (which every form parser reads
     * as a space, and which cannot be misread as a literal '+'), appended straight to {@code out}: the usual ASCII
     * text needs no intermediate strings. Non-ASCII text goes through URLEncoder itself, for its UTF-8 handling.
     */
    static void escape(StringBuilder out, String text, boolean keepBrackets) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                String escaped = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
                out.append(keepBrackets ? escaped.replace("%5B", "[").replace("%5D", "]") : escaped);
                return;
            }
        }
        int safeFrom = 0; // runs of safe characters are copied in one append
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                  || c == '*' || c == '_' || keepBrackets && (c == '[' || c == ']'))) {
                out.append(text, safeFrom, i).append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
                safeFrom = i + 1;
            }
        }
        out.append(text, safeFrom, text.length());
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
