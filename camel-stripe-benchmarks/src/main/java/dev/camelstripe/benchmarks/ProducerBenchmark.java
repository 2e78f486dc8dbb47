package dev.camelstripe.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * createCustomer, one caller thread, every contender against the same server in the same run. Contenders take
 * turns in short slices, round after round, so drift in the machine (JIT, GC, a noisy neighbour) hits all alike;
 * the order rotates every round and each slice starts after a full GC.
 */
final class ProducerBenchmark {

    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 8;
    private static final long SLICE_NANOS = 2_000_000_000L;

    private final LoopbackStripeServer server;
    private final Report report;

    ProducerBenchmark(LoopbackStripeServer server, Report report) {
        this.server = server;
        this.report = report;
    }

    /** What one contender did over all measured slices. */
    private static final class Tally {
        final CreateCustomerCall call;
        final Latencies latencies = new Latencies();
        long nanos;
        long allocatedBytes;
        Object sink;

        Tally(CreateCustomerCall call) {
            this.call = call;
        }

        double callsPerSecond() {
            return latencies.count() / (nanos / 1e9);
        }

        double bytesPerCall() {
            return (double) allocatedBytes / latencies.count();
        }
    }

    void run() throws Exception {
        report.heading("Producer: createCustomer, 1 caller thread");
        List<Tally> tallies = new ArrayList<>();
        tallies.add(new Tally(new CamelEndpointCall(server)));
        tallies.add(new Tally(new StripeClientCall(server)));
        tallies.add(new Tally(new RawHttpClientCall(server, false)));
        tallies.add(new Tally(new RawHttpClientCall(server, true)));
        tallies.add(new Tally(new StripeJavaCall(server)));
        try {
            for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
                // the order rotates each round: in a fixed order one contender would always follow stripe-java
                // and inherit the garbage of its 100 kB/call
                for (int i = 0; i < tallies.size(); i++) {
                    settle();
                    slice(tallies.get((round + i) % tallies.size()), round >= WARMUP_ROUNDS);
                }
            }
            print(tallies);
        } finally {
            for (Tally tally : tallies) {
                tally.call.close();
            }
        }
    }

    /** Each slice starts from a collected heap, so it pays only for the garbage its own contender makes. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(50);
    }

    private static void slice(Tally tally, boolean measured) throws Exception {
        long start = System.nanoTime();
        long end = start + SLICE_NANOS;
        long allocatedBefore = Allocations.currentThread();
        long now = start;
        while (now < end) {
            long before = now;
            tally.sink = tally.call.call();
            now = System.nanoTime();
            if (measured) {
                tally.latencies.record(now - before);
            }
        }
        if (measured) {
            tally.allocatedBytes += Allocations.currentThread() - allocatedBefore;
            tally.nanos += now - start;
        }
    }

    private void print(List<Tally> tallies) {
        Tally raw = find(tallies, RawHttpClientCall.NAME_FLOOR);
        Tally rawMapped = find(tallies, RawHttpClientCall.NAME_MAPPED);
        Tally stripeJava = find(tallies, "stripe-java 33.2.0");
        // raw + Jackson is the floor for anything that returns a typed object; both ratios are reported
        report.table("client", "calls/s", "p50 µs", "p99 µs", "bytes allocated/call", "× raw (floor)",
                "× raw + Jackson", "× stripe-java");
        for (Tally tally : tallies) {
            report.row(tally.call.name(), tally.callsPerSecond(), tally.latencies.percentileMicros(0.50),
                    tally.latencies.percentileMicros(0.99), Math.round(tally.bytesPerCall()),
                    tally.callsPerSecond() / raw.callsPerSecond(), tally.callsPerSecond() / rawMapped.callsPerSecond(),
                    tally.callsPerSecond() / stripeJava.callsPerSecond());
        }
        report.endTable();
        StringBuilder notes = new StringBuilder("Each contender ran " + MEASURED_ROUNDS + " measured slices of "
                                                + SLICE_NANOS / 1_000_000_000 + " s after " + WARMUP_ROUNDS
                                                + " warm-up slices, interleaved in an order rotating each round, each after a full GC. Ratios are calls/s over calls/s.");
        for (Tally tally : tallies) {
            notes.append("\n- ").append(tally.call.name()).append(": ").append(tally.call.description())
                    .append(" (").append(tally.latencies.count()).append(" calls measured)");
        }
        report.line(notes.toString());
    }

    private static Tally find(List<Tally> tallies, String name) {
        return tallies.stream().filter(tally -> tally.call.name().equals(name)).findFirst().orElseThrow();
    }
}
