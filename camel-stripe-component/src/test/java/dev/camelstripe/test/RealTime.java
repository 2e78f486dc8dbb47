package dev.camelstripe.test;

import dev.camelstripe.client.TimeSource;

/** The system's clock with another way of sleeping: to make back-off waits short, or to interrupt them. */
public final class RealTime implements TimeSource {

    /** What sleeping does instead. */
    @FunctionalInterface
    public interface Sleep {
        void nanos(long nanos) throws InterruptedException;
    }

    private final Sleep sleep;

    private RealTime(Sleep sleep) {
        this.sleep = sleep;
    }

    public static TimeSource sleeping(Sleep sleep) {
        return new RealTime(sleep);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleepNanos(long nanos) throws InterruptedException {
        sleep.nanos(nanos);
    }
}
