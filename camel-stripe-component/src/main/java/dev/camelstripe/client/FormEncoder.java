package dev.camelstripe.client;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Encodes parameters the way Stripe reads them: {@code application/x-www-form-urlencoded} with brackets for nesting
 * ({@code metadata[k]=v}, {@code images[0]=…}, {@code items[0][price]=…}). Nulls are left out; an empty string is
 * kept, since Stripe reads it as "unset this field"; an empty list or map is sent as {@code name=} for the same reason.
 */
public final class FormEncoder {

    private FormEncoder() {
    }

    public static String encode(Map<String, ?> params) {
        StringBuilder out = new StringBuilder(64);
        for (Map.Entry<String, ?> entry : params.entrySet()) {
            append(out, entry.getKey(), entry.getValue());
        }
        return out.toString();
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

    private static String escape(String text) {
        // URLEncoder writes a space as '+'; %20 means the same to every form parser and cannot be misread
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void pair(StringBuilder out, String name, String value) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        // brackets stay readable: Stripe accepts them literally and it keeps logs legible
        out.append(escape(name).replace("%5B", "[").replace("%5D", "]")).append('=').append(escape(value));
    }
}
