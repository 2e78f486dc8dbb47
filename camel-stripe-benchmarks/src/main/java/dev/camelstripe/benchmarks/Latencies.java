package dev.camelstripe.benchmarks;

import java.util.Arrays;

/** Every call's latency in nanoseconds, kept whole so percentiles are exact rather than bucketed. */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;

    void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    int count() {
        return count;
    }

    /** The latency below which {@code fraction} of the calls fell, in microseconds. */
    double percentileMicros(double fraction) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(fraction * count) - 1);
        return sorted[Math.max(0, index)] / 1_000.0;
    }
}
