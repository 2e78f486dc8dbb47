package dev.camelstripe.model;

/**
 * Base of the typed request bodies a route sends to the producer; {@link StripeJson#toParams(Object)} turns one into
 * Stripe parameters. Plain data: Stripe itself validates. Any parameter without a typed setter goes through
 * {@link #set(String, Object)}, so a new Stripe parameter never needs a new release.
 *
 * @param <S> the concrete type, so {@code set} chains with the fluent setters
 */
public abstract class StripeParams<S extends StripeParams<S>> extends StripeJsonObject {

    /**
     * Sets a parameter by its Stripe name, for example {@code set("tax_exempt", "reverse")} or
     * {@code set("preferred_locales", List.of("fr"))}. Use it for parameters without a typed setter: for a name that
     * has one, JSON output would carry the key twice and {@link StripeJson#toParams(Object)} keeps only this value.
     */
    public S set(String name, Object value) {
        putUnknownField(name, value);
        return self();
    }

    @SuppressWarnings("unchecked")
    protected final S self() {
        return (S) this;
    }
}
