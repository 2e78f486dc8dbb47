package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP plumbing, and the only place that knows about HTTP: request id, authentication, parameter parsing,
 * idempotency, routing, JSON rendering of results and of every error. Binds to 127.0.0.1 only, and reads no more of a
 * request than {@link SandboxLimits} allows.
 */
public final class SandboxHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpServer.class);

    private final Router router;
    private final IdempotencyCache idempotency;
    private final Faults faults;
    private final AtomicLong received = new AtomicLong();
    /** Authenticated calls per route ({@code "POST /v1/customers"}): as many keys as routes, so it stays small. */
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor;

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm against the client's
        // delayed ACK every response would stall ~40 ms. Read once by the JDK, so set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The request line (query string included) and headers: the JDK closes the connection of a larger request.
        if (System.getProperty("sun.net.httpserver.maxReqHeaderSize") == null) {
            System.setProperty("sun.net.httpserver.maxReqHeaderSize",
                    Integer.toString(SandboxLimits.MAX_REQUEST_HEAD_BYTES));
        }
    }

    /** @throws BindException when {@code port} is taken */
    public SandboxHttpServer(int port, int threads, Router router, IdempotencyCache idempotency, Faults faults)
            throws IOException {
        this.router = router;
        this.idempotency = idempotency;
        this.faults = faults;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "stripe-sandbox-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** HTTP requests received so far, whatever became of them (refused, rejected, answered). */
    public long requestCount() {
        return received.get();
    }

    /**
     * Authenticated calls that reached the route {@code method pattern} so far (the pattern as registered, e.g.
     * {@code /v1/customers/{id}}), whatever became of them.
     */
    public long callCount(String method, String pattern) {
        LongAdder count = calls.get(method + ' ' + pattern);
        return count == null ? 0 : count.sum();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        received.incrementAndGet();
        String requestId = Ids.next("req");
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        boolean replayed = false;
        ApiResponse response;
        try {
            String apiKey = ApiKeyAuth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
            Router.Match match = router.match(method, path);
            calls.computeIfAbsent(method + ' ' + match.pattern(), k -> new LongAdder()).increment();
            Params params = new Params(FormParser.parse(join(exchange.getRequestURI().getRawQuery(), body(exchange))));
            ApiRequest request = new ApiRequest(method, path, match.id(), params, apiKey);
            String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            boolean idempotent = "POST".equals(method) && idempotencyKey != null && !idempotencyKey.isBlank();
            ApiHandler faulty = faults.around(match.handler());
            // the events the call records name this request (and its key), as Stripe's event.request does
            ApiHandler handler = r -> RequestOrigin.during(requestId, idempotent ? idempotencyKey : null,
                    () -> faulty.handle(r));
            if (idempotent) {
                IdempotencyCache.Outcome outcome = idempotency.execute(apiKey, idempotencyKey, request,
                        () -> handler.handle(request));
                response = outcome.response();
                replayed = outcome.replayed();
            } else {
                response = handler.handle(request);
            }
        } catch (StripeError e) {
            response = new ApiResponse(e.status(), e.body());
        } catch (RuntimeException e) {
            LOG.warn("Sandbox failure on {} {} ({})", method, path, requestId, e);
            response = new ApiResponse(500, new StripeError(500, "api_error", null,
                    "An unexpected error occurred in the Stripe sandbox (" + requestId + ").", null).body());
        }
        send(exchange, requestId, response, replayed);
    }

    private static void send(HttpExchange exchange, String requestId, ApiResponse response, boolean replayed)
            throws IOException {
        byte[] bytes = SandboxJson.write(response.body()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Request-Id", requestId);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** At most MAX_REQUEST_BYTES are read: a larger body is a 413, whatever its Content-Length says. */
    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(SandboxLimits.MAX_REQUEST_BYTES + 1);
            if (bytes.length > SandboxLimits.MAX_REQUEST_BYTES) {
                throw StripeError.bodyTooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String join(String query, String body) {
        if (query == null || query.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? query : query + "&" + body;
    }
}
