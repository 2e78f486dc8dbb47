package dev.camelstripe.examples.sandbox;

import java.util.HashMap;
import java.util.Map;

final class TestMaps {

    private TestMaps() {
    }

    /** Like Map.of, but Stripe objects are full of nulls and Map.of refuses them. */
    static Map<String, Object> withNulls(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
