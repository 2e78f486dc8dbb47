package dev.camelstripe.model;

/**
 * A Stripe API resource: every one carries an {@code id} and an {@code object} naming its type (for example
 * {@code "customer"}); all other fields are modelled by subclasses or kept as unknown fields.
 */
public abstract class StripeObject extends StripeJsonObject {

    private String id;
    private String object;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The resource type as Stripe names it, for example {@code "charge"}. */
    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + object + " " + id + "]";
    }
}
