package dev.camelstripe.examples;

/**
 * The examples create products and customers: they run on a test key or on the sandbox, never on a live key. The one
 * rule for every example application (Camel Main here, Spring Boot in its own module); each says where its key came
 * from.
 */
public final class KeyCheck {

    private KeyCheck() {
    }

    /**
     * What is wrong with {@code key} for an example, as "is a live key (sk_live_...)" or "is not a Stripe
     * test key (sk_test_... or rk_test_...)"; null when it may be used (null or blank means: the sandbox).
     */
    public static String problem(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip();
        if (k.startsWith("sk_live_") || k.startsWith("rk_live_")) {
            return "is a live key (" + k.substring(0, 8) + "...)";
        }
        if (!k.startsWith("sk_test_") && !k.startsWith("rk_test_")) {
            return "is not a Stripe test key (sk_test_... or rk_test_...)";
        }
        return null;
    }

    /** Why {@code key}, read from {@code STRIPE_API_KEY}, is refused, or null when it may be used. */
    static String refusal(String key) {
        String problem = problem(key);
        return problem == null ? null
                : "STRIPE_API_KEY " + problem + ". The examples create products and customers, so they only run on a"
                  + " test key (sk_test_...) or, with STRIPE_API_KEY unset, on the embedded sandbox. Refusing to start.";
    }
}
