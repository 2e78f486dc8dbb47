package dev.camelstripe.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * <li>{@code seenAtCursorSecond}: every object already delivered with that creation second, so that re-finding the position by time after the cursor object was deleted repeats none.</li>
 * <li>{@code startedAt}: when there is no cursor, deliver objects created at or after this second (epoch seconds);
 * absent with no cursor means from the beginning.</li>
 * </ul>
 * Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PollState(@JsonProperty("cursorId") String cursorId,
                        @JsonProperty("cursorCreated") Long cursorCreated,
                        @JsonProperty("seenAtCursorSecond") List<String> seenAtCursorSecond,
                        @JsonProperty("startedAt") Long startedAt) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public PollState {
        seenAtCursorSecond = seenAtCursorSecond == null ? List.of() : List.copyOf(seenAtCursorSecond);
    }

    /** No position yet: deliver from {@code startedAt} (epoch seconds), or from the beginning when null. */
    public static PollState startingAt(Long startedAt) {
        return new PollState(null, null, List.of(), startedAt);
    }

    /** The position right after {@code id}, which has been delivered. */
    public PollState advancedTo(String id, long created) {
        List<String> seen = new ArrayList<>();
        if (cursorCreated != null && cursorCreated == created) {
            seen.addAll(seenAtCursorSecond);
        }
        if (!seen.contains(id)) {
            seen.add(id);
        }
        return new PollState(id, created, seen, null);
    }

    /** The cursor object no longer exists: find the position again by its second, skipping what was seen. */
    public PollState cursorLost() {
        return new PollState(null, cursorCreated, seenAtCursorSecond, cursorCreated);
    }

    /** Whether an object found by time was delivered already. */
    public boolean alreadySeen(String id, long created) {
        return cursorCreated != null && cursorCreated == created && seenAtCursorSecond.contains(id);
    }

    public boolean hasCursor() {
        return cursorId != null;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PollState fromJson(String json) {
        try {
            return JSON.readValue(json, PollState.class);
        } catch (IOException e) {
            throw new IllegalStateException("The stored position of a stripe trigger is not readable: " + json, e);
        }
    }
}
