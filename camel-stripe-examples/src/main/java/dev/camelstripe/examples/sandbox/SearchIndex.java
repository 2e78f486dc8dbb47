package dev.camelstripe.examples.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What search sees of one store: every write is kept with the moment it was made, and a search at time T sees each
 * object as it was last written before T minus the search delay (a new object not at all, a deleted one still). That
 * is Stripe's "search is not read-after-write". Versions no search can see any more are dropped as writes come in.
 * Not thread-safe: the store calls it under its lock.
 */
final class SearchIndex {

    /** One write; {@code object} is null for a deletion. Objects are shared with the store, which never mutates one. */
    record Version(long writtenAt, long time, long seq, Map<String, Object> object) {
    }

    private final Map<String, Deque<Version>> byId = new HashMap<>();

    void write(String id, Version version, long horizon) {
        Deque<Version> versions = byId.computeIfAbsent(id, k -> new ArrayDeque<>());
        versions.addLast(version);
        // keep the newest version a search at the horizon sees, and everything after it
        while (versions.size() > 1 && secondOldest(versions).writtenAt() <= horizon) {
            versions.removeFirst();
        }
    }

    /** Every object visible at {@code horizon} (epoch millis), in no particular order. */
    List<Version> visibleAt(long horizon) {
        List<Version> visible = new ArrayList<>();
        Iterator<Map.Entry<String, Deque<Version>>> entries = byId.entrySet().iterator();
        while (entries.hasNext()) {
            Deque<Version> versions = entries.next().getValue();
            Version seen = null;
            for (Version v : versions) {
                if (v.writtenAt() <= horizon) {
                    seen = v;
                }
            }
            if (seen != null && seen.object() != null) {
                visible.add(seen);
            } else if (seen != null && versions.size() == 1) {
                entries.remove(); // a deletion every search already sees: nothing left to index
            }
        }
        return visible;
    }

    private static Version secondOldest(Deque<Version> versions) {
        Iterator<Version> it = versions.iterator();
        it.next();
        return it.next();
    }
}
