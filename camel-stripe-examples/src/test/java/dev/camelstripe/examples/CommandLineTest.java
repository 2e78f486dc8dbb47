package dev.camelstripe.examples;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void readsTheDurationInItsUsualSpellings() {
        assertThat(CommandLine.duration()).isNull();
        assertThat(CommandLine.duration("--duration", "60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(CommandLine.duration("--duration=2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(CommandLine.duration("-d", "90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(CommandLine.duration("--duration", "1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> CommandLine.duration("--duration")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.duration("--duration", "soon")).hasMessageContaining("soon");
        assertThatThrownBy(() -> CommandLine.duration("--verbose")).hasMessageContaining("Unknown argument");
    }

    @Test
    void runsOnTheSandboxOrATestKeyButNeverOnALiveKey() {
        assertThat(KeyCheck.refusal(null)).isNull();
        assertThat(KeyCheck.refusal(" ")).isNull();
        assertThat(KeyCheck.refusal("sk_test_abc")).isNull();
        assertThat(KeyCheck.refusal("rk_test_abc")).isNull();
        assertThat(KeyCheck.refusal("sk_live_abcdefgh")).contains("live key").contains("sk_live_")
                .doesNotContain("abcdefgh");
        assertThat(KeyCheck.refusal("rk_live_abcdefgh")).contains("live key");
        assertThat(KeyCheck.refusal("pk_test_abc")).contains("does not look like");
    }
}
