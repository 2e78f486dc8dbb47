package dev.camelstripe.client;

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
}
