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
    void readsTheNodeAndTheSandboxOfOneOfSeveralInstances() {
        assertThat(CommandLine.options()).isEqualTo(new CommandLine.Options(null, null, null));
        assertThat(CommandLine.options("--node", "a", "--sandbox", "http://127.0.0.1:4242/", "--duration", "30s"))
                .isEqualTo(new CommandLine.Options(Duration.ofSeconds(30), "a", "http://127.0.0.1:4242"));
        assertThat(CommandLine.options("--node=node-2", "--sandbox=http://localhost:4243"))
                .isEqualTo(new CommandLine.Options(null, "node-2", "http://localhost:4243"));
    }

    @Test
    void refusesANodeThatCannotNameAFolderAndASandboxThatIsNoUrl() {
        assertThatThrownBy(() -> CommandLine.options("--node", "../b")).hasMessageStartingWith(
                "--node '../b' must be 1 to 63 letters, digits, '-' or '_' (it names this instance's folder and its"
                + " cluster id)");
        assertThatThrownBy(() -> CommandLine.options("--node")).hasMessageStartingWith("--node needs a value, e.g. a");
        assertThatThrownBy(() -> CommandLine.options("--sandbox", "127.0.0.1:4242")).hasMessageStartingWith(
                "--sandbox '127.0.0.1:4242' must be the sandbox's base URL, e.g. http://127.0.0.1:4242");
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
        assertThat(KeyCheck.refusal("pk_test_abc")).contains("is not a Stripe test key");
    }
}
