package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The objects of one Stripe resource, kept as insertion-ordered maps in Stripe's wire shape, with the one list/paging
 * implementation every list endpoint uses. Thread-safe: every method locks the store, and every object handed in or
 * out is a deep copy, so callers can never change stored state behind its back.
 */
public final class ResourceStore {

    /** Builds the full object from an id, the current time (epoch seconds) and the fields the caller gave. */
    @FunctionalInterface
    public interface Template {
        Map<String, Object> shape(String id, long now, Map<String, Object> given);
    }

    private record Entry(long time, long seq, Map<String, Object> object) {
    }

    // Newest first: by time desc, and within one second the later insertion first.
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::time)
            .thenComparingLong(Entry::seq).reversed();

    private final String objectName;
    private final String idPrefix;
    private final String timeField;
    private final Clock clock;
    private final Template template;
    private final Map<String, Entry> live = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> deleted = new LinkedHashMap<>();
    private long sequence;

    /**
     * @param objectName the {@code object} value and the name used in errors ({@code customer})
     * @param timeField  the field holding the creation time: {@code created}, or {@code date} for invoice items
     */
    public ResourceStore(String objectName, String idPrefix, String timeField, Clock clock, Template template) {
        this.objectName = objectName;
        this.idPrefix = idPrefix;
        this.timeField = timeField;
        this.clock = clock;
        this.template = template;
    }

    public String objectName() {
        return objectName;
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }

    /**
     * Stores a new object built by the template from {@code fields}; an {@code id} among them is kept (a custom id),
     * otherwise one is generated. Returns the stored object.
     */
    public synchronized Map<String, Object> create(Map<String, Object> fields) {
        String id = fields.get("id") instanceof String given ? given : Ids.next(idPrefix);
        if (live.containsKey(id) || deleted.containsKey(id)) {
            throw StripeError.alreadyExists(objectName, "id");
        }
        Map<String, Object> object = template.shape(id, now(), copy(fields));
        live.put(id, new Entry(((Number) object.get(timeField)).longValue(), sequence++, object));
        return copy(object);
    }

    /** The live object, or the deletion stub of a deleted one. */
    public synchronized Optional<Map<String, Object>> find(String id) {
        Entry entry = live.get(id);
        if (entry != null) {
            return Optional.of(copy(entry.object()));
        }
        return Optional.ofNullable(deleted.get(id)).map(ResourceStore::copy);
    }

    /** Like {@link #find} but a 404 {@code resource_missing} (param {@code id}) when unknown. */
    public Map<String, Object> get(String id) {
        return find(id).orElseThrow(() -> StripeError.noSuch(objectName, id, "id"));
    }

    /** Applies {@code change} to a live object (404 if unknown or deleted) and returns the result. */
    public synchronized Map<String, Object> update(String id, Consumer<Map<String, Object>> change) {
        Entry entry = liveEntry(id, "id");
        Map<String, Object> changed = copy(entry.object());
        change.accept(changed);
        live.put(id, new Entry(entry.time(), entry.seq(), changed));
        return copy(changed);
    }

    /** Deletes a live object (404 if unknown or already deleted) and returns Stripe's deletion stub. */
    public synchronized Map<String, Object> delete(String id) {
        liveEntry(id, "id");
        live.remove(id);
        Map<String, Object> stub = new LinkedHashMap<>();
        stub.put("id", id);
        stub.put("object", objectName);
        stub.put("deleted", true);
        deleted.put(id, stub);
        return copy(stub);
    }

    /** Live objects only. */
    public synchronized int count() {
        return live.size();
    }

    /** Every live object, newest first. */
    public synchronized List<Map<String, Object>> all() {
        return live.values().stream().sorted(NEWEST_FIRST).map(e -> copy(e.object())).toList();
    }

    /**
     * One page, newest first. Filters apply before paging. A cursor must name a live object of this store (else 404
     * with the cursor as param); its position is found by its time and insertion order, so it may itself lie
     * outside the filters.
     */
    public synchronized ListPage list(ListQuery query) {
        List<Entry> matching = live.values().stream()
                .filter(e -> query.acceptsTime(e.time()))
                .filter(e -> query.equalTo().entrySet().stream()
                        .allMatch(f -> f.getValue().equals(e.object().get(f.getKey()))))
                .sorted(NEWEST_FIRST)
                .toList();
        if (query.startingAfter() != null) {
            Entry cursor = liveEntry(query.startingAfter(), "starting_after");
            List<Entry> older = matching.stream().filter(e -> NEWEST_FIRST.compare(e, cursor) > 0).toList();
            return page(older.subList(0, Math.min(query.limit(), older.size())), older.size() > query.limit());
        }
        if (query.endingBefore() != null) {
            Entry cursor = liveEntry(query.endingBefore(), "ending_before");
            List<Entry> newer = matching.stream().filter(e -> NEWEST_FIRST.compare(e, cursor) < 0).toList();
            // The page is the newer items adjacent to the cursor: the tail of the newest-first list.
            int from = Math.max(0, newer.size() - query.limit());
            return page(newer.subList(from, newer.size()), from > 0);
        }
        return page(matching.subList(0, Math.min(query.limit(), matching.size())), matching.size() > query.limit());
    }

    private Entry liveEntry(String id, String param) {
        Entry entry = live.get(id);
        if (entry == null) {
            throw StripeError.noSuch(objectName, id, param);
        }
        return entry;
    }

    private static ListPage page(List<Entry> entries, boolean hasMore) {
        List<Map<String, Object>> data = new ArrayList<>();
        entries.forEach(e -> data.add(copy(e.object())));
        return new ListPage(data, hasMore);
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value; // strings, numbers, booleans, null: immutable
    }
}
