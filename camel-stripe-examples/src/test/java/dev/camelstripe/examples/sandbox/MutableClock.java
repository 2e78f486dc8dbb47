package dev.camelstripe.examples.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand, so several objects can share one second and nothing needs to sleep. */
final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    MutableClock(long epochSecond) {
        this.now = new AtomicReference<>(Instant.ofEpochSecond(epochSecond));
    }

    long epochSecond() {
        return now.get().getEpochSecond();
    }

    void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }
}
