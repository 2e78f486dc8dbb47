package dev.camelstripe.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A backfill where both sides take time, as in production: Stripe takes {@link #ANSWER_TIME} to answer each list page
 * and the route waits {@link #WORK_PER_OBJECT} per object (a database insert). The same trigger with prefetch off
 * (each page listed after the last was delivered) and on (the next page listed while the route works), in turns.
 */
final class PrefetchBenchmark {

    /** A chosen figure, not Stripe's: its answer time depends on the region, the page size and the expansions. */
    static final Duration ANSWER_TIME = Duration.ofMillis(50);
    static final Duration WORK_PER_OBJECT = Duration.ofNanos(500_000);
    private static final int SIZE = 5_000;
    private static final int ROUNDS = 2;
    private static final String OFF = "&prefetch=false";
    private static final String ON = "&prefetch=true";

    private final LoopbackStripeServer server;
    private final Report report;

    PrefetchBenchmark(LoopbackStripeServer server, Report report) {
        this.server = server;
        this.report = report;
    }

    void run() throws Exception {
        report.heading("Consumer with Stripe's answer time: prefetch off and on");
        server.listAnswerTime(ANSWER_TIME);
        try {
            ConsumerBenchmark.drain(server, 1_000, OFF, WORK_PER_OBJECT.toNanos()); // warm-up
            ConsumerBenchmark.drain(server, 1_000, ON, WORK_PER_OBJECT.toNanos());
            report.table("prefetch", "round", "customers", "delivered", "out of order or repeated", "seconds",
                    "objects/s", "list calls");
            List<Double> off = new ArrayList<>();
            List<Double> on = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                // the order alternates, so neither side always runs first
                for (String options : round % 2 == 1 ? List.of(OFF, ON) : List.of(ON, OFF)) {
                    ConsumerBenchmark.Delivery run = ConsumerBenchmark.drain(server, SIZE, options,
                            WORK_PER_OBJECT.toNanos());
                    (options.equals(ON) ? on : off).add(run.objectsPerSecond());
                    report.row(options.equals(ON) ? "on" : "off", round, run.expected(), run.delivered(),
                            run.outOfOrder(), run.seconds(), run.objectsPerSecond(), run.listCalls());
                }
            }
            report.endTable();
            double offRate = ConsumerBenchmark.median(off);
            double onRate = ConsumerBenchmark.median(on);
            report.line(String.format(Locale.ROOT, "Stripe answering each page in %d ms and the route taking %.1f ms"
                                                   + " per object (%d ms per page of 100): prefetch on delivers"
                                                   + " **%.2f×** the objects/s of prefetch off (medians %,.0f and"
                                                   + " %,.0f). Without overlap a page costs the sum of the two times,"
                                                   + " with it about the larger one.",
                    ANSWER_TIME.toMillis(), WORK_PER_OBJECT.toNanos() / 1e6,
                    WORK_PER_OBJECT.toNanos() * 100 / 1_000_000, onRate / offRate, onRate, offRate));
        } finally {
            server.listAnswerTime(Duration.ZERO);
        }
    }
}
