package dev.camelstripe.client;

import java.time.Duration;
import java.time.Instant;

import dev.camelstripe.test.FakeTime;
import dev.camelstripe.test.LogCapture;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class WalkProgressTest {

    static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2024-01-11T00:00:00Z"); // ten days

    final FakeTime time = new FakeTime();

    WalkProgress walk() {
        return new WalkProgress("stripe:newCharges (r)", time, FROM, TO, LoggerFactory.getLogger("walk.test"));
    }

    @Test
    void aWalkShorterThanThirtySecondsLogsNothingAtInfo() {
        try (LogCapture log = new LogCapture()) {
            WalkProgress walk = walk();
            for (int page = 0; page < 20; page++) {
                time.advanceMillis(1_000);
                walk.listed(100);
                walk.reached(100, FROM.plus(Duration.ofHours(page)));
            }
            walk.finish();
            assertThat(log.text()).doesNotContain("walk.test");
        }
    }

    @Test
    void aLongWalkLogsAtMostEveryThirtySecondsWithRateRangeAndEstimate() {
        try (LogCapture log = new LogCapture()) {
            WalkProgress walk = walk();
            for (int page = 1; page <= 8; page++) { // a page every 10 s, each a day further
                time.advanceMillis(10_000);
                walk.listed(100);
                walk.reached(100, FROM.plus(Duration.ofDays(page)));
            }
            walk.finish();
            String lines = log.text();
            assertThat(lines.lines().filter(l -> l.startsWith("INFO  walk.test"))).containsExactly(
                    "INFO  walk.test - stripe:newCharges (r): 300 objects, 3 pages, 3 list calls in 30 s"
                    + " (10.0 objects/s); created reached 2024-01-04T00:00:00Z of 2024-01-01T00:00:00Z to"
                    + " 2024-01-11T00:00:00Z (30%), about 70 s left ",
                    "INFO  walk.test - stripe:newCharges (r): 600 objects, 6 pages, 6 list calls in 60 s"
                    + " (10.0 objects/s); created reached 2024-01-07T00:00:00Z of 2024-01-01T00:00:00Z to"
                    + " 2024-01-11T00:00:00Z (60%), about 40 s left ",
                    "INFO  walk.test - stripe:newCharges (r) done: 800 objects, 8 pages, 8 list calls in 80 s"
                    + " (10.0 objects/s); created reached 2024-01-09T00:00:00Z of 2024-01-01T00:00:00Z to"
                    + " 2024-01-11T00:00:00Z (80%), about 20 s left ");
        }
    }

    @Test
    void theSnapshotHasTheFiguresWithoutARangeNoEstimate() {
        WalkProgress walk = new WalkProgress("list", time, null, null, LoggerFactory.getLogger("walk.test"));
        time.advanceMillis(4_000);
        walk.listed(0);
        walk.listed(50);
        walk.reached(50, FROM);
        WalkProgress.Snapshot snapshot = walk.snapshot();
        assertThat(snapshot.objects()).isEqualTo(50);
        assertThat(snapshot.pages()).isEqualTo(1);
        assertThat(snapshot.listCalls()).isEqualTo(2);
        assertThat(snapshot.rate()).isEqualTo(12.5);
        assertThat(snapshot.createdReached()).isEqualTo(FROM);
        assertThat(snapshot.fractionDone()).isNull();
        assertThat(snapshot.estimatedLeft()).isNull();
    }
}
