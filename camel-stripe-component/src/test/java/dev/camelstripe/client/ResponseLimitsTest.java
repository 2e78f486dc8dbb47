package dev.camelstripe.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import dev.camelstripe.test.FakeTime;
import dev.camelstripe.test.RawHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Hostile answers from servers on loopback: a gzip bomb, a body larger than allowed, a chunked body that never ends,
 * answers that drip in a byte at a time. None may exhaust the heap, hold a call past its deadline, or keep its
 * throttle permit.
 */
class ResponseLimitsTest {

    static final String KEY = "sk_test_limitsSecret";
    static final long MIB = 1024 * 1024;
    static final String OK_JSON = "{\"id\":\"cus_ok\",\"object\":\"customer\"}";

    private final FakeTime time = new FakeTime();
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(60), time);
    private final StripeTransport transport = StripeTransport.of(StripeHttpClients.create(null, null, 4,
            Duration.ofSeconds(2)));
    private RawHttpServer server;

    @AfterEach
    void close() throws IOException {
        transport.close();
        if (server != null) {
            server.close();
        }
    }

    private StripeClient client(Duration responseTimeout, long maxResponseSize) {
        StripeClientSettings settings = new StripeClientSettings(KEY, URI.create(server.baseUrl()), null, null,
                Duration.ofSeconds(2), responseTimeout, Duration.ZERO, maxResponseSize);
        return new StripeClient(transport, settings, limiter, new RetryPolicy(2, () -> 1.0), time);
    }

    /** Answers {@code /v1/ok} normally, and everything else with {@code hostile}. */
    private void serve(RawHttpServer.Answer hostile) throws IOException {
        server = new RawHttpServer((head, out) -> {
            if (head.startsWith("GET /v1/ok ")) {
                byte[] body = OK_JSON.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                           + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
            } else {
                hostile.write(head, out);
            }
        });
    }

    @Test
    void aGzipBombEndsWithTheSizeErrorAndLeavesTheHeapAsItWas() throws Exception {
        byte[] member = gzipOfZeros(16 * MIB); // 16 MiB of zeros in about 16 KiB
        int members = 64; // 1 GiB once inflated, about 1 MiB on the wire
        serve((head, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                       + "Content-Length: " + (long) member.length * members + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < members; i++) {
                out.write(member);
            }
        });
        StripeClient client = client(Duration.ofSeconds(30), StripeClientSettings.DEFAULT_MAX_RESPONSE_SIZE);
        long heapBefore = usedHeapAfterGc();
        long allocatedBefore = allocatedByThisThread();

        assertThatThrownBy(() -> client.execute(StripeRequest.get("/v1/customers", Map.of()), Map.class))
                .isInstanceOfSatisfying(StripeResponseTooLargeException.class, e -> {
                    assertThat(e.getLimit()).isEqualTo(16 * MIB);
                    assertThat(e.getMessage()).isEqualTo("GET /v1/customers: the answer grew past maxResponseSize"
                                                         + " 16777216 bytes (counted after decompression); the"
                                                         + " connection was discarded and the call is not retried");
                });

        // the 1 GiB was never read: what this thread allocated is the capped buffer, not the inflated body
        assertThat(allocatedByThisThread() - allocatedBefore).isLessThan(128 * MIB);
        assertThat(usedHeapAfterGc() - heapBefore).isLessThan(16 * MIB);
        assertThat(server.requests()).hasSize(1); // not retried
        assertThat(limiter.heldPermits()).isZero();
        // the connection was discarded, not drained for reuse: the next call opens a new one
        client.execute(StripeRequest.get("/v1/ok", Map.of()), Map.class);
        assertThat(server.connections()).isEqualTo(2);
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedWithoutReadingIt() throws Exception {
        serve((head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20971520\r\n\r\n{\"id\":"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(10_000); // never sends the rest: a client that waited for it would time out instead
        });

        assertThatThrownBy(() -> client(Duration.ofSeconds(5), 16 * MIB).execute(
                StripeRequest.post("/v1/customers", Map.of(), "key-big"), Map.class))
                .isInstanceOfSatisfying(StripeResponseTooLargeException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("POST /v1/customers: the answer declared a body of 20971520"
                                                         + " bytes, more than maxResponseSize 16777216 bytes (counted"
                                                         + " after decompression); the connection was discarded and"
                                                         + " the call is not retried");
                    assertThat(e.getIdempotencyKey()).isEqualTo("key-big");
                });
        assertThat(limiter.heldPermits()).isZero();
    }

    @Test
    void aChunkedBodyThatNeverEndsIsCutAtTheLimit() throws Exception {
        byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        serve((head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(chunk);
            }
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(Duration.ofSeconds(30), MIB).execute(
                StripeRequest.get("/v1/customers", Map.of()), Map.class))
                .isInstanceOf(StripeResponseTooLargeException.class)
                .hasMessageContaining("grew past maxResponseSize 1048576 bytes");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.closedByClient() == 1);
        assertThat(limiter.heldPermits()).isZero();
    }

    @Test
    void aBodyThatDripsInIsCutOffAtTheDeadlineAndFreesItsPermit() throws Exception {
        serve((head, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + OK_JSON.length()
                       + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            drip(out, OK_JSON.getBytes(StandardCharsets.US_ASCII));
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(Duration.ofMillis(1000), MIB).execute(
                StripeRequest.get("/v1/customers/cus_drip", Map.of()), Map.class))
                .isInstanceOfSatisfying(StripeConnectionException.class, e -> assertThat(e.getMessage())
                        .startsWith("GET /v1/customers/cus_drip failed after 3 attempt(s): timed out: no complete"
                                    + " answer within the responseTimeout of 1000 ms"));

        // three attempts (the client retries a timed-out GET twice), each cut at 1 s although bytes kept coming
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isBetween(Duration.ofMillis(2900), Duration.ofMillis(6000));
        assertThat(server.requests()).hasSize(3);
        assertThat(limiter.heldPermits()).isZero();
    }

    @Test
    void headersThatDripInAreCutOffAtTheDeadlineToo() throws Exception {
        serve((head, out) -> drip(out, ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                        + OK_JSON.length() + "\r\n\r\n" + OK_JSON).getBytes(StandardCharsets.US_ASCII)));
        StripeClientSettings settings = new StripeClientSettings(KEY, URI.create(server.baseUrl()), null, null,
                Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ZERO, MIB);
        StripeClient noRetries = new StripeClient(transport, settings, limiter, new RetryPolicy(0, () -> 1.0), time);
        long start = System.nanoTime();

        assertThatThrownBy(() -> noRetries.execute(StripeRequest.get("/v1/customers", Map.of()), Map.class))
                .isInstanceOf(StripeConnectionException.class)
                .hasMessageContaining("no complete answer within the responseTimeout of 800 ms");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(700), Duration.ofMillis(2000));
        assertThat(limiter.heldPermits()).isZero();
    }

    @Test
    void aBodyCutShortOfItsDeclaredLengthIsAConnectionFailureNotAShorterAnswer() throws Exception {
        serve((head, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + (OK_JSON.length() + 40)
                       + "\r\n\r\n" + OK_JSON).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            throw new IOException("the server goes away 40 bytes early");
        });
        StripeClientSettings settings = new StripeClientSettings(KEY, URI.create(server.baseUrl()), null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO, MIB);
        StripeClient noRetries = new StripeClient(transport, settings, limiter, new RetryPolicy(0, () -> 1.0), time);

        assertThatThrownBy(() -> noRetries.execute(StripeRequest.get("/v1/customers/cus_ok", Map.of()), Map.class))
                .isInstanceOf(StripeConnectionException.class)
                .hasMessageStartingWith("GET /v1/customers/cus_ok failed after 1 attempt(s)");
        assertThat(limiter.heldPermits()).isZero();
        // a body of the declared length on the same client is read whole
        assertThat(noRetries.execute(StripeRequest.get("/v1/ok", Map.of()), Map.class).body())
                .containsEntry("id", "cus_ok");
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = { 40, 8_191, 8_192, 16_384, 100_003 })
    void aChunkedBodyOfAnyLengthIsReadWholeAndExactly(int length) throws Exception {
        String prefix = "{\"id\":\"cus_ok\",\"pad\":\"";
        String json = prefix + "x".repeat(length - prefix.length() - 2) + "\"}";
        serve((head, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            // in uneven chunks, none aligned with the client's reads
            for (int from = 0; from < json.length(); from += 3_001) {
                String part = json.substring(from, Math.min(json.length(), from + 3_001));
                out.write((Integer.toHexString(part.length()) + "\r\n" + part + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });

        Map<?, ?> body = client(Duration.ofSeconds(5), MIB).execute(StripeRequest.get("/v1/customers/cus_ok",
                Map.of()), Map.class).body();

        assertThat(json).hasSize(length);
        assertThat(body.get("id")).isEqualTo("cus_ok");
        assertThat((String) body.get("pad")).hasSize(length - prefix.length() - 2);
    }

    /** One byte every 100 ms: never idle long enough for a read timeout. */
    private static void drip(OutputStream out, byte[] bytes) throws IOException, InterruptedException {
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            Thread.sleep(100);
        }
    }

    private static byte[] gzipOfZeros(long size) throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        byte[] zeros = new byte[(int) MIB];
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            for (long written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return gzipped.toByteArray();
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
