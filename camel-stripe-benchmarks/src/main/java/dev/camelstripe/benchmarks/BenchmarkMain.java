package dev.camelstripe.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Runs the producer, consumer, prefetch, throttle, webhook and lists benchmarks against one loopback server and
 * prints the machine facts and a Markdown report. Arguments pick sections
 * ({@code producer consumer prefetch throttle webhook lists}); none means all.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> sections = args.length == 0 ? Set.of("producer", "consumer", "prefetch", "throttle", "webhook",
                "lists")
                : Set.of(args);
        Report report = new Report();
        MachineFacts.report(report);
        try (LoopbackStripeServer server = new LoopbackStripeServer()) {
            if (sections.contains("producer")) {
                new ProducerBenchmark(server, report).run();
            }
            if (sections.contains("consumer")) {
                new ConsumerBenchmark(server, report).run();
            }
            if (sections.contains("prefetch")) {
                new PrefetchBenchmark(server, report).run();
            }
            if (sections.contains("throttle")) {
                new ThrottleBenchmark(server, report).run();
            }
            if (sections.contains("webhook")) {
                new WebhookBenchmark(report).run();
            }
            if (sections.contains("lists")) {
                new ListBenchmark(server, report).run();
            }
        }
        report.finish(besideTheJar("benchmark-results.md"));
        // HttpURLConnection keep-alive and Camel's threads must not hold the JVM open
        System.exit(0);
    }

    /** target/ when run from the built jar, whatever the working directory. */
    private static Path besideTheJar(String name) throws Exception {
        Path code = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return (Files.isDirectory(code) ? code.getParent() : code.toAbsolutePath().getParent()).resolve(name);
    }
}
