package dev.camelstripe.webhook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.test.ConsumerAttributes;
import dev.camelstripe.test.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a webhook endpoint received, exact and alike in the meters, the dev console's JSON and the consumer's JMX
 * attributes: every outcome of a request, refusals by reason, the last event and the lag of delivery.
 */
class WebhookFiguresTest {

    static final String SECRET = WebhookTest.SECRET;
    static final String PATH = WebhookTest.PATH;
    /** This host's clock: 90 s after the created of {@link WebhookServer#event} (1700000000). */
    final TestClock clock = TestClock.atSecond(1_700_000_090L);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CountDownLatch inRoute = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    CamelContext context;
    WebhookServer server;

    void start(String options) throws Exception {
        context = new DefaultCamelContext();
        context.setDevConsole(true);
        context.getRegistry().bind("meterRegistry", meters);
        context.getRegistry().bind("events", MemoryIdempotentRepository.memoryIdempotentRepository(10));
        context.getRegistry().bind("broken", new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                throw new IllegalStateException("the repository's database is down");
            }
        });
        StripeComponent stripe = new StripeComponent();
        stripe.setClock(clock);
        context.addComponent("stripe", stripe);
        server = new WebhookServer(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:webhook?webhookSecret=" + SECRET + "&types=customer.*" + options).routeId("webhook")
                        .process(exchange -> {
                            String id = exchange.getMessage().getHeader("CamelStripeEventId", String.class);
                            if (id.equals("evt_fails")) {
                                throw new IllegalStateException("the route fails on " + id);
                            }
                            if (id.equals("evt_slow")) {
                                inRoute.countDown();
                                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                            }
                        });
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void everyOutcomeIsCountedAndTheLastEventAndLagShown() throws Exception {
        start("&idempotentRepository=#events");

        assertThat(post("evt_1", "customer.created").statusCode()).isEqualTo(200);
        assertThat(post("evt_1", "customer.created").statusCode()).isEqualTo(200); // a duplicate
        assertThat(post("evt_fails", "customer.updated").statusCode()).isEqualTo(500);
        assertThat(post("evt_charge", "charge.failed").statusCode()).isEqualTo(200); // not among the types
        assertThat(post("evt_forged", "customer.created", "whsec_test_wrong").statusCode()).isEqualTo(400);
        assertThat(server.post(PATH, event("evt_unsigned", "customer.created"), null).statusCode()).isEqualTo(400);
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> post("evt_slow",
                "customer.created"));
        assertThat(inRoute.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(post("evt_slow", "customer.created").statusCode()).isEqualTo(409); // still in the route
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

        assertThat(events("delivered")).isEqualTo(2.0);
        assertThat(events("duplicate")).isEqualTo(1.0);
        assertThat(events("failed")).isEqualTo(1.0);
        assertThat(events("ignored")).isEqualTo(1.0);
        assertThat(events("refused")).isEqualTo(2.0);
        assertThat(events("in_flight")).isEqualTo(1.0);
        assertThat(events("unavailable")).isEqualTo(0.0);
        assertThat(refused("no_match")).isEqualTo(1.0);
        assertThat(refused("missing_header")).isEqualTo(1.0);
        assertThat(refused("stale_timestamp")).isEqualTo(0.0);
        assertThat(meters.get("stripe.webhook.lag").tags("route", "webhook").gauge().value()).isEqualTo(90.0);

        JsonObject webhook = consoleWebhook();
        assertThat(webhook).containsEntry("route", "webhook").containsEntry("webhookPath", PATH)
                .containsEntry("received", 8L).containsEntry("delivered", 2L).containsEntry("duplicate", 1L)
                .containsEntry("failed", 1L).containsEntry("ignored", 1L).containsEntry("refused", 2L)
                .containsEntry("inFlight", 1L).containsEntry("unavailable", 0L)
                .containsEntry("lastEventId", "evt_slow").containsEntry("lastEventType", "customer.created")
                .containsEntry("lastOutcome", "DELIVERED").containsEntry("lastRefusal", "MISSING_HEADER")
                .containsEntry("lastEventAt", "2023-11-14T22:14:50Z").containsEntry("lagSeconds", 90L);
        assertThat((JsonObject) webhook.get("refusals")).containsEntry("noMatch", 1L)
                .containsEntry("missingHeader", 1L).containsEntry("notAnEvent", 0L);
        assertThat(Jsoner.serialize(webhook)).doesNotContain(SECRET.substring(6)).doesNotContain("whsec_test_wrong");
        assertJmxReadsTheSame(webhook);
        assertThat(text()).contains("Webhook: webhook", "delivered: 2", "inFlight: 1");
    }

    @Test
    void aRepositoryThatFailsIsCountedAsUnavailable() throws Exception {
        start("&idempotentRepository=#broken");

        assertThat(post("evt_1", "customer.created").statusCode()).isEqualTo(503);

        assertThat(events("unavailable")).isEqualTo(1.0);
        assertThat(events("delivered")).isEqualTo(0.0);
        assertThat(consoleWebhook()).containsEntry("unavailable", 1L).containsEntry("lastOutcome", "UNAVAILABLE")
                .containsEntry("lagSeconds", null);
    }

    @Test
    void theMetersGoWithTheRoute() throws Exception {
        start("");
        post("evt_1", "customer.created");
        assertThat(meters.find("stripe.webhook.events").meters()).hasSize(WebhookOutcome.values().length);

        context.getRouteController().stopRoute("webhook");
        context.removeRoute("webhook");

        assertThat(meters.find("stripe.webhook.events").meters()).isEmpty();
        assertThat(meters.find("stripe.webhook.lag").meters()).isEmpty();
        assertThat((JsonArray) consoleJson().get("webhooks")).isEmpty();
    }

    private HttpResponse<String> post(String id, String type) {
        return post(id, type, SECRET);
    }

    /** Signed with the secret at the component's clock, as the signature's tolerance counts on it. */
    private HttpResponse<String> post(String id, String type, String secret) {
        try {
            String body = event(id, type);
            return server.post(PATH, body, WebhookSignature.header(secret, clock.instant().getEpochSecond(),
                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(String id, String type) {
        return WebhookServer.event(id, type, WebhookTest.CUSTOMER);
    }

    private double events(String outcome) {
        return meters.get("stripe.webhook.events").tags("route", "webhook", "outcome", outcome).functionCounter()
                .count();
    }

    private double refused(String reason) {
        return meters.get("stripe.webhook.refused").tags("route", "webhook", "reason", reason).functionCounter()
                .count();
    }

    private JsonObject consoleJson() {
        DevConsole console = DevConsoleRegistry.get(context).getConsole("stripe").orElseThrow();
        return (JsonObject) console.call(DevConsole.MediaType.JSON);
    }

    private String text() {
        return (String) DevConsoleRegistry.get(context).getConsole("stripe").orElseThrow()
                .call(DevConsole.MediaType.TEXT);
    }

    private JsonObject consoleWebhook() {
        JsonArray webhooks = (JsonArray) consoleJson().get("webhooks");
        assertThat(webhooks).hasSize(1);
        return (JsonObject) webhooks.get(0);
    }

    private void assertJmxReadsTheSame(JsonObject webhook) throws Exception {
        ConsumerAttributes.assertSameAsConsole(context, "WebhookPath", webhook, List.of("webhookPath", "received",
                "delivered", "failed", "duplicate", "refused", "lastEventId", "lastRefusal", "lagSeconds"));
    }
}
