package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query fields one resource's search accepts and their types, after Stripe's "Query fields for …" tables
 * (docs.stripe.com/search): a field not listed is refused, as Stripe refuses an unsupported search field.
 */
public final class SearchFields {

    /** How a field compares: tokens exactly, strings case-insensitively or by substring, numbers by order. */
    enum Type {
        TOKEN, STRING, NUMBER, BOOLEAN
    }

    private final String resource;
    private final Map<String, Type> fields = new LinkedHashMap<>();
    private boolean metadata;

    private SearchFields(String resource) {
        this.resource = resource;
    }

    /** @param resource the name in the URL and in Stripe's field tables: {@code customers}, {@code payment_intents} */
    public static SearchFields of(String resource) {
        return new SearchFields(resource);
    }

    public SearchFields token(String... names) {
        return add(Type.TOKEN, names);
    }

    public SearchFields string(String... names) {
        return add(Type.STRING, names);
    }

    /** Numbers and timestamps ({@code created}, epoch seconds). */
    public SearchFields number(String... names) {
        return add(Type.NUMBER, names);
    }

    public SearchFields bool(String... names) {
        return add(Type.BOOLEAN, names);
    }

    /** {@code metadata['key']:'value'}. */
    public SearchFields metadata() {
        this.metadata = true;
        return this;
    }

    String resource() {
        return resource;
    }

    boolean hasMetadata() {
        return metadata;
    }

    /** The field's type, or null when the resource's search does not support it. */
    Type typeOf(String field) {
        return fields.get(field);
    }

    private SearchFields add(Type type, String... names) {
        for (String name : names) {
            fields.put(name, type);
        }
        return this;
    }
}
