package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The objects of one Stripe resource, kept as insertion-ordered maps in Stripe's wire shape, with the one list/paging
 * and the one search implementation every endpoint uses. Every change is recorded as an event when the store's
 * {@link EventTypes} name one. Thread-safe: every method takes the lock the sandbox's stores share, and every object
 * handed in or out is a deep copy, so callers can never change stored state behind its back.
 */
public final class ResourceStore {

    /** Builds the full object from an id, the current time (epoch seconds) and the fields the caller gave. */
    @FunctionalInterface
    public interface Template {
        Map<String, Object> shape(String id, long now, Map<String, Object> given);
    }

    /**
     * The event types a store's changes record: the creation's by the object created (a charge records
     * {@code charge.succeeded} or {@code charge.failed}), an update's and a deletion's; null records none.
     */
    public record EventTypes(Function<Map<String, Object>, String> created, String updated, String deleted) {

        public static final EventTypes NONE = new EventTypes(o -> null, null, null);

        /** {@code <prefix>.created}, {@code <prefix>.updated}, {@code <prefix>.deleted}. */
        public static EventTypes of(String prefix) {
            return new EventTypes(o -> prefix + ".created", prefix + ".updated", prefix + ".deleted");
        }
    }

    private record Entry(long time, long seq, Map<String, Object> object) {
    }

    // Newest first: by time desc, and within one second the later insertion first.
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparingLong(Entry::time)
            .thenComparingLong(Entry::seq).reversed();

    private final StoreContext context;
    private final String objectName;
    private final String idPrefix;
    private final String timeField;
    private final Template template;
    private final EventTypes eventTypes;
    private final Map<String, Entry> live = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> deleted = new LinkedHashMap<>();
    private final SearchIndex index = new SearchIndex();
    private Duration retention;
    private long sequence;

    /**
     * A store of its own, recording no events.
     *
     * @param objectName the {@code object} value and the name used in errors ({@code customer})
     * @param timeField  the field holding the creation time: {@code created}, or {@code date} for invoice items
     */
    public ResourceStore(String objectName, String idPrefix, String timeField, Clock clock, Template template) {
        this(new StoreContext(clock), objectName, idPrefix, timeField, template, EventTypes.NONE);
    }

    ResourceStore(StoreContext context, String objectName, String idPrefix, String timeField, Template template,
            EventTypes eventTypes) {
        this.context = context;
        this.objectName = objectName;
        this.idPrefix = idPrefix;
        this.timeField = timeField;
        this.template = template;
        this.eventTypes = eventTypes;
    }

    /** Objects older than {@code retention} (by their creation time) are forgotten, as Stripe forgets events. */
    ResourceStore retainFor(Duration retention) {
        this.retention = retention;
        return this;
    }

    public String objectName() {
        return objectName;
    }

    public long now() {
        return context.clock.instant().getEpochSecond();
    }

    /** Runs {@code work} holding the lock of every store of the sandbox: a change over several stores is atomic. */
    public <T> T atomically(Supplier<T> work) {
        synchronized (context.lock) {
            return work.get();
        }
    }

    /**
     * Stores a new object built by the template from {@code fields}; an {@code id} among them is kept (a custom id),
     * otherwise one is generated. Returns the stored object.
     */
    public Map<String, Object> create(Map<String, Object> fields) {
        synchronized (context.lock) {
            prune();
            String id = fields.get("id") instanceof String given ? given : Ids.next(idPrefix);
            if (live.containsKey(id) || deleted.containsKey(id)) {
                throw StripeError.alreadyExists(objectName, "id");
            }
            Map<String, Object> object = template.shape(id, now(), copy(fields));
            Entry entry = new Entry(((Number) object.get(timeField)).longValue(), sequence++, object);
            live.put(id, entry);
            indexWrite(id, entry, object);
            record(eventTypes.created().apply(object), object, null);
            return copy(object);
        }
    }

    /** The live object, or the deletion stub of a deleted one. */
    public Optional<Map<String, Object>> find(String id) {
        synchronized (context.lock) {
            prune();
            Entry entry = live.get(id);
            if (entry != null) {
                return Optional.of(copy(entry.object()));
            }
            return Optional.ofNullable(deleted.get(id)).map(ResourceStore::copy);
        }
    }

    /** Like {@link #find} but a 404 {@code resource_missing} (param {@code id}) when unknown. */
    public Map<String, Object> get(String id) {
        return get(id, "id");
    }

    /** Like {@link #get(String)}, naming {@code param} in the 404: the parameter that named the object. */
    public Map<String, Object> get(String id, String param) {
        return find(id).orElseThrow(() -> StripeError.noSuch(objectName, id, param));
    }

    /** A live object (not a deletion stub), or a 404 naming {@code param}. */
    public Map<String, Object> live(String id, String param) {
        synchronized (context.lock) {
            return copy(liveEntry(id, param).object());
        }
    }

    /**
     * Applies {@code change} to a live object (404 if unknown or deleted), records the update event unless nothing
     * changed, returns it.
     */
    public Map<String, Object> update(String id, Consumer<Map<String, Object>> change) {
        return update(id, change, eventTypes.updated() == null ? List.of() : List.of(eventTypes.updated()), false);
    }

