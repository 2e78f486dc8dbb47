package dev.camelstripe.model;

import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A reference Stripe can expand: the id alone ({@code "cus_123"}) or, when the request asked for
 * {@code expand[]=customer}, the whole object. Written back in the shape it was read in.
 *
 * @param <T> the type of the expanded object
 */
@JsonSerialize(using = ExpandableSerializer.class)
@JsonDeserialize(using = ExpandableDeserializer.class)
public final class Expandable<T extends StripeObject> {

    private final String id;
    private final T expanded;

    private Expandable(String id, T expanded) {
        this.id = id;
        this.expanded = expanded;
    }

    /** A reference by id; null for a null id, so setters can pass their argument straight through. */
    public static <T extends StripeObject> Expandable<T> ofId(String id) {
        return id == null ? null : new Expandable<>(id, null);
    }

    /** An expanded reference. */
    public static <T extends StripeObject> Expandable<T> of(T expanded) {
        return new Expandable<>(null, Objects.requireNonNull(expanded, "expanded"));
    }

    /** The id of a possibly absent reference, or null. */
    public static String idOf(Expandable<?> reference) {
        return reference == null ? null : reference.getId();
    }

    /** The id, whether or not the reference was expanded. */
    public String getId() {
        return expanded != null ? expanded.getId() : id;
    }

    /** The object when Stripe expanded it, else null. */
    public T getExpanded() {
        return expanded;
    }

    public boolean isExpanded() {
        return expanded != null;
    }

    @Override
    public String toString() {
        return isExpanded() ? "Expandable[" + expanded + "]" : "Expandable[" + id + "]";
    }
}
