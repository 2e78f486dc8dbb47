package dev.camelstripe.client;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry rules of stripe-java, stripe-node and stripe-python, one by one. */
class RetryPolicyTest {

    /** Jitter pinned to its top so delays are exact. */
    private final RetryPolicy policy = new RetryPolicy(5, () -> 1.0);

    private static RawResponse answer(int status, String shouldRetry, String retryAfter) {
        return new RawResponse(status, new byte[0], "req_1", shouldRetry, retryAfter, null, false, null);
    }

    private Optional<Duration> after(int attempt, RawResponse response) {
        return policy.afterErrorAnswer(attempt, response);
    }

    @ParameterizedTest
    @ValueSource(ints = { 409, 500, 502, 503, 504 })
    void retriesConflictsAndServerErrors(int status) {
        assertThat(after(1, answer(status, null, null))).contains(Duration.ofMillis(500));
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 401, 402, 403, 404, 424, 429 })
    void doesNotRetryOtherStatusesNotEven429(int status) {
        assertThat(after(1, answer(status, null, null))).isEmpty();
    }

    @Test
    void a429IsRetriedWhenStripeSaysSo() {
        // Stripe marks a lock_timeout 429 with Stripe-Should-Retry: true; the SDKs retry 429 only then
        assertThat(after(1, answer(429, "true", null))).contains(Duration.ofMillis(500));
        assertThat(after(1, answer(429, "false", null))).isEmpty();
    }

    @Test
    void stripeShouldRetryWinsBothWays() {
        assertThat(after(1, answer(400, "true", null))).contains(Duration.ofMillis(500));
        assertThat(after(1, answer(503, "false", null))).isEmpty();
        assertThat(after(1, answer(409, "false", null))).isEmpty();
    }

    @Test
    void backoffDoublesFromHalfASecondAndIsCappedAtFive() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 6).mapToObj(policy::backoff).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 5000L, 5000L);
    }

    @Test
    void jitterTakesOffAtMostAQuarterButNeverGoesUnderHalfASecond() {
        RetryPolicy lowestJitter = new RetryPolicy(2, () -> 0.0);
        assertThat(lowestJitter.backoff(1)).isEqualTo(Duration.ofMillis(500)); // 375 ms, raised to stripe-java's floor
        assertThat(lowestJitter.backoff(2)).isEqualTo(Duration.ofMillis(750));
        assertThat(lowestJitter.backoff(5)).isEqualTo(Duration.ofMillis(3750));
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackoff() {
        assertThat(after(1, answer(503, null, "3"))).contains(Duration.ofSeconds(3));
        assertThat(after(3, answer(503, null, "0.2"))).contains(Duration.ofMillis(2000));
        assertThat(after(1, answer(429, "true", "2"))).contains(Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterBeyondAMinuteIsIgnoredAsStripePythonDoes() {
        assertThat(after(1, answer(503, null, "120"))).contains(Duration.ofMillis(500));
    }

    @Test
    void stopsAfterMaxRetries() {
        RetryPolicy twice = new RetryPolicy(2, () -> 1.0);
        RawResponse failure = answer(500, null, null);
        assertThat(twice.afterErrorAnswer(2, failure)).isPresent();
        assertThat(twice.afterErrorAnswer(3, failure)).isEmpty();
        assertThat(twice.afterErrorAnswer(3, answer(500, "true", null))).isEmpty();
        assertThat(twice.afterNetworkFailure(3, true, true)).isEmpty();
    }

    @Test
    void networkFailuresAreRetriedOnlyWhenRepeatingIsSafe() {
        assertThat(policy.afterNetworkFailure(1, true, false)).contains(Duration.ofMillis(500));
        assertThat(policy.afterNetworkFailure(1, false, true)).contains(Duration.ofMillis(500));
        assertThat(policy.afterNetworkFailure(1, false, false)).isEmpty();
    }
}
