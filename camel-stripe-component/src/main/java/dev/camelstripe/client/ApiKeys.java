package dev.camelstripe.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Renders an API key for humans without revealing it. */
public final class ApiKeys {

    private ApiKeys() {
    }

    /**
     * Keeps only the key's kind ({@code sk_test_}, {@code rk_live_} …), which tells a reader which key is meant
     * without giving any of its secret part away.
     */
    public static String mask(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return "<none>";
        }
        int secondUnderscore = apiKey.indexOf('_', apiKey.indexOf('_') + 1);
        String kind = secondUnderscore > 0 && secondUnderscore <= 8 ? apiKey.substring(0, secondUnderscore + 1) : "";
        return kind + "****";
    }

    /** The key's SHA-256, in hex: tells keys apart without holding or showing any of them. */
    public static String fingerprint(String apiKey) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
