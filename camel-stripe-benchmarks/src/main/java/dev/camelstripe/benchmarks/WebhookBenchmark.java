package dev.camelstripe.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import com.stripe.net.Webhook;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.webhook.WebhookSignature;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Signed webhook events over loopback HTTP into a route, through the Vert.x platform-http server Camel Main uses:
 * events/s, and the latency from the request being sent to the route seeing the event. Three routes in one
 * CamelContext take turns in slices, the order rotating each round:
 * <ul>
 * <li>the baseline: a plain platform-http route (no verification, no parsing, no deduplication);</li>
 * <li>the same route verifying and parsing with stripe-java's {@code Webhook.constructEvent};</li>
 * <li>{@code stripe:webhook}: signature, parsing into {@code Event}, types filter and deduplication.</li>
 * </ul>
 */
final class WebhookBenchmark {

    private static final int CLIENT_THREADS = 4;
    private static final int WARMUP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 5;
    private static final long SLICE_NANOS = 2_000_000_000L;
    private static final String SECRET = "whsec_benchmark_secret";
    private static final int MAX_EVENTS = 4_000_000;

    private final Report report;
    /** When each event's request was sent, by its sequence number; 0 until then. */
    private final AtomicLongArray sentAt = new AtomicLongArray(MAX_EVENTS);
    private final AtomicLong sequence = new AtomicLong();
    private volatile Tally current;

    WebhookBenchmark(Report report) {
        this.report = report;
    }

    private static final class Tally {
        final String name;
        final String path;
        final String description;
        final Latencies latencies = new Latencies();
        long nanos;
        long events;
        volatile boolean measured;

        Tally(String name, String path, String description) {
            this.name = name;
            this.path = path;
            this.description = description;
        }

        double eventsPerSecond() {
            return events / (nanos / 1e9);
        }
    }

    void run() throws Exception {
        report.heading("Webhook: signed events over loopback HTTP into a route, " + CLIENT_THREADS + " client threads");
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        VertxPlatformHttpServer server = new VertxPlatformHttpServer(configuration);
        context.addService(server);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // both platform-http routes answer as the webhook does: a short text, no request header echoed
                from("platform-http:/baseline?httpMethodRestrict=POST")
                        .process(exchange -> arrived(exchange.getMessage().getHeader("X-Seq", String.class)))
                        .removeHeaders("*").setBody(constant("Delivered"));
                from("platform-http:/stripe-java?httpMethodRestrict=POST").process(exchange -> {
                    com.stripe.model.Event event = Webhook.constructEvent(exchange.getMessage().getBody(String.class),
                            exchange.getMessage().getHeader("Stripe-Signature", String.class), SECRET);
                    arrived(event.getId().substring(4));
                }).removeHeaders("*").setBody(constant("Delivered"));
                from("stripe:webhook?webhookPath=/webhook&webhookSecret=" + SECRET)
                        .process(exchange -> arrived(exchange.getMessage().getHeader(StripeConstants.EVENT_ID,
                                String.class).substring(4)));
            }
        });
        context.start();
        List<Tally> tallies = List.of(
                new Tally("platform-http route (baseline)", "/baseline", "reads the request, no verification, answers a short text"),
                new Tally("platform-http + stripe-java Webhook.constructEvent", "/stripe-java",
                        "verifies and parses with stripe-java 33.2.0 in a processor"),
                new Tally("stripe:webhook", "/webhook",
                        "verifies, parses into Event, deduplicates (in memory), replies after the route"));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clients).build();
        ExecutorService callers = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            int port = server.getServer().actualPort();
            for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
                for (int i = 0; i < tallies.size(); i++) {
                    System.gc();
                    Thread.sleep(50);
                    slice(http, callers, port, tallies.get((round + i) % tallies.size()), round >= WARMUP_ROUNDS);
                }
            }
            print(tallies);
        } finally {
            callers.shutdownNow();
            clients.shutdownNow();
            context.stop();
        }
    }

    private void arrived(String seq) {
        long now = System.nanoTime();
        Tally tally = current;
        int index = Integer.parseInt(seq);
        long sent = sentAt.get(index);
        if (tally != null && tally.measured && sent != 0) {
            synchronized (tally) {
                tally.latencies.record(now - sent);
            }
        }
    }

    private void slice(HttpClient http, ExecutorService callers, int port, Tally tally, boolean measured)
            throws Exception {
        tally.measured = measured;
        current = tally;
        long start = System.nanoTime();
        long end = start + SLICE_NANOS;
        List<Future<Long>> runs = new ArrayList<>();
        for (int t = 0; t < CLIENT_THREADS; t++) {
            runs.add(callers.submit(() -> {
                long done = 0;
                URI uri = URI.create("http://127.0.0.1:" + port + tally.path);
                while (System.nanoTime() < end) {
                    send(http, uri);
                    done++;
                }
                return done;
            }));
        }
        long events = 0;
        for (Future<Long> run : runs) {
            events += run.get();
        }
        long elapsed = System.nanoTime() - start;
        if (measured) {
            tally.events += events;
            tally.nanos += elapsed;
        }
    }

    private void send(HttpClient http, URI uri) throws Exception {
        int seq = (int) (sequence.incrementAndGet() % MAX_EVENTS);
        byte[] body = ("{\"id\":\"evt_" + seq + "\",\"object\":\"event\",\"api_version\":\"2024-06-20\","
                       + "\"created\":1700000000,\"livemode\":false,\"type\":\"customer.created\",\"data\":{\"object\":"
                       + "{\"id\":\"cus_" + seq + "\",\"object\":\"customer\",\"email\":\"jenny@example.com\","
                       + "\"name\":\"Jenny Rosen\",\"created\":1700000000,\"metadata\":{}}}}")
                .getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), body);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", signature).header("X-Seq", Integer.toString(seq))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        sentAt.set(seq, System.nanoTime());
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
    }

    private void print(List<Tally> tallies) {
        Tally baseline = tallies.get(0);
        report.table("receiver", "events/s", "p50 µs to route", "p99 µs to route", "× baseline events/s",
                "× baseline p99");
        for (Tally tally : tallies) {
            report.row(tally.name, tally.eventsPerSecond(), tally.latencies.percentileMicros(0.50),
                    tally.latencies.percentileMicros(0.99), tally.eventsPerSecond() / baseline.eventsPerSecond(),
                    tally.latencies.percentileMicros(0.99) / baseline.latencies.percentileMicros(0.99));
        }
        report.endTable();
        StringBuilder notes = new StringBuilder("Each receiver ran " + MEASURED_ROUNDS + " measured slices of "
                                                + SLICE_NANOS / 1_000_000_000 + " s after " + WARMUP_ROUNDS
                                                + " warm-up slices, interleaved, each after a full GC; "
                                                + CLIENT_THREADS + " client threads each send one signed event and"
                                                + " wait for the 200. Latency: from just before the request is sent"
                                                + " to the route's processor.");
        for (Tally tally : tallies) {
            notes.append("\n- ").append(tally.name).append(": ").append(tally.description).append(" (")
                    .append(tally.latencies.count()).append(" events measured)");
        }
        report.line(notes.toString());
    }
}
