package dev.camelstripe.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstripe.model.Customer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * stripe:newCustomers from the beginning over a virtual list, counting what reaches the route and checking that
 * it arrives oldest first, each customer once. Run at two sizes so memory can be seen not to grow with the count.
 */
final class ConsumerBenchmark {

    static final String URI = "stripe:newCustomers?startFrom=beginning&pageSize=100&delay=10&greedy=true"
                              + "&rateLimit=0";
    private static final int WARMUP_SIZE = 10_000;
    private static final int[] SIZES = { 20_000, 100_000 };
    /** Far beyond the 10 s the target allows for 100,000, so a slow consumer is reported rather than waited for. */
    private static final long TIMEOUT_SECONDS = 60;

    private final LoopbackStripeServer server;
    private final Report report;

    ConsumerBenchmark(LoopbackStripeServer server, Report report) {
        this.server = server;
        this.report = report;
    }

    /** What one run delivered. */
    private record Delivery(int expected, long delivered, long outOfOrder, double seconds, long listCalls,
                            double consumerCpuSeconds, double peakHeapMiB, double oldGenPeakMiB, double liveAfterMiB) {
    }

    void run() throws Exception {
        report.heading("Consumer: " + URI.substring(0, URI.indexOf('?')) + " from the beginning, pages of 100");
        consume(WARMUP_SIZE);
        report.table("customers", "delivered", "out of order or repeated", "seconds", "objects/s", "list calls",
                "list calls per object", "consumer thread CPU s", "objects per consumer CPU s",
                "heap peak MiB (all pools)", "old gen peak MiB", "live heap after GC MiB");
        for (int size : SIZES) {
            Delivery run = consume(size);
            report.row(size, run.delivered(), run.outOfOrder(), run.seconds(), run.delivered() / run.seconds(),
                    run.listCalls(), String.format(Locale.ROOT, "%.4f",
                            run.listCalls() / (double) Math.max(1, run.delivered())),
                    run.consumerCpuSeconds(), run.delivered() / run.consumerCpuSeconds(),
                    run.peakHeapMiB(), run.oldGenPeakMiB(), run.liveAfterMiB());
        }
        report.endTable();
        report.line("Time runs from the route's start (including the search for the oldest page) to the last"
                    + " customer delivered. The consumer thread's CPU (the poll thread: list calls, JSON mapping,"
                    + " Camel exchanges, positions) does not depend on what else the machine runs. The server"
                    + " generates each page on request; one warm-up run of " + WARMUP_SIZE + " precedes the measured"
                    + " ones.");
    }

    private Delivery consume(int size) throws Exception {
        server.serveCustomers(size);
        AtomicLong delivered = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        AtomicLong consumerThread = new AtomicLong(-1);
        CountDownLatch all = new CountDownLatch(1);
        HeapWatermark.reset();
        long callsBefore = server.customerListCalls();
        try (CamelContext camel = CamelStripe.context(server)) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(URI).routeId("newCustomers").process(exchange -> {
                        long n = delivered.getAndIncrement();
                        if (n == 0) {
                            consumerThread.set(Thread.currentThread().getId());
                        }
                        String expectedId = n < size ? VirtualCustomers.idOf(size - 1 - (int) n) : null;
                        Customer customer = exchange.getMessage().getBody(Customer.class);
                        if (customer == null || !customer.getId().equals(expectedId)) {
                            outOfOrder.incrementAndGet();
                        }
                        if (n + 1 == size) {
                            all.countDown();
                        }
                    });
                }
            });
            long start = System.nanoTime();
            camel.start();
            boolean done = all.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long listCalls = server.customerListCalls() - callsBefore;
            // the poll thread is the context's own, started with the route: its whole CPU is this run's
            double cpu = consumerThread.get() < 0 ? Double.NaN
                    : ManagementFactory.getThreadMXBean().getThreadCpuTime(consumerThread.get()) / 1e9;
            double peak = HeapWatermark.peakMiB();
            double oldPeak = HeapWatermark.oldGenPeakMiB();
            double live = HeapWatermark.liveAfterGcMiB();
            if (!done) {
                report.line("Consumer over " + size + " customers timed out after " + TIMEOUT_SECONDS + " s with "
                            + delivered.get() + " delivered.");
            }
            return new Delivery(size, delivered.get(), outOfOrder.get(), seconds, listCalls, cpu, peak, oldPeak,
                    live);
        }
    }
}
