package dev.camelstripe.client;

import java.util.concurrent.TimeUnit;

/**
 * Monotonic time and waiting, behind one seam so the throttle and retry back-off can be tested with a
 * controllable clock instead of real sleeps.
 */
public interface TimeSource {

    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };
}
