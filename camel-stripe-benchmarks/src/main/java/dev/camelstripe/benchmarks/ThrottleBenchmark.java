package dev.camelstripe.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstripe.client.RateLimiter;
import dev.camelstripe.client.RetryPolicy;
import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeHttpClients;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeTransport;
import dev.camelstripe.client.TimeSource;
import dev.camelstripe.model.Customer;

/**
 * Several callers hammer one throttled StripeClient for a bounded time; the calls are then counted in every window
 * of one period, once from the client's send times and once from the server's arrival times.
 */
final class ThrottleBenchmark {

    private static final int LIMIT = 20;
    private static final Duration PERIOD = Duration.ofSeconds(2);
    private static final int PERIODS = 10;
    private static final int CALLERS = 4;

    private final LoopbackStripeServer server;
    private final Report report;

    ThrottleBenchmark(LoopbackStripeServer server, Report report) {
        this.server = server;
        this.report = report;
    }

    void run() throws Exception {
        report.heading("Throttle: " + LIMIT + " calls per " + PERIOD.toSeconds() + " s, " + CALLERS
                       + " callers for " + PERIODS + " periods");
        TimestampingHttpClient http = new TimestampingHttpClient(
                StripeHttpClients.create(null, null, 20, Duration.ofSeconds(10)));
        StripeClient client = new StripeClient(StripeTransport.of(http), StripeClientCall.settings(server),
                new RateLimiter(LIMIT, PERIOD, TimeSource.SYSTEM), new RetryPolicy(0, () -> 0.5), TimeSource.SYSTEM);
        long periodNanos = PERIOD.toNanos();
        long runNanos = periodNanos * PERIODS;
        AtomicInteger failures = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        server.timestamps().arm();
        long deadline = System.nanoTime() + runNanos;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                running.add(callers.submit(() -> hammer(client, deadline, failures)));
            }
            for (Future<?> caller : running) {
                caller.get(runNanos + periodNanos * 3, TimeUnit.NANOSECONDS);
            }
        } finally {
            callers.shutdownNow();
            http.close();
        }
        long[] arrived = server.timestamps().disarm();
        long[] sent = http.sentNanos();
        long firstSent = java.util.Arrays.stream(sent).min().orElse(0);
        int inRun = SlidingWindow.countBefore(sent, firstSent + runNanos);
        int allowed = LIMIT * PERIODS;
        report.table("side", "calls", "calls in first " + PERIODS + " periods", "achieved calls/s",
                "configured calls/s", "used", "max calls in any " + PERIOD.toSeconds() + " s window", "limit");
        row("client (sent)", sent, inRun, allowed, runNanos, periodNanos);
        long firstArrived = java.util.Arrays.stream(arrived).min().orElse(0);
        row("server (arrived)", arrived, SlidingWindow.countBefore(arrived, firstArrived + runNanos), allowed,
                runNanos, periodNanos);
        report.endTable();
        report.line("Failed calls: " + failures.get() + ". \"used\" = calls started within the first " + PERIODS
                    + " periods after the first call / (" + LIMIT + " × " + PERIODS + "). Calls reserved before the"
                    + " deadline still run, which is why the total can exceed that count.");
    }

    private void row(String side, long[] times, int inRun, int allowed, long runNanos, long periodNanos) {
        int max = SlidingWindow.maxInAnyWindow(times, periodNanos);
        report.row(side, times.length, inRun, inRun / (runNanos / 1e9), LIMIT / (periodNanos / 1e9),
                String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * inRun / allowed), max,
                max <= LIMIT ? LIMIT + " (kept)" : LIMIT + " (EXCEEDED)");
    }

    private static void hammer(StripeClient client, long deadline, AtomicInteger failures) {
        while (System.nanoTime() < deadline) {
            try {
                client.execute(StripeRequest.post("/v1/customers", NewCustomer.asMap(), null), Customer.class);
            } catch (RuntimeException failure) {
                failures.incrementAndGet();
            }
        }
    }
}
