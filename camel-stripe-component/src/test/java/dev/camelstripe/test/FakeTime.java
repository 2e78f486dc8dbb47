package dev.camelstripe.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstripe.client.TimeSource;

/** A clock that only moves when something sleeps on it, and remembers each sleep: no real waiting in tests. */
public final class FakeTime implements TimeSource {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleepNanos(long nanos) {
        sleeps.add(nanos);
        now.addAndGet(nanos);
    }

    public void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000);
    }

    public long nowMillis() {
        return now.get() / 1_000_000;
    }

    /** Every sleep so far, in milliseconds. */
    public List<Long> sleepsMillis() {
        return sleeps.stream().map(n -> n / 1_000_000).toList();
    }
}
