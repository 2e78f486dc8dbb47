package dev.camelstripe.benchmarks;

import java.util.Arrays;

/** The largest number of events that fall in any window of a given length: what a rate limit promises to bound. */
final class SlidingWindow {

    private SlidingWindow() {
    }

    static int maxInAnyWindow(long[] timestampsNanos, long windowNanos) {
        long[] sorted = timestampsNanos.clone();
        Arrays.sort(sorted);
        int max = 0;
        int first = 0;
        for (int last = 0; last < sorted.length; last++) {
            while (sorted[last] - sorted[first] >= windowNanos) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }

    static int countBefore(long[] timestampsNanos, long endNanos) {
        return (int) Arrays.stream(timestampsNanos).filter(t -> t < endNanos).count();
    }
}
