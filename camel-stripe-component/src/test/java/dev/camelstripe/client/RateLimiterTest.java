package dev.camelstripe.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelstripe.test.FakeTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RateLimiterTest {

    private final FakeTime time = new FakeTime();

    /** One call of the given duration, on the fake clock. */
    private void call(RateLimiter limiter, long durationMillis) throws Exception {
        try (RateLimiter.Permit permit = limiter.acquire(Duration.ofHours(1), "test")) {
            time.advanceMillis(durationMillis);
        }
    }

    @Test
    void theFirstLimitCallsStartAtOnce() throws Exception {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), time);
        for (int i = 0; i < 3; i++) {
            call(limiter, 0);
        }
        assertThat(time.sleepsMillis()).isEmpty();
    }

    @Test
    void aPermitRestsOnePeriodAfterItsCallCompleted() throws Exception {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), time);
        call(limiter, 10_000); // 0 s to 10 s: usable again at 70 s
        call(limiter, 5_000); // 10 s to 15 s: usable again at 75 s
        time.advanceMillis(5_000);

        call(limiter, 0);

        // at 20 s the first permit is usable at 70 s: 50 s to go
        assertThat(time.sleepsMillis()).containsExactly(50_000L);
    }

    @Test
    void aCallThatWouldWaitTooLongFailsSayingHowLongAndTakesNothing() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);
        call(limiter, 0);
        time.advanceMillis(20_000);

        assertThatThrownBy(() -> limiter.acquire(Duration.ofSeconds(5), "Stripe connection sk_test_****"))
                .isInstanceOf(StripeThrottleException.class)
                .hasMessage("Throttled: Stripe connection sk_test_**** allows 1 calls per PT1M; this call would have"
                            + " had to wait 40000 ms for a permit, more than the 5000 ms allowed (rateLimitMaxWait)")
                .extracting(e -> ((StripeThrottleException) e).getRequiredWait())
                .isEqualTo(Duration.ofSeconds(40));

        // the refused call took no permit: after the period a call goes straight through
        time.advanceMillis(40_000);
        call(limiter, 0);
        assertThat(time.sleepsMillis()).isEmpty();
    }

    @Test
    void whenEveryPermitIsHeldByARunningCallAnotherCallFailsAfterTheAllowedWait() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);
        try (RateLimiter.Permit running = limiter.acquire(Duration.ZERO, "test")) {
            assertThatThrownBy(() -> limiter.acquire(Duration.ofMillis(50), "Stripe connection sk_test_****"))
                    .isInstanceOf(StripeThrottleException.class)
                    .hasMessage("Throttled: Stripe connection sk_test_**** allows 1 calls per PT1M and all 1 are held"
                                + " by calls still running; no permit came free within the 50 ms allowed"
                                + " (rateLimitMaxWait)");
        }
    }

    @Test
    void aCallWaitingForARunningOneGetsItsPermitAPeriodAfterThatOneCompletes() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);
        RateLimiter.Permit running = limiter.acquire(Duration.ZERO, "test");
        AtomicReference<Long> grantedAt = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread waiting = new Thread(() -> {
            // the budget covers the wait for the running call and then its period of rest
            try (RateLimiter.Permit permit = limiter.acquire(Duration.ofMinutes(2), "test")) {
                grantedAt.set(time.nowMillis());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        waiting.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.getState() == Thread.State.TIMED_WAITING);
        long completedAt = time.nowMillis() + 3_000;
        time.advanceMillis(3_000);

        running.close();
        waiting.join(5_000);

        assertThat(failure.get()).isNull();
        assertThat(grantedAt.get()).isEqualTo(completedAt + 60_000);
        running.close(); // a second close gives nothing back twice
        assertThatThrownBy(() -> limiter.acquire(Duration.ZERO, "test")).isInstanceOf(StripeThrottleException.class);
    }

    @Test
    void queuedCallsUseTheWholeBudgetAndNoWindowHoldsMoreThanTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(10), time);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            try (RateLimiter.Permit permit = limiter.acquire(Duration.ofMinutes(10), "test")) {
                starts.add(time.nowMillis());
            }
        }
        assertThat(maxInAnyWindow(starts, 10_000)).isEqualTo(5);
        // 23 calls of no duration at 5 per 10 s start in the fifth window
        assertThat(starts.get(22) - starts.get(0)).isEqualTo(40_000);
    }

    /**
     * Overlapping calls of random durations, arriving at random: whether Stripe sees a call when it starts, when it
     * ends or anywhere in between, no window of one period holds more than the limit.
     */
    @Test
    void overlappingCallsNeverExceedTheLimitInAnyWindowWhereverStripeSeesThem() throws Exception {
        Random random = new Random(42);
        int limit = 7;
        RateLimiter limiter = new RateLimiter(limit, Duration.ofMillis(1000), time);
        record Running(long end, RateLimiter.Permit permit) {
        }
        PriorityQueue<Running> running = new PriorityQueue<>((a, b) -> Long.compare(a.end, b.end));
        List<Long> starts = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        List<Long> middles = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long arrival = time.nowMillis() + random.nextInt(200);
            // calls that end before this one arrives complete first; with every permit busy, wait for one to end
            while (!running.isEmpty() && (running.peek().end <= arrival || running.size() == limit)) {
                Running done = running.poll();
                time.advanceMillis(Math.max(0, done.end - time.nowMillis()));
                done.permit.close();
            }
            time.advanceMillis(Math.max(0, arrival - time.nowMillis()));
            RateLimiter.Permit permit = limiter.acquire(Duration.ofHours(1), "test");
            long start = time.nowMillis();
            long duration = random.nextInt(400);
            running.add(new Running(start + duration, permit));
            starts.add(start);
            ends.add(start + duration);
            middles.add(start + random.nextInt((int) duration + 1));
        }
        assertThat(maxInAnyWindow(starts, 1000)).isEqualTo(limit);
        assertThat(maxInAnyWindow(sorted(ends), 1000)).isLessThanOrEqualTo(limit);
        assertThat(maxInAnyWindow(sorted(middles), 1000)).isLessThanOrEqualTo(limit);
    }

    @Test
    void realThreadsOnTheRealClockNeverExceedTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(5, Duration.ofMillis(200), TimeSource.SYSTEM);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(CompletableFuture.runAsync(() -> {
                try (RateLimiter.Permit permit = limiter.acquire(Duration.ofSeconds(10), "test")) {
                    starts.add(System.nanoTime() / 1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, callers));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        callers.shutdown();

        assertThat(starts).hasSize(20);
        assertThat(maxInAnyWindow(sorted(starts), 200_000)).isLessThanOrEqualTo(5);
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofSeconds(1), time))
                .hasMessage("rateLimit must be at least 1, was 0");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, time))
                .hasMessage("rateLimitPeriod must be positive, was PT0S");
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    /** The largest number of times in any half-open window [t, t + window), for ascending times. */
    static int maxInAnyWindow(List<Long> ascending, long window) {
        int max = 0;
        int first = 0;
        for (int last = 0; last < ascending.size(); last++) {
            while (ascending.get(last) - ascending.get(first) >= window) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }
}
