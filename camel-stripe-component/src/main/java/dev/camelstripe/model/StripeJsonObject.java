package dev.camelstripe.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * A JSON object exchanged with Stripe that keeps every field this library does not model, in arrival order, and
 * writes them back. Stripe adds fields all the time; a client must never lose them.
 * <p>
 * JSON {@code null} values are kept on reading but, like every null in {@link StripeJson}, not written back: Stripe
 * treats an absent field and a null one alike.
 */
public abstract class StripeJsonObject {

    // transient rather than @JsonIgnore: an ignored property would swallow a Stripe field named "unknown_fields"
    private final transient Map<String, Object> unknownFields = new LinkedHashMap<>();

    /** Every field without a Java counterpart, read-only, in arrival order. */
    public Map<String, Object> getUnknownFields() {
        return Collections.unmodifiableMap(unknownFields);
    }

    /** One field without a Java counterpart (nested objects are maps, arrays are lists), or null. */
    public Object getUnknownField(String name) {
        return unknownFields.get(name);
    }

    @JsonAnySetter
    protected void putUnknownField(String name, Object value) {
        unknownFields.put(name, value);
    }

    @JsonAnyGetter
    private Map<String, Object> unknownFieldsForJson() {
        return unknownFields;
    }
}
