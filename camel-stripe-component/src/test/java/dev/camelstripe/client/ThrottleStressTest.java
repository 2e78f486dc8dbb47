package dev.camelstripe.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstripe.test.RawHttpServer;
import dev.camelstripe.test.RealTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many callers with different budgets on one connection's throttle, through the real client against a server that
 * answers at random with success, a Stripe error, a retried server error or a dropped connection, while some callers
 * are interrupted. Whatever happens: never more than the limit in any window as the server sees it, no caller
 * refused unless the wait it needed exceeded what was left of its budget, no patient caller refused at all, and
 * every permit back at the end.
 */
class ThrottleStressTest {

    static final int LIMIT = 3;
    static final Duration PERIOD = Duration.ofMillis(50);
    static final int CALLERS = 10;
    static final int CALLS_EACH = 20;
    /** Far above the longest wait a caller can need here: CALLERS / LIMIT periods, plus each call's own time. */
    static final Duration PATIENT = Duration.ofSeconds(10);
    static final Duration[] BUDGETS = { Duration.ZERO, Duration.ofMillis(30), Duration.ofMillis(80),
            Duration.ofMillis(200), PATIENT };

    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final RateLimiter limiter = new RateLimiter(LIMIT, PERIOD, TimeSource.SYSTEM);
    private final StripeTransport transport = StripeTransport.of(StripeHttpClients.create(null, null, CALLERS,
            Duration.ofSeconds(2)));
    private RawHttpServer server;

    @AfterEach
    void close() throws IOException {
        transport.close();
        server.close();
    }

    @Test
    void theThrottleHoldsAndReturnsEveryPermitWhateverTheOutcome() throws Exception {
        server = new RawHttpServer((head, out) -> {
            arrivals.add(System.nanoTime());
            String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
            switch (path) {
                case "/v1/ok" -> answer(out, 200, "{\"id\":\"cus_1\"}", "");
                case "/v1/invalid" -> answer(out, 400, "{\"error\":{\"type\":\"invalid_request_error\"}}", "");
                case "/v1/down" -> answer(out, 503, "{\"error\":{\"type\":\"api_error\"}}", ""); // retried once
                default -> throw new IOException("dropped"); // the connection closes without an answer
            }
        });
        // the back-off really waits, a hundredth of the usual, so that interrupts can land in it
        TimeSource quickBackoff = RealTime.sleeping(nanos -> TimeUnit.NANOSECONDS.sleep(nanos / 100));
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<StripeThrottleException> refusals = new CopyOnWriteArrayList<>();
        List<String> patientRefused = new CopyOnWriteArrayList<>();
        List<Thread> callers = new ArrayList<>();
        String[] paths = { "/v1/ok", "/v1/ok", "/v1/ok", "/v1/invalid", "/v1/down", "/v1/drop" };
        for (int c = 0; c < CALLERS; c++) {
            Duration budget = BUDGETS[c % BUDGETS.length];
            StripeClient client = new StripeClient(transport, new StripeClientSettings("sk_test_stress",
                    URI.create(server.baseUrl()), null, null, Duration.ofSeconds(2), Duration.ofSeconds(5), budget),
                    limiter, new RetryPolicy(1, () -> 1.0), quickBackoff);
            Random random = new Random(c);
            Thread caller = new Thread(() -> {
                for (int i = 0; i < CALLS_EACH; i++) {
                    String outcome;
                    try {
                        client.execute(StripeRequest.get(paths[random.nextInt(paths.length)], Map.of()), Map.class);
                        outcome = "success";
                    } catch (StripeThrottleException refused) {
                        refusals.add(refused);
                        if (budget.equals(PATIENT)) {
                            patientRefused.add(refused.getMessage());
                        }
                        outcome = "throttle refusal";
                    } catch (StripeApiException stripeError) {
                        outcome = "Stripe error";
                    } catch (StripeConnectionException failure) {
                        outcome = failure.getCause() instanceof InterruptedException
                                  || List.of(failure.getSuppressed()).stream().anyMatch(InterruptedException.class::isInstance)
                                ? "interrupt" : "IO error";
                    }
                    Thread.interrupted(); // a caller interrupted mid-call goes on with the next one
                    outcomes.computeIfAbsent(outcome, any -> new AtomicInteger()).incrementAndGet();
                }
            }, "caller-" + c);
            callers.add(caller);
        }
        callers.forEach(Thread::start);
        Random interrupts = new Random(7);
        while (callers.stream().anyMatch(Thread::isAlive)) {
            callers.get(interrupts.nextInt(CALLERS)).interrupt();
            TimeUnit.MILLISECONDS.sleep(40); // the pace of interrupts, not a synchronisation
        }
        for (Thread caller : callers) {
            caller.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(outcomes.keySet()).containsExactlyInAnyOrder("success", "Stripe error", "IO error", "interrupt",
                "throttle refusal");
        assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(CALLERS * CALLS_EACH);
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        assertThat(RateLimiterTest.maxInAnyWindow(sorted, PERIOD.toNanos())).isLessThanOrEqualTo(LIMIT);
        assertThat(patientRefused).isEmpty();
        assertThat(refusals).allSatisfy(refusal ->
                assertThat(refusal.getRequiredWait()).isGreaterThan(refusal.getBudgetLeft()));
        assertThat(limiter.heldPermits()).isZero();
        assertThat(limiter.waiting()).isZero();
        // and all LIMIT permits are there: after one period they go out at once
        TimeUnit.NANOSECONDS.sleep(PERIOD.toNanos());
        for (int i = 0; i < LIMIT; i++) {
            limiter.acquire(Duration.ZERO, "test").close();
        }
    }

    private static void answer(java.io.OutputStream out, int status, String body, String headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                   + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
    }
}
