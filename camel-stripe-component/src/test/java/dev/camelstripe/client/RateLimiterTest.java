package dev.camelstripe.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.camelstripe.test.FakeTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private final FakeTime time = new FakeTime();

    @Test
    void theFirstLimitCallsStartAtOnce() throws Exception {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), time);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(Duration.ofSeconds(60), "test");
        }
        assertThat(time.sleepsMillis()).isEmpty();
    }

    @Test
    void theNextCallWaitsUntilTheOldestIsOnePeriodOld() throws Exception {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), time);
        limiter.acquire(Duration.ofSeconds(60), "test");
        time.advanceMillis(10_000);
        limiter.acquire(Duration.ofSeconds(60), "test");
        time.advanceMillis(5_000);

        limiter.acquire(Duration.ofSeconds(60), "test");

        // the first permit was granted 15 s ago: 45 s to go
        assertThat(time.sleepsMillis()).containsExactly(45_000L);
    }

    @Test
    void aCallThatWouldWaitTooLongFailsSayingHowLongAndReservesNothing() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);
        limiter.acquire(Duration.ZERO, "Stripe connection sk_test_****");
        time.advanceMillis(20_000);

        assertThatThrownBy(() -> limiter.acquire(Duration.ofSeconds(5), "Stripe connection sk_test_****"))
                .isInstanceOf(StripeThrottleException.class)
                .hasMessage("Throttled: Stripe connection sk_test_**** allows 1 calls per PT1M; this call would have"
                            + " had to wait 40000 ms for a permit, more than the 5000 ms allowed (rateLimitMaxWait)")
                .extracting(e -> ((StripeThrottleException) e).getRequiredWait())
                .isEqualTo(Duration.ofSeconds(40));

        // the refused call took no slot: after the window passes a call goes straight through
        time.advanceMillis(40_000);
        limiter.acquire(Duration.ZERO, "test");
        assertThat(time.sleepsMillis()).isEmpty();
    }

    @Test
    void queuedCallsAreSpacedSoNoWindowHoldsMoreThanTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(10), time);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            limiter.acquire(Duration.ofMinutes(10), "test");
            starts.add(time.nowMillis());
        }
        assertThat(maxInAnyWindow(starts, 10_000)).isEqualTo(5);
        // full use of the budget: 23 calls at 5 per 10 s end in the fifth window
        assertThat(starts.get(22) - starts.get(0)).isEqualTo(40_000);
    }

    @Test
    void randomArrivalsNeverExceedTheLimitInAnyWindow() throws Exception {
        Random random = new Random(42);
        RateLimiter limiter = new RateLimiter(7, Duration.ofMillis(1000), time);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            time.advanceMillis(random.nextInt(300));
            limiter.acquire(Duration.ofHours(1), "test");
            starts.add(time.nowMillis());
        }
        assertThat(maxInAnyWindow(starts, 1000)).isEqualTo(7);
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofSeconds(1), time))
                .hasMessage("rateLimit must be at least 1, was 0");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, time))
                .hasMessage("rateLimitPeriod must be positive, was PT0S");
    }

    /** The largest number of start times in any half-open window [t, t + window). */
    static int maxInAnyWindow(List<Long> sortedStarts, long window) {
        int max = 0;
        int first = 0;
        for (int last = 0; last < sortedStarts.size(); last++) {
            while (sortedStarts.get(last) - sortedStarts.get(first) >= window) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }
}
