package dev.camelstripe.producer;

import dev.camelstripe.client.WalkProgress;
import dev.camelstripe.test.FakeTime;
import dev.camelstripe.test.LogCapture;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** An auto-paginated walk reports its progress through the one {@link WalkProgress} the triggers use too. */
class PageProgressTest {

    private final FakeTime time = new FakeTime();

    @Test
    void aLongWalkLogsItsObjectsAndPagesEveryThirtySecondsAndItsEnd() {
        try (LogCapture log = new LogCapture()) {
            StripePages.PageListener listener = StripePages.PageListener.reportingTo(new WalkProgress(
                    "stripe:listCustomers /v1/customers", time, null, null, LoggerFactory.getLogger("walk.pages")));
            for (int page = 1; page <= 7; page++) { // a page of 100 every 10 s; the 7th is the last
                time.advanceMillis(10_000);
                listener.pageRead("/v1/customers", page, (page - 1) * 100L, 100, page < 7);
            }
            // at each page read, the objects handed out from the pages before it; at the end, all of them
            assertThat(log.text().lines().filter(line -> line.startsWith("INFO  walk.pages"))).containsExactly(
                    "INFO  walk.pages - stripe:listCustomers /v1/customers: 200 objects, 2 pages, 2 list calls in 30 s"
                    + " (6.7 objects/s) ",
                    "INFO  walk.pages - stripe:listCustomers /v1/customers: 500 objects, 5 pages, 5 list calls in 60 s"
                    + " (8.3 objects/s) ",
                    "INFO  walk.pages - stripe:listCustomers /v1/customers done: 700 objects, 7 pages, 7 list calls in"
                    + " 70 s (10.0 objects/s) ");
        }
    }

    @Test
    void aShortWalkLogsNothingAtInfo() {
        try (LogCapture log = new LogCapture()) {
            StripePages.PageListener listener = StripePages.PageListener.reportingTo(new WalkProgress(
                    "stripe:listCustomers /v1/customers", time, null, null, LoggerFactory.getLogger("walk.pages")));
            listener.pageRead("/v1/customers", 1, 0, 100, true);
            time.advanceMillis(2_000);
            listener.pageRead("/v1/customers", 2, 100, 40, false);
            assertThat(log.text()).doesNotContain("INFO  walk.pages");
        }
    }
}