    /**
     * Like {@link #update(String, Consumer)}, recording {@code eventTypes} instead of the store's update event (a
     * transition, such as {@code invoice.finalized} or {@code invoice.sent}, which happens even when no field
     * changes); none when empty.
     */
    public Map<String, Object> update(String id, Consumer<Map<String, Object>> change, List<String> eventTypes) {
        return update(id, change, eventTypes, true);
    }

    private Map<String, Object> update(String id, Consumer<Map<String, Object>> change, List<String> eventTypes,
            boolean evenUnchanged) {
        synchronized (context.lock) {
            Entry entry = liveEntry(id, "id");
            Map<String, Object> changed = copy(entry.object());
            change.accept(changed);
            Entry updated = new Entry(entry.time(), entry.seq(), changed);
            live.put(id, updated);
            indexWrite(id, updated, changed);
            if (evenUnchanged || !changed.equals(entry.object())) {
                eventTypes.forEach(type -> record(type, changed, entry.object()));
            }
            return copy(changed);
        }
    }

    /** Deletes a live object (404 if unknown or already deleted) and returns Stripe's deletion stub. */
    public Map<String, Object> delete(String id) {
        synchronized (context.lock) {
            Entry entry = liveEntry(id, "id");
            live.remove(id);
            Map<String, Object> stub = new LinkedHashMap<>();
            stub.put("id", id);
            stub.put("object", objectName);
            stub.put("deleted", true);
            deleted.put(id, stub);
            indexWrite(id, entry, null);
            record(eventTypes.deleted(), entry.object(), null);
            return copy(stub);
        }
    }

    /** Live objects only. */
    public int count() {
        synchronized (context.lock) {
            prune();
            return live.size();
        }
    }

    /** Every live object, newest first. */
    public List<Map<String, Object>> all() {
        synchronized (context.lock) {
            prune();
            return live.values().stream().sorted(NEWEST_FIRST).map(e -> copy(e.object())).toList();
        }
    }

    /** Every live object that satisfies {@code condition}, newest first. */
    public List<Map<String, Object>> where(Predicate<Map<String, Object>> condition) {
        return all().stream().filter(condition).toList();
    }

    /**
     * One page, newest first. Filters apply before paging. A cursor must name a live object of this store (else 404
     * with the cursor as param); its position is found by its time and insertion order, so it may itself lie
     * outside the filters.
     */
    public ListPage list(ListQuery query) {
        synchronized (context.lock) {
            prune();
            List<Entry> matching = live.values().stream()
                    .filter(e -> query.acceptsTime(e.time()))
                    .filter(e -> query.accepts(e.object()))
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
            return page(matching.subList(0, Math.min(query.limit(), matching.size())),
                    matching.size() > query.limit());
        }
    }

    /**
     * One page of what search sees now (each object as written at least the search delay ago), newest first.
     *
     * @param after the cursor of the previous page, null for the first
     * @return the total number of matches too, for {@code expand[]=total_count}
     */
    SearchResult search(Predicate<Map<String, Object>> matches, int limit, SearchCursor after) {
        synchronized (context.lock) {
            long horizon = context.clock.millis() - context.searchDelay().toMillis();
            List<Entry> matching = index.visibleAt(horizon).stream()
                    .map(v -> new Entry(v.time(), v.seq(), v.object()))
                    .filter(e -> matches.test(e.object()))
                    .sorted(NEWEST_FIRST)
                    .toList();
            List<Entry> rest = after == null ? matching : matching.stream()
                    .filter(e -> NEWEST_FIRST.compare(e, new Entry(after.time(), after.seq(), null)) > 0).toList();
            List<Entry> page = rest.subList(0, Math.min(limit, rest.size()));
            Entry last = page.isEmpty() ? null : page.get(page.size() - 1);
            SearchCursor next = rest.size() > limit ? new SearchCursor(last.time(), last.seq()) : null;
            return new SearchResult(page(page, next != null).data(), next, matching.size());
        }
    }

    /** A search page, the cursor after it (null when it is the last) and how many objects matched in all. */
    record SearchResult(List<Map<String, Object>> data, SearchCursor next, int totalCount) {
    }

    /** A position in newest-first order that survives the deletion of the object found there. */
    record SearchCursor(long time, long seq) {
    }

    private void record(String type, Map<String, Object> object, Map<String, Object> previous) {
        if (type != null) {
            context.recorder().record(type, copy(object), previous == null ? null : copy(previous));
        }
    }

    private void indexWrite(String id, Entry entry, Map<String, Object> object) {
        long now = context.clock.millis();
        index.write(id, new SearchIndex.Version(now, entry.time(), entry.seq(), object),
                now - context.searchDelay().toMillis());
    }

    private void prune() {
        if (retention != null) {
            long oldest = now() - retention.toSeconds();
            live.values().removeIf(e -> e.time() <= oldest); // 30 days old is gone
        }
    }

    private Entry liveEntry(String id, String param) {
        prune();
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
