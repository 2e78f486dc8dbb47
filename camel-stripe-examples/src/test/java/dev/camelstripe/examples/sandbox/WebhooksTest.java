package dev.camelstripe.examples.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Signed webhook delivery to a receiver on loopback; every signature is checked by stripe-java's own
 * {@link Webhook}, so the sandbox signs exactly as Stripe does.
 */
class WebhooksTest extends SandboxTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOLERANCE = Webhook.DEFAULT_TOLERANCE;
    private static final Duration AWAIT = Duration.ofSeconds(10);

    /** One POST the receiver got. */
    record Received(String signature, String contentType, String body) {

        Map<String, Object> json() {
            try {
                return JSON.readValue(body, new TypeReference<>() {
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Queue<Received> received = new ConcurrentLinkedQueue<>();
    /** The statuses the receiver answers, in turn; 200 once they run out. */
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Stripe-Signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
        sandbox.webhooks().settings(new Webhooks.Settings(Duration.ofSeconds(5),
                List.of(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80))));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    @Test
    void eachEventIsPostedSignedAsStripeJavaVerifies() throws Exception {
        SandboxClient.Reply endpoint = client.post("/v1/webhook_endpoints",
                "url=" + url() + "&enabled_events[]=*");
        String secret = (String) endpoint.json().get("secret");

        String customer = client.postIdempotent("/v1/customers", "email=ada%40x.io", SandboxClient.KEY, "k-1").id();

        await().atMost(AWAIT).until(() -> received.size() == 1);
        Received delivery = received.peek();
        assertThat(endpoint.status()).isEqualTo(200);
        assertThat(secret).matches("whsec_[0-9A-Za-z]{32}");
        assertThat(client.get("/v1/webhook_endpoints/" + endpoint.id()).json()).doesNotContainKey("secret")
                .containsEntry("url", url()).containsEntry("enabled_events", List.of("*"))
                .containsEntry("status", "enabled");
        assertThat(delivery.contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(delivery.signature()).matches("t=" + T0 + ",v1=[0-9a-f]{64}");

        Event event = Webhook.constructEvent(delivery.body(), delivery.signature(), secret, TOLERANCE, clock);
        assertThat(event.getType()).isEqualTo("customer.created");
        assertThat(event.getRequest().getIdempotencyKey()).isEqualTo("k-1");
        Map<String, Object> stored = client.get("/v1/events/" + event.getId()).json();
        assertThat(delivery.json()).containsEntry("id", stored.get("id")).containsEntry("data", stored.get("data"))
                .containsEntry("pending_webhooks", 1);
        assertThat(((Map<?, ?>) stored.get("data")).get("object")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("id", customer);

        assertThatThrownBy(() -> Webhook.constructEvent(delivery.body(), delivery.signature(),
                "whsec_" + "0".repeat(32), TOLERANCE, clock)).isInstanceOf(SignatureVerificationException.class);
        assertThatThrownBy(() -> Webhook.constructEvent(delivery.body().replace("ada@x.io", "eve@x.io"),
                delivery.signature(), secret, TOLERANCE, clock))
                .isInstanceOf(SignatureVerificationException.class);
        await().atMost(AWAIT).until(() -> ((Number) client.get("/v1/events/" + event.getId()).json()
                .get("pending_webhooks")).intValue() == 0);
    }

    @Test
    void onlyTheEnabledEventTypesAreSent() {
        sandbox.webhooks().register(url(), List.of("customer.created"));

        client.post("/v1/products", "name=Mug");
        client.post("/v1/customers", "email=ada%40x.io");

        await().atMost(AWAIT).until(() -> received.size() == 1);
        assertThat(received.peek().json()).containsEntry("type", "customer.created");
        // no endpoint wanted the product's event: none was pending, none was attempted
        assertThat(client.get("/v1/events?type=product.created").data()).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("pending_webhooks", 0));
        assertThat(sandbox.webhooks().deliveries()).extracting(Webhooks.Delivery::eventId)
                .containsExactly((String) received.peek().json().get("id"));
    }

    @Test
    void aDeliveryAnsweredOtherThan2xxIsRetriedUntilAcknowledged() {
        answers.addAll(List.of(500, 503));
        String endpoint = (String) sandbox.webhooks().register(url(), List.of("*")).get("id");

        String customer = client.post("/v1/customers", "email=ada%40x.io").id();

        await().atMost(AWAIT).until(() -> sandbox.webhooks().deliveries().size() == 3);
        List<Received> bodies = new ArrayList<>(received);
        assertThat(bodies).hasSize(3).extracting(Received::body).containsOnly(bodies.get(0).body());
        String eventId = (String) bodies.get(0).json().get("id");
        assertThat(sandbox.webhooks().deliveries()).containsExactly(
                new Webhooks.Delivery(eventId, endpoint, 1, 500, null),
                new Webhooks.Delivery(eventId, endpoint, 2, 503, null),
                new Webhooks.Delivery(eventId, endpoint, 3, 200, null));
        assertThat(((Map<?, ?>) bodies.get(0).json().get("data")).get("object"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("id", customer);
        await().atMost(AWAIT).until(() -> client.get("/v1/events?delivery_success=true").ids().equals(
                List.of(eventId)));
    }

    @Test
    void aDeliveryStillFailingAfterTheLastRetryIsGivenUp() {
        sandbox.webhooks().settings(new Webhooks.Settings(Duration.ofSeconds(5), List.of(Duration.ofMillis(20))));
        answers.addAll(List.of(500, 500, 500));
        sandbox.webhooks().register(url(), List.of("*"));

        client.post("/v1/customers", "email=ada%40x.io");

        await().atMost(AWAIT).until(() -> sandbox.webhooks().deliveries().size() == 2);
        await().during(Duration.ofMillis(300)).atMost(AWAIT).until(() -> received.size() == 2);
        assertThat(sandbox.webhooks().deliveries()).extracting(Webhooks.Delivery::status).containsExactly(500, 500);
        assertThat(client.get("/v1/events?delivery_success=false").data()).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("pending_webhooks", 1));
    }

    @Test
    void aConfiguredSecretSignsAndARolledOneKeepsSigningUntilItExpires() throws Exception {
        String configured = "whsec_configuredForTheExampleApp";
        String endpoint = (String) sandbox.webhooks().register(url(), List.of("customer.created"), configured)
                .get("id");
        String rolled = sandbox.webhooks().rollSecret(endpoint, Duration.ofHours(1));

        client.post("/v1/customers", "email=ada%40x.io");
        await().atMost(AWAIT).until(() -> received.size() == 1);
        Received during = received.poll();
        assertThat(during.signature()).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
        assertThat(Webhook.Signature.verifyHeader(during.body(), during.signature(), configured, TOLERANCE, clock))
                .isTrue();
        assertThat(Webhook.Signature.verifyHeader(during.body(), during.signature(), rolled, TOLERANCE, clock))
                .isTrue();

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        client.post("/v1/customers", "email=bob%40x.io");
        await().atMost(AWAIT).until(() -> received.size() == 1);
        Received after = received.poll();

        assertThat(after.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(Webhook.Signature.verifyHeader(after.body(), after.signature(), rolled, TOLERANCE, clock))
                .isTrue();
        assertThatThrownBy(() -> Webhook.Signature.verifyHeader(after.body(), after.signature(), configured,
                TOLERANCE, clock)).isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void anEndpointComesFromTheSandboxSettings() throws Exception {
        Map<String, String> settings = Map.of(StripeSandbox.WEBHOOK_URL, url(),
                StripeSandbox.WEBHOOK_SECRET, "whsec_fromTheSettings1",
                StripeSandbox.WEBHOOK_EVENTS, "product.created, customer.created");

        Map<String, Object> endpoint = sandbox.webhookEndpointFrom(settings::get);
        client.post("/v1/customers", "email=ada%40x.io");

        assertThat(endpoint).containsEntry("secret", "whsec_fromTheSettings1").containsEntry("enabled_events",
                List.of("product.created", "customer.created"));
        await().atMost(AWAIT).until(() -> received.size() == 1);
        Event event = Webhook.constructEvent(received.peek().body(), received.peek().signature(),
                "whsec_fromTheSettings1", TOLERANCE, clock);
        assertThat(event.getType()).isEqualTo("customer.created");
        assertThat(sandbox.webhookEndpointFrom(Map.<String, String>of()::get)).isNull();
        Map<String, Object> generated = sandbox.webhookEndpointFrom(Map.of(StripeSandbox.WEBHOOK_URL, url())::get);
        assertThat((String) generated.get("secret")).startsWith("whsec_");
        assertThat(generated).containsEntry("enabled_events", List.of("*"));
    }

    @Test
    void aSecretThatIsNotAWebhookSecretIsRefused() {
        assertThatThrownBy(() -> sandbox.webhooks().register(url(), List.of("*"), "sk_test_123456789"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whsec_");
    }

    @Test
    void endpointsAreValidatedAsStripeDoes() {
        SandboxClient.Reply noEvents = client.post("/v1/webhook_endpoints", "url=" + url());
        SandboxClient.Reply badUrl = client.post("/v1/webhook_endpoints", "url=ftp%3A%2F%2Fx&enabled_events[]=*");
        SandboxClient.Reply badType = client.post("/v1/webhook_endpoints",
                "url=" + url() + "&enabled_events[]=Not+A+Type");

        assertThat(noEvents.status()).isEqualTo(400);
        assertThat(noEvents.error()).containsEntry("type", "invalid_request_error")
                .containsEntry("param", "enabled_events");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.error()).containsEntry("code", "url_invalid").containsEntry("param", "url");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.error()).containsEntry("param", "enabled_events[0]");
        assertThat(sandbox.webhooks().endpoints().count()).isZero();
    }
}
