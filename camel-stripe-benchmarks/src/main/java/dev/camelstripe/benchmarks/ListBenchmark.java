package dev.camelstripe.benchmarks;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstripe.model.Customer;
import dev.camelstripe.model.StripeList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * stripe:listCustomers?autoPaginate=true under split(body()).streaming(), over the virtual list at two sizes,
 * against the same number of objects read as single pages (limit=100, one list call per exchange, split as a list):
 * the baseline without auto-pagination. Heap is read around each run, so memory can be seen not to grow with the
 * length of the walk.
 */
final class ListBenchmark {

    static final String WALK = "stripe:listCustomers?autoPaginate=true&rateLimit=0";
    static final String PAGE = "stripe:listCustomers?rateLimit=0";
    private static final int PAGE_SIZE = 100;
    private static final int WARMUP_SIZE = 10_000;
    private static final int[] SIZES = { 10_000, 100_000 };

    private final LoopbackStripeServer server;
    private final Report report;

    ListBenchmark(LoopbackStripeServer server, Report report) {
        this.server = server;
        this.report = report;
    }

    /** One run: objects seen, those out of order, time and heap. */
    private record Run(long objects, long outOfOrder, long listCalls, double seconds, double peakHeapMiB,
                       double oldGenPeakMiB, double liveAfterMiB) {
        double perSecond() {
            return objects / seconds;
        }
    }

    void run() throws Exception {
        report.heading("Lists: " + WALK.substring(0, WALK.indexOf('?')) + " with autoPaginate, pages of "
                       + PAGE_SIZE);
        try (CamelContext camel = CamelStripe.context(server)) {
            AtomicLong seen = new AtomicLong();
            AtomicLong outOfOrder = new AtomicLong();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:walk").to(WALK).split(body()).streaming()
                            .process(e -> count(e.getMessage().getBody(Customer.class), seen, outOfOrder));
                    from("direct:page").to(PAGE)
                            .process(e -> e.getMessage().setBody(e.getMessage().getBody(StripeList.class).getData()))
                            .split(body())
                            .process(e -> count(e.getMessage().getBody(Customer.class), seen, outOfOrder));
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            walk(template, WARMUP_SIZE, seen, outOfOrder);
            pages(template, WARMUP_SIZE, seen, outOfOrder);
            Run baseline = pages(template, SIZES[SIZES.length - 1], seen, outOfOrder);
            report.table("run", "objects", "out of order or repeated", "list calls", "seconds", "objects/s",
                    "objects/s vs single pages", "heap peak MiB (all pools)", "old gen peak MiB",
                    "old gen peak vs single pages", "live heap after GC MiB");
            row("single pages of " + PAGE_SIZE + " (baseline), " + baseline.objects() + " objects", baseline,
                    baseline);
            for (int size : SIZES) {
                row("autoPaginate walk of " + size, walk(template, size, seen, outOfOrder), baseline);
            }
            report.endTable();
        }
        report.line("The baseline reads the same objects one page per exchange (" + PAGE + " with limit=100 and"
                    + " starting_after from the CamelStripeLastId header, split as a list); the walk is one exchange"
                    + " whose body reads the next page as the streaming splitter iterates. Every object is checked to"
                    + " arrive once and newest first. Heap peaks are reset after a GC before each run; the old"
                    + " generation's peak is what survived young collections, so it grows if a walk keeps objects.");
    }

    private void row(String label, Run run, Run baseline) {
        report.row(label, run.objects(), run.outOfOrder(), run.listCalls(), run.seconds(), run.perSecond(),
                String.format(java.util.Locale.ROOT, "%.2f", run.perSecond() / baseline.perSecond()),
                run.peakHeapMiB(), run.oldGenPeakMiB(),
                String.format(java.util.Locale.ROOT, "%.2f", run.oldGenPeakMiB() / baseline.oldGenPeakMiB()),
                run.liveAfterMiB());
    }

    private Run walk(ProducerTemplate template, int size, AtomicLong seen, AtomicLong outOfOrder) {
        return measure(size, seen, outOfOrder, () -> template.sendBody("direct:walk", Map.of("limit", PAGE_SIZE)));
    }

    private Run pages(ProducerTemplate template, int size, AtomicLong seen, AtomicLong outOfOrder) {
        return measure(size, seen, outOfOrder, () -> {
            String cursor = null;
            boolean more = true;
            while (more) {
                Map<String, Object> body = cursor == null ? Map.of("limit", PAGE_SIZE)
                        : Map.of("limit", PAGE_SIZE, "starting_after", cursor);
                org.apache.camel.Exchange out = template.request("direct:page", e -> e.getMessage().setBody(body));
                cursor = out.getMessage().getHeader("CamelStripeLastId", String.class);
                more = Boolean.TRUE.equals(out.getMessage().getHeader("CamelStripeHasMore"));
            }
        });
    }

    private Run measure(int size, AtomicLong seen, AtomicLong outOfOrder, Runnable run) {
        server.serveCustomers(size);
        seen.set(0);
        outOfOrder.set(0);
        HeapWatermark.reset();
        long callsBefore = server.customerListCalls();
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double peak = HeapWatermark.peakMiB();
        double oldPeak = HeapWatermark.oldGenPeakMiB();
        double live = HeapWatermark.liveAfterGcMiB();
        long calls = server.customerListCalls() - callsBefore;
        long missing = size - seen.get();
        return new Run(seen.get(), outOfOrder.get() + Math.abs(missing), calls, seconds, peak, oldPeak, live);
    }

    /** Counts an object, and one out of order unless it is the next of the newest-first list. */
    private static void count(Customer customer, AtomicLong seen, AtomicLong outOfOrder) {
        long n = seen.getAndIncrement();
        if (customer == null || !VirtualCustomers.idOf((int) n).equals(customer.getId())) {
            outOfOrder.incrementAndGet();
        }
    }
}
