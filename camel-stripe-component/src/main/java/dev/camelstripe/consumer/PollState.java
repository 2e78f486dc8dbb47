package dev.camelstripe.consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A trigger's position, stored as one small JSON string in a {@link org.apache.camel.spi.StateRepository}:
 * <pre>{"cursorId":"ch_3","cursorCreated":1700000002,"seenAtCursorSecond":["ch_2","ch_3"]}</pre>
 * <ul>
 * <li>{@code cursorId}: the last object whose exchange completed; the next poll asks for the objects newer than
 * it.</li>
 * <li>{@code cursorCreated}: its creation second.</li>
 * <li>{@code seenAtCursorSecond}: every object already delivered with that creation second, so that re-finding the
 * position by time after the cursor object was deleted repeats none.</li>
 * <li>{@code startedAt}: when there is no cursor, deliver objects created at or after this second (epoch seconds);
 * absent with no cursor means from the beginning. While the oldest page is being searched for, it is the lowest
 * second the search still has to look at.</li>
 * <li>{@code searchBelow}: while the oldest page is being searched for, the oldest page lies below this second
 * (exclusive): the progress of a search, kept so that a restart or a failure resumes it.</li>
 * <li>{@code startRequestedAt}: {@code startFrom=now} before Stripe first answered: when the trigger started, in the
 * host's epoch milliseconds. The first answer turns it into Stripe's second (its {@code Date} minus the host time
 * elapsed since), so a host clock that is wrong does not move the start.</li>
 * <li>{@code failedId}, {@code failedAttempts}: the object whose delivery failed, and how many deliveries in a row
 * failed, so that a poison object shows in the health check, also after a restart on another node.</li>
 * </ul>
 * Immutable.
 */
public record PollState(@JsonProperty("cursorId") String cursorId,
                        @JsonProperty("cursorCreated") Long cursorCreated,
                        @JsonProperty("seenAtCursorSecond") List<String> seenAtCursorSecond,
                        @JsonProperty("startedAt") Long startedAt,
                        @JsonProperty("searchBelow") Long searchBelow,
                        @JsonProperty("startRequestedAt") Long startRequestedAt,
                        @JsonProperty("failedId") String failedId,
                        @JsonProperty("failedAttempts") Integer failedAttempts) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public PollState {
        seenAtCursorSecond = seenAtCursorSecond == null ? List.of() : List.copyOf(seenAtCursorSecond);
    }

    /** A position with a cursor, or with a start second and no cursor. */
    public PollState(String cursorId, Long cursorCreated, List<String> seenAtCursorSecond, Long startedAt) {
        this(cursorId, cursorCreated, seenAtCursorSecond, startedAt, null, null, null, null);
    }

    /** No position yet: deliver from {@code startedAt} (epoch seconds), or from the beginning when null. */
    public static PollState startingAt(Long startedAt) {
        return new PollState(null, null, List.of(), startedAt);
    }

    /** {@code startFrom=now}, started at {@code hostMillis} on the host's clock; Stripe's first answer fixes the second. */
    public static PollState startingNow(long hostMillis) {
        return new PollState(null, null, List.of(), null, null, hostMillis, null, null);
    }

    /** The position right after {@code id}, which has been delivered. */
    public PollState advancedTo(String id, long created) {
        List<String> seen;
        if (cursorCreated == null || cursorCreated != created) {
            seen = List.of(id); // a new second: the common case, one list and no copy
        } else if (seenAtCursorSecond.contains(id)) {
            seen = seenAtCursorSecond;
        } else {
            seen = new ArrayList<>(seenAtCursorSecond.size() + 1);
            seen.addAll(seenAtCursorSecond);
            seen.add(id);
        }
        boolean failureCleared = id.equals(failedId);
        return new PollState(id, created, seen, null, null, null, failureCleared ? null : failedId,
                failureCleared ? null : failedAttempts);
    }

    /** The cursor object no longer exists: find the position again by its second, skipping what was seen. */
    public PollState cursorLost() {
        return new PollState(null, cursorCreated, seenAtCursorSecond, cursorCreated, null, null, failedId,
                failedAttempts);
    }

    /** Searching for the oldest page: it lies in [{@code from}, {@code below}), or at or after {@code from}. */
    public PollState searching(long from, Long below) {
        return new PollState(null, cursorCreated, seenAtCursorSecond, from, below, null, failedId, failedAttempts);
    }

    /** One more failed delivery of {@code id}; a failure of another object starts counting again. */
    public PollState failedDelivery(String id) {
        int attempts = id.equals(failedId) && failedAttempts != null ? failedAttempts + 1 : 1;
        return new PollState(cursorId, cursorCreated, seenAtCursorSecond, startedAt, searchBelow, startRequestedAt, id,
                attempts);
    }

    /** Whether an object found by time was delivered already. */
    public boolean alreadySeen(String id, long created) {
        return cursorCreated != null && cursorCreated == created && seenAtCursorSecond.contains(id);
    }

    public boolean hasCursor() {
        return cursorId != null;
    }

    /** {@code startFrom=now} whose second Stripe has not told yet. */
    @JsonIgnore
    public boolean isStartPending() {
        return cursorId == null && startRequestedAt != null;
    }

    /**
     * The stored form, written by hand: it is saved after every delivered object, and Jackson's writer costs several
     * times more than the delivery's own bookkeeping. {@link #fromJson} reads it with Jackson.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(64 + 24 * seenAtCursorSecond.size()).append('{');
        field(json, "cursorId", cursorId);
        field(json, "cursorCreated", cursorCreated);
        if (!seenAtCursorSecond.isEmpty()) {
            json.append(json.length() > 1 ? "," : "").append("\"seenAtCursorSecond\":[");
            for (int i = 0; i < seenAtCursorSecond.size(); i++) {
                json.append(i > 0 ? "," : "");
                string(json, seenAtCursorSecond.get(i));
            }
            json.append(']');
        }
        field(json, "startedAt", startedAt);
        field(json, "searchBelow", searchBelow);
        field(json, "startRequestedAt", startRequestedAt);
        field(json, "failedId", failedId);
        field(json, "failedAttempts", failedAttempts);
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, Object value) {
        if (value == null) {
            return;
        }
        json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":");
        if (value instanceof String text) {
            string(json, text);
        } else {
            json.append(value);
        }
    }

    /** A JSON string; Stripe ids are plain ASCII, anything else is escaped all the same. */
    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    public static PollState fromJson(String json) {
        try {
            return Objects.requireNonNull(JSON.readValue(json, PollState.class));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The stored position of a stripe trigger is not readable: " + json, e);
        }
    }
}
