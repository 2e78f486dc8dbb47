package dev.camelstripe.model;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The fields of one Stripe JSON object, in arrival order, on two arrays. A Stripe object has a few dozen fields and
 * is read far more often than changed, so a linear scan finds a field as fast as hashing would, and the map takes a
 * third of a {@code LinkedHashMap}'s memory: what a trigger delivering thousands of objects per second allocates.
 * Field names Jackson reads are interned, as are the names the models declare, so a lookup mostly compares
 * references.
 */
final class JsonObjectMap extends AbstractMap<String, Object> {

    private String[] keys;
    private Object[] values;
    private int size;

    JsonObjectMap() {
        this(16);
    }

    JsonObjectMap(int capacity) {
        keys = new String[Math.max(4, capacity)];
        values = new Object[keys.length];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        if (key instanceof String) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object put(String key, Object value) {
        int index = indexOf(key);
        if (index >= 0) {
            Object previous = values[index];
            values[index] = value;
            return previous;
        }
        append(java.util.Objects.requireNonNull(key, "key"), value);
        return null;
    }

    /**
     * Adds a field as a parser reads it: the parser gives each name as one canonical String instance, so a repeated
     * name (the last one wins, as in any map) is found by comparing references alone.
     */
    void append(String key, Object value) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
    }

    @Override
    public Object remove(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : removeAt(index);
    }

    private Object removeAt(int index) {
        Object previous = values[index];
        System.arraycopy(keys, index + 1, keys, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        return previous;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    /** Iterated by index, with removal, through AbstractList's iterator. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        List<Entry<String, Object>> entries = new AbstractList<>() {
            @Override
            public Entry<String, Object> get(int index) {
                return new FieldEntry(java.util.Objects.checkIndex(index, size));
            }

            @Override
            public Entry<String, Object> remove(int index) {
                Entry<String, Object> removed = new SimpleImmutableEntry<>(keys[index], values[index]);
                removeAt(index);
                return removed;
            }

            @Override
            public int size() {
                return size;
            }
        };
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** An entry that writes through; valid until the map is changed otherwise, as for any map's entries. */
    private final class FieldEntry implements Entry<String, Object> {
        private final int index;

        FieldEntry(int index) {
            this.index = index;
        }

        @Override
        public String getKey() {
            return keys[index];
        }

        @Override
        public Object getValue() {
            return values[index];
        }

        @Override
        public Object setValue(Object value) {
            Object previous = values[index];
            values[index] = value;
            return previous;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry<?, ?> entry && getKey().equals(entry.getKey())
                   && java.util.Objects.equals(getValue(), entry.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ java.util.Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
