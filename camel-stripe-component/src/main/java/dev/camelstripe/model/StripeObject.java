package dev.camelstripe.model;

import java.util.Map;

/**
 * A Stripe API resource: every one carries an {@code id} and an {@code object} naming its type (for example
 * {@code "customer"}); all other fields are modelled by subclasses or kept as unknown fields.
 */
public abstract class StripeObject extends StripeJsonObject {

    static final Field<String> ID = Field.string("id");
    static final Field<String> OBJECT = Field.string("object");

    public String getId() {
        return get(ID);
    }

    public void setId(String id) {
        set(ID, id);
    }

    /** The resource type as Stripe names it, for example {@code "charge"}. */
    public String getObject() {
        return get(OBJECT);
    }

    public void setObject(String object) {
        set(OBJECT, object);
    }

    /**
     * The parameters that would make Stripe's copy of this object what a route made of it since it was read: the
     * fields changed through setters, and maps or lists returned by a getter and then edited in place. Empty when
     * nothing changed. Values are Stripe parameters ({@code ""} unsets), nested objects are nested maps, which the
     * form encoder sends in brackets ({@code metadata[tier]=gold}). {@code metadata} sends only the keys that changed
     * (a removed key as {@code ""}), since Stripe merges it; another changed map or list is sent whole; a nested
     * Stripe resource (an expanded customer, a discount) is changed through its own endpoint, so edits inside it are
     * not included. A new, mutable map on every call.
     */
    public Map<String, Object> changedParams() {
        return changes();
    }

    /** {@code Customer[customer cus_123]}: type and id only, never the fields (they may hold personal data). */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + getObject() + " " + getId() + "]";
    }
}
