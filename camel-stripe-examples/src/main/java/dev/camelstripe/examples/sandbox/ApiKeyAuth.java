package dev.camelstripe.examples.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Accepts any test-mode secret or restricted key ({@code sk_test_…}, {@code rk_test_…}), sent as Bearer or as the
 * user name of HTTP Basic. A rejected key is only ever shown masked: error bodies end up in logs.
 */
public final class ApiKeyAuth {

    private ApiKeyAuth() {
    }

    /** The API key of a valid Authorization header; otherwise a 401 {@link StripeError}. */
    public static String authenticate(String authorization) {
        String key = keyOf(authorization);
        if (key == null || key.isBlank()) {
            throw StripeError.missingApiKey();
        }
        if (!key.startsWith("sk_test_") && !key.startsWith("rk_test_")) {
            throw StripeError.invalidApiKey(mask(key));
        }
        return key;
    }

    /** {@code sk_live_abc…wxyz} becomes {@code sk_live_****wxyz}; short or unprefixed keys show no characters. */
    public static String mask(String key) {
        int prefixEnd = 0;
        if (key.matches("^(sk|rk|pk)_(test|live)_.*")) {
            prefixEnd = key.indexOf('_', 3) + 1;
        }
        String rest = key.substring(prefixEnd);
        String tail = rest.length() >= 12 ? rest.substring(rest.length() - 4) : "";
        return key.substring(0, prefixEnd) + "****" + tail;
    }

    private static String keyOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return value.substring(7).trim();
        }
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }
}
