package dev.camelstripe.examples.sandbox;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Small helpers the resource handlers share to read parameters into an object's fields. */
final class Fields {

    private Fields() {
    }

    /** Each named string parameter that was sent, empty meaning unset (null). */
    static void copyStrings(Params params, Map<String, Object> fields, String... names) {
        for (String name : names) {
            if (params.has(name)) {
                fields.put(name, params.string(name));
            }
        }
    }

    /** Sets {@code metadata} when it was sent, merged into the object's current metadata. */
    static void metadata(Params params, Map<String, Object> fields, Map<String, Object> current) {
        if (params.has("metadata")) {
            fields.put("metadata", params.mergedMetadata(metadataOf(current)));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadataOf(Map<String, Object> object) {
        return (Map<String, Object>) object.get("metadata");
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
