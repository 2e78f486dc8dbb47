package dev.camelstripe.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * The HTTP server Camel Main starts with camel-platform-http-vertx (camel.server.enabled=true), on a free port of
 * the loopback interface, and a client that posts to it as Stripe does.
 */
final class WebhookServer {

    private final VertxPlatformHttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    /** Adds the server to the context; it starts with it. */
    WebhookServer(CamelContext context) throws Exception {
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(0);
        server = new VertxPlatformHttpServer(configuration);
        context.addService(server);
    }

    int port() {
        return server.getServer().actualPort();
    }

    /** POSTs the body with a Stripe-Signature, as Stripe sends an event. */
    HttpResponse<String> post(String path, String body, String signature) throws Exception {
        return post(path, body.getBytes(StandardCharsets.UTF_8), signature);
    }

    HttpResponse<String> post(String path, byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signed now with the secret, as Stripe signs. */
    HttpResponse<String> postSigned(String path, String body, String secret) throws Exception {
        return post(path, body, WebhookSignature.header(secret, Instant.now().getEpochSecond(),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A Stripe event of that id and type about a JSON object. */
    static String event(String id, String type, String objectJson) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"2024-06-20\",\"created\":1700000000,"
               + "\"livemode\":false,\"pending_webhooks\":1,\"request\":{\"id\":\"req_1\",\"idempotency_key\":\"k1\"},"
               + "\"type\":\"" + type + "\",\"data\":{\"object\":" + objectJson + "}}";
    }
}
