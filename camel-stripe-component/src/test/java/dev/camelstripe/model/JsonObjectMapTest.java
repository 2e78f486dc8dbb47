package dev.camelstripe.model;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact map behaves as a LinkedHashMap does, operation by operation. */
class JsonObjectMapTest {

    @Test
    void randomOperationsMatchALinkedHashMap() {
        Random random = new Random(7);
        JsonObjectMap map = new JsonObjectMap(4);
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int step = 0; step < 5_000; step++) {
            // new String(...): equal keys that are other instances must be found too
            String key = new String("k" + random.nextInt(40));
            switch (random.nextInt(6)) {
                case 0, 1 -> assertThat(map.put(key, step)).isEqualTo(expected.put(key, step));
                case 2 -> assertThat(map.remove(key)).isEqualTo(expected.remove(key));
                case 3 -> assertThat(map.get(key)).isEqualTo(expected.get(key));
                case 4 -> assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
                default -> {
                    Iterator<Map.Entry<String, Object>> entries = map.entrySet().iterator();
                    Iterator<Map.Entry<String, Object>> expectedEntries = expected.entrySet().iterator();
                    while (entries.hasNext()) {
                        Map.Entry<String, Object> entry = entries.next();
                        Map.Entry<String, Object> expectedEntry = expectedEntries.next();
                        assertThat(entry).isEqualTo(expectedEntry);
                        if (random.nextInt(10) == 0) {
                            entries.remove();
                            expectedEntries.remove();
                        } else if (random.nextInt(10) == 0) {
                            entry.setValue(-step);
                            expectedEntry.setValue(-step);
                        }
                    }
                    assertThat(expectedEntries.hasNext()).isFalse();
                }
            }
            assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
        }
    }

    @Test
    void aRepeatedNameFromTheParserKeepsTheLastValue() {
        JsonObjectMap map = new JsonObjectMap();
        String name = "email";

        map.append(name, "first");
        map.append("id", "cus_1");
        map.append(name, "second");

        assertThat(map).containsExactly(Map.entry("email", "second"), Map.entry("id", "cus_1"));
    }

    @Test
    void iteratorsFollowTheMapContract() {
        JsonObjectMap map = new JsonObjectMap();
        map.put("a", 1);
        Iterator<Map.Entry<String, Object>> entries = map.entrySet().iterator();

        assertThatThrownBy(entries::remove).isInstanceOf(IllegalStateException.class);
        entries.next();
        assertThatThrownBy(entries::next).isInstanceOf(java.util.NoSuchElementException.class);
        entries.remove();
        assertThat(map).isEmpty();
        assertThatThrownBy(() -> map.put(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
