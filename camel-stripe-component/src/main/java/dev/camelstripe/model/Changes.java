package dev.camelstripe.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a route changed on a Stripe object it received, and how to say it as Stripe parameters. The rules are those
 * of Stripe's own SDK for saving an edited object (stripe-ruby's {@code StripeObject#serialize_params}): only
 * changed fields are sent; null is sent as {@code ""}, which unsets; a replaced or edited {@code metadata} sends its
 * new and changed keys and {@code ""} for each key it lost, since Stripe merges metadata; another map or a list is
 * sent whole; a nested object without an id sends its own changes; a nested Stripe resource (an expanded customer, a
 * discount) is updated through its own endpoint, so edits inside it are not sent, and one set as a whole is sent as
 * its id.
 */
final class Changes {

    /** Stripe merges this object's keys into the stored ones instead of replacing it. */
    private static final String ADDITIVE = "metadata";
    private static final Object ABSENT = new Object();

    /** Fields set through setters: how each was before the first set. */
    private final Map<String, Object> originals = new HashMap<>(4);
    /** Maps and lists handed to a caller, who may edit them in place: a copy as they were. */
    private final Map<String, Object> handedOut = new HashMap<>(4);

    void set(String name, Map<String, Object> fields) {
        if (!originals.containsKey(name)) {
            Object before = handedOut.containsKey(name) ? handedOut.get(name)
                    : fields.containsKey(name) ? JsonValues.toJson(fields.get(name)) : ABSENT;
            originals.put(name, before);
        }
    }

    void handOut(String name, Object value) {
        if (!originals.containsKey(name) && !handedOut.containsKey(name)) {
            handedOut.put(name, JsonValues.toJson(value));
        }
    }

    static Map<String, Object> params(Map<String, Object> fields, Changes changes, Map<String, Object> views) {
        Map<String, Object> params = new LinkedHashMap<>();
        fields.forEach((name, now) -> {
            Object view = views == null ? null : views.get(name);
            if (changes != null && changes.originals.containsKey(name)) {
                params.put(name, sent(name, changes.originals.get(name), now, view));
            } else if (changes != null && changes.handedOut.containsKey(name)
                       && !Objects.equals(changes.handedOut.get(name), now)) {
                params.put(name, sent(name, changes.handedOut.get(name), now, null));
            } else if (view instanceof StripeJsonObject nested && !(view instanceof StripeObject)) {
                Map<String, Object> inner = nested.changes();
                if (!inner.isEmpty()) {
                    params.put(name, inner);
                }
            }
        });
        return params;
    }

    private static Object sent(String name, Object before, Object now, Object view) {
        if (now == null) {
            return "";
        }
        if (view instanceof Expandable<?> || view instanceof StripeObject) {
            String id = view instanceof Expandable<?> reference ? reference.getId() : ((StripeObject) view).getId();
            if (id == null) { // it would be sent as "" and unset the reference
                throw new IllegalStateException(name + " was set to a Stripe object without an id: set the id of"
                                                + " an existing " + name + " instead");
            }
            return id;
        }
        if (ADDITIVE.equals(name) && now instanceof Map<?, ?> after) {
            Map<String, Object> diff = new LinkedHashMap<>();
            Map<?, ?> old = before instanceof Map<?, ?> map ? map : Map.of();
            old.keySet().forEach(key -> {
                if (!after.containsKey(key)) {
                    diff.put(String.valueOf(key), "");
                }
            });
            after.forEach((key, value) -> {
                if (!old.containsKey(key) || !Objects.equals(old.get(key), value)) {
                    diff.put(String.valueOf(key), value == null ? "" : JsonValues.toJson(value));
                }
            });
            return diff;
        }
        return JsonValues.toJson(now);
    }
}
