package dev.camelstripe.model;

/**
 * Base of the typed request bodies a route sends to the producer, such as {@code ProductParams}: a builder over the
 * Stripe parameters themselves (one ordered map, in the order they were set), so {@link #toMap()} is what is sent.
 * Each typed parameter is a {@link Field} carrying the {@link ParamRule} the producer checks before sending; the
 * parameters many requests share come with their setters from the mixins in {@link Params}, which reuse the fields
 * of {@link Has}. Any parameter without a typed setter goes through {@link #set(String, Object)}, so a new Stripe
 * parameter never needs a new release.
 * <p>
 * Like stripe-java's builders, a Java {@code null} means "not given": the parameter is left out. To unset a field at
 * Stripe, give {@code ""} or call {@link #unset(String)}. (In a JSON or {@code Map} body, an explicit null unsets.)
 *
 * @param <S> the concrete type, so the setters chain
 */
public abstract class StripeParams<S extends StripeParams<S>> extends StripeJsonObject implements Params<S> {

    /** The object's id: chosen on create where Stripe allows it, the object addressed on update. */
    static final Field<String> ID = Field.string("id").unchecked();

    public S id(String id) {
        return param(ID, id);
    }

    public String getId() {
        return get(ID);
    }

    public void setId(String id) {
        id(id);
    }

    /**
     * Sets a parameter by its Stripe name, for example {@code set("tax_exempt", "reverse")} or
     * {@code set("preferred_locales", List.of("fr"))}; null removes it. Values are stored as JSON: dates become epoch
     * seconds, records and beans maps with snake_case keys.
     */
    public S set(String name, Object value) {
        if (value == null) {
            remove(name);
        } else {
            putRaw(name, JsonValues.toJson(value));
        }
        return self();
    }

    /** Sends the parameter empty ({@code name=}), which unsets the field at Stripe. */
    public S unset(String name) {
        putRaw(name, "");
        return self();
    }

    /** Sets a typed parameter; null removes it ("not given"). */
    @Override
    public final <T> S param(Field<T> field, T value) {
        if (value == null) {
            remove(field.name());
        } else {
            put(field, value);
        }
        return self();
    }

    /** As {@link #param}: on a params object a bean setter given null leaves the parameter out. */
    @Override
    public final <T> void set(Field<T> field, T value) {
        param(field, value);
    }

    @SuppressWarnings("unchecked")
    protected final S self() {
        return (S) this;
    }

    /** {@code CustomerParams[email, metadata]}: the parameter names, never their values (personal data). */
    @Override
    public String toString() {
        return getClass().getSimpleName() + fields().keySet();
    }
}
