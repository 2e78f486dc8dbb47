package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP plumbing, and the only place that knows about HTTP: request id, authentication, parameter parsing,
 * idempotency, routing, JSON rendering of results and of every error. Binds to 127.0.0.1 only.
 */
public final class SandboxHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxHttpServer.class);
    // Stripe pretty-prints its responses; so do we, which also makes the sandbox pleasant to curl.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Router router;
    private final IdempotencyCache idempotency;
    private final HttpServer server;
    private final ExecutorService executor;

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm against the client's
        // delayed ACK every response would stall ~40 ms. Read once by the JDK, so set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public SandboxHttpServer(int port, int threads, Router router, IdempotencyCache idempotency) throws IOException {
        this.router = router;
        this.idempotency = idempotency;
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
        String requestId = Ids.next("req");
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        boolean replayed = false;
        ApiResponse response;
        try {
            String apiKey = ApiKeyAuth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
            Params params = new Params(FormParser.parse(join(exchange.getRequestURI().getRawQuery(),
                    readBody(exchange.getRequestBody()))));
            Router.Match match = router.match(method, path);
            ApiRequest request = new ApiRequest(method, path, match.id(), params, apiKey);
            String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if ("POST".equals(method) && idempotencyKey != null && !idempotencyKey.isBlank()) {
                IdempotencyCache.Outcome outcome = idempotency.execute(apiKey, idempotencyKey, request,
                        () -> match.handler().handle(request));
                response = outcome.response();
                replayed = outcome.replayed();
            } else {
                response = match.handler().handle(request);
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
        byte[] bytes = toJson(response).getBytes(StandardCharsets.UTF_8);
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

    private static String toJson(ApiResponse response) {
        try {
            return JSON.writeValueAsString(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unserialisable sandbox object", e);
        }
    }

    private static String readBody(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String join(String query, String body) {
        if (query == null || query.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? query : query + "&" + body;
    }
}
