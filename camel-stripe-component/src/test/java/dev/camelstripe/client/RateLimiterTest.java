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
    void whenEveryPermitIsHeldACallThatCannotWaitAPeriodFailsAtOnceSayingSo() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);
        try (RateLimiter.Permit running = limiter.acquire(Duration.ZERO, "test")) {
            assertThatThrownBy(() -> limiter.acquire(Duration.ofMillis(50), "Stripe connection sk_test_****"))
                    .isInstanceOfSatisfying(StripeThrottleException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("Throttled: Stripe connection sk_test_**** allows 1"
                                                             + " calls per PT1M and all 1 are held by calls still"
                                                             + " running; a permit only comes free 60000 ms after its"
                                                             + " call completes, more than the 50 ms allowed"
                                                             + " (rateLimitMaxWait)");
                        assertThat(e.getRequiredWait()).isEqualTo(Duration.ofSeconds(60));
                        assertThat(e.getBudgetLeft()).isEqualTo(Duration.ofMillis(50));
                    });
            assertThat(time.sleepsMillis()).isEmpty();
        }
    }

    @Test
    void aQueuedCallThatCanNoLongerWaitAPeriodGivesUpSayingWhatWasLeft() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMillis(100), TimeSource.SYSTEM);
        RateLimiter.Permit running = limiter.acquire(Duration.ZERO, "test");
        try {
            assertThatThrownBy(() -> limiter.acquire(Duration.ofMillis(150), "Stripe connection sk_test_****"))
                    .isInstanceOfSatisfying(StripeThrottleException.class, e -> {
                        assertThat(e.getMessage()).matches("Throttled: Stripe connection sk_test_\\*\\*\\*\\* allows 1"
                                                           + " calls per PT0.1S and all 1 stayed held by calls still"
                                                           + " running; a permit coming free now would be usable in"
                                                           + " 100 ms, more than the \\d+ ms left of the 150 ms"
                                                           + " allowed \\(rateLimitMaxWait\\)");
                        assertThat(e.getRequiredWait()).isEqualTo(Duration.ofMillis(100));
                        assertThat(e.getBudgetLeft()).isLessThan(Duration.ofMillis(100));
                    });
        } finally {
            running.close();
        }
        assertThat(limiter.heldPermits()).isZero();
    }

    /**
     * The reported stranding: limit 1 per 100 ms, a caller allowed 3000 ms queued behind others. Every permit that
     * comes back goes to the first queued caller that can still use it, so the patient caller is served in turn.
     */
    @Test
    void aReleasedPermitGoesToAQueuedCallerThatCanStillUseIt() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMillis(100), TimeSource.SYSTEM);
        RateLimiter.Permit running = limiter.acquire(Duration.ZERO, "test");
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Long>> waits = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                waits.add(CompletableFuture.supplyAsync(() -> {
                    long start = System.nanoTime();
                    try (RateLimiter.Permit permit = limiter.acquire(Duration.ofMillis(3000), "test")) {
                        return (System.nanoTime() - start) / 1_000_000;
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, callers));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> limiter.waiting() == 6);
            running.close();
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }
        // six callers one after another, each a period after the one before: all within their 3000 ms
        assertThat(waits).allSatisfy(wait -> assertThat(wait.join()).isLessThan(3000));
        assertThat(limiter.heldPermits()).isZero();
    }

    /**
     * The lost wake-up of the reported case: the permit that comes back is signalled to a queued caller that can no
     * longer use it (its budget ran low), and the patient caller behind it must get it, not sleep out its 3000 ms.
     */
    @Test
    void aCallerThatGivesUpDoesNotStrandThePatientOneBehindIt() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMillis(100), TimeSource.SYSTEM);
        RateLimiter.Permit running = limiter.acquire(Duration.ZERO, "test");
        CompletableFuture<Exception> hasty = new CompletableFuture<>();
        CompletableFuture<Long> patient = new CompletableFuture<>();
        long hastyQueued = System.nanoTime();
        Thread first = new Thread(() -> {
            try (RateLimiter.Permit permit = limiter.acquire(Duration.ofMillis(150), "test")) {
                hasty.complete(null);
            } catch (Exception e) {
                hasty.complete(e);
            }
        });
        first.start();
        await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                .until(() -> first.getState() == Thread.State.TIMED_WAITING);
        Thread second = new Thread(() -> {
            long start = System.nanoTime();
            try (RateLimiter.Permit permit = limiter.acquire(Duration.ofMillis(3000), "test")) {
                patient.complete((System.nanoTime() - start) / 1_000_000);
            } catch (Exception e) {
                patient.completeExceptionally(e);
            }
        });
        second.start();
        await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                .until(() -> second.getState() == Thread.State.TIMED_WAITING);
        // let the first caller's budget run below one period, then give the permit back
        await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                .until(() -> System.nanoTime() - hastyQueued > 60_000_000L);
        running.close();

        assertThat(patient.get(10, TimeUnit.SECONDS)).isLessThan(1000);
        assertThat(hasty.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(StripeThrottleException.class,
                e -> assertThat(e.getRequiredWait()).isGreaterThan(e.getBudgetLeft()));
        // the patient thread completes its future inside its try block, and gives its permit back just after
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(limiter.heldPermits()).isZero());
    }

    @Test
    void anInterruptedWaitGivesThePermitBackWithTheRestItHad() throws Exception {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), TimeSource.SYSTEM);
        call(limiter, 0); // rests a minute
        Thread waiting = new Thread(() -> {
            try {
                limiter.acquire(Duration.ofMinutes(2), "test");
            } catch (InterruptedException expected) {
                // the permit goes back
            }
        });
        waiting.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> waiting.getState() == Thread.State.TIMED_WAITING);
        waiting.interrupt();
        waiting.join(5_000);

        assertThat(limiter.heldPermits()).isZero();
        // still resting: the permit was not used, so it is no sooner free than before
        assertThatThrownBy(() -> limiter.acquire(Duration.ofSeconds(30), "test"))
                .isInstanceOf(StripeThrottleException.class);
    }

    @Test
    void reconfiguringKeepsTheCallsJustMade() throws Exception {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), time);
        call(limiter, 0);
        call(limiter, 0);
        call(limiter, 0); // three calls at t0: every permit rests until t0 + 60 s

        limiter.reconfigure(5, Duration.ofSeconds(60));
        call(limiter, 0);
        call(limiter, 0); // the two new permits are free at once
        assertThat(time.sleepsMillis()).isEmpty();
        assertThatThrownBy(() -> limiter.acquire(Duration.ofSeconds(30), "test"))
                .isInstanceOf(StripeThrottleException.class);

        limiter.reconfigure(1, Duration.ofSeconds(10));
        // one permit is kept: the one whose call completed last, resting 10 s from then
        assertThat(limiter.getLimit()).isEqualTo(1);
        call(limiter, 0);
        assertThat(time.sleepsMillis()).containsExactly(10_000L);
    }

    @Test
    void loweringTheLimitBelowTheHeldPermitsDropsThemAsTheyComeBack() throws Exception {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), time);
        RateLimiter.Permit a = limiter.acquire(Duration.ZERO, "test");
        RateLimiter.Permit b = limiter.acquire(Duration.ZERO, "test");
        limiter.reconfigure(1, Duration.ofSeconds(60));
        a.close();
        b.close();

        assertThat(limiter.heldPermits()).isZero();
        // one permit left, the one b gave back: it rests the period from then
        call(limiter, 0);
        assertThat(time.sleepsMillis()).containsExactly(60_000L);
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
