package dev.camelstripe.examples;

/** The examples create products and customers: they run on a test key or on the sandbox, never on a live key. */
final class KeyCheck {

    private KeyCheck() {
    }

    /** Why {@code key} is refused, or null when it may be used (null or blank means: the sandbox). */
    static String refusal(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip();
        if (k.startsWith("sk_live_") || k.startsWith("rk_live_")) {
            return "STRIPE_API_KEY holds a live key (" + k.substring(0, 8) + "...). The examples create products and "
                   + "customers, so they only run on a test key (sk_test_...) or, with STRIPE_API_KEY unset, on the "
                   + "embedded sandbox. Refusing to start.";
        }
        if (!k.startsWith("sk_test_") && !k.startsWith("rk_test_")) {
            return "STRIPE_API_KEY does not look like a Stripe test key (sk_test_... or rk_test_...). Refusing to start.";
        }
        return null;
    }
}
