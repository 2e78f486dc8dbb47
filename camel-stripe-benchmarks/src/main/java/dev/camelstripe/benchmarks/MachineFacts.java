package dev.camelstripe.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

/** What the figures were measured on, printed first so no result is read without it. */
final class MachineFacts {

    private MachineFacts() {
    }

    static void report(Report report) {
        Runtime runtime = Runtime.getRuntime();
        report.heading("Machine");
        report.table("fact", "value");
        report.row("cores (available processors)", runtime.availableProcessors());
        report.row("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        report.row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                         + System.getProperty("os.arch"));
        report.row("max heap", runtime.maxMemory() / (1024 * 1024) + " MiB");
        report.row("initial heap", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() / (1024 * 1024)
                                   + " MiB");
        report.row("GC", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(gc -> gc.getName()).collect(Collectors.joining(", ")));
        report.row("JVM flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        report.endTable();
    }

    /** Whether the heap starts at its maximum (-Xms equal to -Xmx), so no GC shrinks it between runs. */
    static boolean heapPinned() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() >= Runtime.getRuntime().maxMemory();
    }
}
