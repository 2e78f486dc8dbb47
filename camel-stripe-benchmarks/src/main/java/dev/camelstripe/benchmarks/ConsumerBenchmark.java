package dev.camelstripe.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import dev.camelstripe.model.Customer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * stripe:newCustomers from the beginning over a virtual list, counting what reaches the route and checking that
 * it arrives oldest first, each customer once. Run at two sizes so memory can be seen not to grow with the count,
 * and the larger one three times, after warm-up runs of the same size, so the JIT has compiled the path it measures.
 */
final class ConsumerBenchmark {

    /** No initial delay: the scheduler's default second of waiting before the first poll is not the consumer's. */
    static final String URI = "stripe:newCustomers?startFrom=beginning&pageSize=100&delay=10&greedy=true"
                              + "&rateLimit=0&initialDelay=0";
    private static final String ROUTE = "newCustomers";
    private static final int WARMUP_RUNS = 3;
    private static final int SMALL = 20_000;
    private static final int LARGE = 100_000;
    private static final int LARGE_RUNS = 3;
    /** Far beyond the 2 s the target allows for 100,000, so a slow consumer is reported rather than waited for. */
    private static final long TIMEOUT_SECONDS = 120;

    private final LoopbackStripeServer server;
    private final Report report;

    ConsumerBenchmark(LoopbackStripeServer server, Report report) {
        this.server = server;
        this.report = report;
    }

    /**
     * What one run delivered.
     *
     * @param processCpuSeconds the whole JVM's CPU during the run: the consumer, the server, GC and the JIT
     * @param jitMillis         time the JIT spent compiling during the run
     */
    record Delivery(int expected, long delivered, long outOfOrder, double seconds, long listCalls,
                    double consumerCpuSeconds, long consumerAllocatedBytes, double processCpuSeconds, long jitMillis,
                    double peakHeapMiB, double oldGenPeakMiB, double liveAfterMiB) {

        double objectsPerSecond() {
            return delivered / seconds;
        }
    }

    void run() throws Exception {
        report.heading("Consumer: " + URI.substring(0, URI.indexOf('?')) + " from the beginning, pages of 100");
        if (!MachineFacts.heapPinned()) {
            report.line("The heap is not pinned (-Xms below -Xmx): after each run's System.gc() the JVM shrinks it,"
                        + " and the next run starts with a storm of young collections. Run with -Xms1g -Xmx1g.");
        }
        for (int i = 0; i < WARMUP_RUNS; i++) {
            drain(server, LARGE, "", 0);
        }
        report.table("customers", "delivered", "out of order or repeated", "seconds", "objects/s", "list calls",
                "list calls per object", "consumer thread CPU s", "objects per consumer CPU s",
                "bytes allocated per object (consumer thread)", "process CPU s (server included)", "JIT ms",
                "heap peak MiB (all pools)", "old gen peak MiB", "live heap after GC MiB");
        row(drain(server, SMALL, "", 0));
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < LARGE_RUNS; i++) {
            Delivery run = drain(server, LARGE, "", 0);
            row(run);
            rates.add(run.objectsPerSecond());
        }
        report.endTable();
        report.line(String.format(Locale.ROOT, "Median of the %d runs over %,d customers: **%,.0f objects/s**.",
                LARGE_RUNS, LARGE, median(rates)));
        report.line("Time runs from the route's start (the CamelContext is started before it; the search for the"
                    + " oldest page is included) to the last customer delivered. The consumer thread's CPU and"
                    + " allocation (the poll thread: list calls, JSON mapping, Camel exchanges, positions) do not"
                    + " depend on what else the machine runs; the process CPU adds the server generating each page,"
                    + " GC and the JIT, which share the same cores. " + WARMUP_RUNS + " warm-up runs of "
                    + String.format(Locale.ROOT, "%,d", LARGE) + " precede the measured ones.");
    }

    private void row(Delivery run) {
        report.row(run.expected(), run.delivered(), run.outOfOrder(), run.seconds(), run.objectsPerSecond(),
                run.listCalls(), String.format(Locale.ROOT, "%.4f",
                        run.listCalls() / (double) Math.max(1, run.delivered())),
                run.consumerCpuSeconds(), run.delivered() / run.consumerCpuSeconds(),
                run.consumerAllocatedBytes() / Math.max(1, run.delivered()), run.processCpuSeconds(),
                run.jitMillis(), run.peakHeapMiB(), run.oldGenPeakMiB(), run.liveAfterMiB());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * Drains a route from {@link #URI} plus {@code options} over {@code size} virtual customers, each exchange
     * taking {@code workNanos} of simulated I/O (0 for none).
     */
    static Delivery drain(LoopbackStripeServer server, int size, String options, long workNanos) throws Exception {
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
                    from(URI + options).routeId(ROUTE).autoStartup(false).process(exchange -> {
                        long n = delivered.getAndIncrement();
                        if (n == 0) {
                            consumerThread.set(Thread.currentThread().getId());
                        }
                        String expectedId = n < size ? VirtualCustomers.idOf(size - 1 - (int) n) : null;
                        Customer customer = exchange.getMessage().getBody(Customer.class);
                        if (customer == null || !customer.getId().equals(expectedId)) {
                            outOfOrder.incrementAndGet();
                        }
                        if (workNanos > 0) {
                            LockSupport.parkNanos(workNanos); // the route waiting on a database or another API
                        }
                        if (n + 1 == size) {
                            all.countDown();
                        }
                    });
                }
            });
            camel.start();
            ProcessTime before = ProcessTime.now();
            long start = System.nanoTime();
            camel.getRouteController().startRoute(ROUTE);
            boolean done = all.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            ProcessTime after = ProcessTime.now();
            long listCalls = server.customerListCalls() - callsBefore;
            // the poll thread is the context's own, started with the route: its whole CPU is this run's
            double cpu = consumerThread.get() < 0 ? Double.NaN
                    : ManagementFactory.getThreadMXBean().getThreadCpuTime(consumerThread.get()) / 1e9;
            long allocated = consumerThread.get() < 0 ? -1 : Allocations.ofThread(consumerThread.get());
            double peak = HeapWatermark.peakMiB();
            double oldPeak = HeapWatermark.oldGenPeakMiB();
            double live = HeapWatermark.liveAfterGcMiB();
            if (!done) {
                System.out.println("Consumer over " + size + " customers timed out after " + TIMEOUT_SECONDS
                                   + " s with " + delivered.get() + " delivered.");
            }
            return new Delivery(size, delivered.get(), outOfOrder.get(), seconds, listCalls, cpu, allocated,
                    (after.cpuNanos() - before.cpuNanos()) / 1e9, after.jitMillis() - before.jitMillis(), peak,
                    oldPeak, live);
        }
    }

    /** The whole JVM's CPU time and the JIT's compilation time so far. */
    private record ProcessTime(long cpuNanos, long jitMillis) {

        static ProcessTime now() {
            long cpu = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
            return new ProcessTime(cpu, ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
        }
    }
}
