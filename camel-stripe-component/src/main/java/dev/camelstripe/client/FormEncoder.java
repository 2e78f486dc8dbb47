package dev.camelstripe.client;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Encodes parameters the way Stripe reads them: {@code application/x-www-form-urlencoded} with brackets for nesting
 * ({@code metadata[k]=v}, {@code images[0]=…}, {@code items[0][price]=…}). Nulls are left out; an empty string is
 * kept, since Stripe reads it as "unset this field"; an empty list or map is sent as {@code name=} for the same reason.
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
            return;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                pair(out, name, "");
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                append(out, name + "[" + entry.getKey() + "]", entry.getValue());
            }
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                pair(out, name, "");
            }
            int index = 0;
            for (Object item : list) {
                if (item != null) { // a gap in the indexes would be rejected by Stripe
                    append(out, name + "[" + index++ + "]", item);
                }
            }
        } else if (value instanceof Object[] array) {
            append(out, name, Arrays.asList(array));
        } else if (value instanceof Instant instant) {
            pair(out, name, Long.toString(instant.getEpochSecond()));
        } else if (value instanceof Enum<?> constant) {
            pair(out, name, constant.toString());
        } else {
            // Boolean.toString gives true/false; numbers their plain decimal form
            pair(out, name, value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        }
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
