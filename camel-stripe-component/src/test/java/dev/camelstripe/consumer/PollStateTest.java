package dev.camelstripe.consumer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PollStateTest {

    @Test
    void theStoredJsonIsTheDocumentedOne() {
        PollState state = PollState.startingAt(null).advancedTo("ch_2", 1_700_000_002L).advancedTo("ch_3", 1_700_000_002L);

        assertThat(state.toJson())
                .isEqualTo("{\"cursorId\":\"ch_3\",\"cursorCreated\":1700000002,\"seenAtCursorSecond\":[\"ch_2\",\"ch_3\"]}");
        assertThat(PollState.fromJson(state.toJson())).isEqualTo(state);
        assertThat(PollState.startingAt(1_700_000_100L).toJson())
                .isEqualTo("{\"startedAt\":1700000100}");
    }

    @Test
    void aNewSecondForgetsTheIdsOfThePreviousOne() {
        PollState state = new PollState("ch_3", 5L, List.of("ch_2", "ch_3"), null).advancedTo("ch_4", 6L);

        assertThat(state.seenAtCursorSecond()).containsExactly("ch_4");
        assertThat(state.alreadySeen("ch_3", 5L)).isFalse();
    }

    @Test
    void losingTheCursorKeepsItsSecondAndTheIdsSeenThere() {
        PollState lost = new PollState("ch_3", 5L, List.of("ch_2", "ch_3"), null).cursorLost();

        assertThat(lost.hasCursor()).isFalse();
        assertThat(lost.startedAt()).isEqualTo(5L);
        assertThat(lost.alreadySeen("ch_2", 5L)).isTrue();
        assertThat(lost.alreadySeen("ch_9", 5L)).isFalse();
    }

    @Test
    void theHandWrittenJsonIsWhatJacksonWritesAndReadsBack() throws Exception {
        ObjectMapper jackson = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        List<PollState> states = List.of(
                PollState.startingAt(null),
                PollState.startingNow(1_700_000_000_123L),
                PollState.startingAt(5L).searching(5L, 99L),
                new PollState("cus_\"odd\\id\u0001", 7L, List.of("a", "cus_\"odd\\id\u0001"), null)
                        .failedDelivery("ch_\u00e9").failedDelivery("ch_\u00e9"),
                new PollState("ch_3", 1_700_000_002L, List.of("ch_2", "ch_3"), null).cursorLost());
        for (PollState state : states) {
            assertThat(state.toJson()).isEqualTo(jackson.writeValueAsString(state));
            assertThat(PollState.fromJson(state.toJson())).isEqualTo(state);
        }
    }

    @Test
    void unknownFieldsFromALaterVersionAreIgnored() {
        assertThat(PollState.fromJson("{\"cursorId\":\"cus_1\",\"cursorCreated\":7,\"future\":true}").cursorId())
                .isEqualTo("cus_1");
    }
}
