package dev.camelstripe.webhook;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.Event;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** stripe:webhook end to end: signed POSTs over loopback HTTP through platform-http (Vert.x) to a route. */
class WebhookTest {

    static final String SECRET = "whsec_test_WebhookSecretNeverLogged";
    static final String OLD_SECRET = "whsec_test_theSecretBeforeTheRoll";
    static final String PATH = "/stripe/webhook";
    static final String CUSTOMER = "{\"id\":\"cus_1\",\"object\":\"customer\",\"email\":\"ada@example.com\","
                                   + "\"created\":1700000000,\"x_new_field\":{\"kept\":true}}";
    static final String CHARGE = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":1200,\"status\":\"succeeded\"}";

    CamelContext context;
    WebhookServer server;
    final List<Exchange> received = new CopyOnWriteArrayList<>();
    /** Deliveries the route fails on purpose, counted down. */
    final AtomicInteger failures = new AtomicInteger();

    void start(String options) throws Exception {
        context = new DefaultCamelContext();
        server = new WebhookServer(context);
        context.getRegistry().bind("events", MemoryIdempotentRepository.memoryIdempotentRepository(10));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:webhook?webhookSecret=" + SECRET + options).routeId("webhook")
                        .process(exchange -> {
                            if (failures.getAndDecrement() > 0) {
                                throw new IllegalStateException("the route fails this time");
                            }
                            received.add(exchange.copy());
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
    void aValidlySignedEventIsDeliveredAsATypedEventWithItsHeadersAndAnswered200() throws Exception {
        start("");
        HttpResponse<String> response = server.postSigned(PATH, WebhookServer.event("evt_1", "customer.created",
                CUSTOMER), SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Stripe-Signature")).isEmpty(); // nothing of the request echoed
        assertThat(received).hasSize(1);
        Exchange exchange = received.get(0);
        Event event = exchange.getMessage().getBody(Event.class);
        assertThat(event.getId()).isEqualTo("evt_1");
        assertThat(event.getType()).isEqualTo("customer.created");
        assertThat(event.getApiVersion()).isEqualTo("2024-06-20");
        assertThat(event.getCreated()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(event.getLivemode()).isFalse();
        assertThat(event.getRequestId()).isEqualTo("req_1");
        assertThat(event.getDataObject()).isInstanceOfSatisfying(Customer.class, customer -> {
            assertThat(customer.getEmail()).isEqualTo("ada@example.com");
            assertThat(customer.getUnknownField("x_new_field")).isEqualTo(java.util.Map.of("kept", true));
        });
        assertThat(exchange.getMessage().getHeader(StripeConstants.EVENT_ID)).isEqualTo("evt_1");
        assertThat(exchange.getMessage().getHeader(StripeConstants.EVENT_TYPE)).isEqualTo("customer.created");
        assertThat(exchange.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo("cus_1");
        assertThat(exchange.getMessage().getHeader(StripeConstants.OBJECT_TYPE)).isEqualTo("customer");
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey("Stripe-Signature");
        assertThat(exchange.getFromRouteId()).isEqualTo("webhook");
    }

    @Test
    void badRequestsAreRefusedWith400AndNeverReachTheRouteAndTheLogSaysWhyWithoutSecretOrPayload() throws Exception {
        start("");
        String body = WebhookServer.event("evt_bad", "customer.created", CUSTOMER);
        long now = Instant.now().getEpochSecond();
        String logs;
        try (LogCapture capture = new LogCapture()) {
            assertThat(server.postSigned(PATH, body, "whsec_test_wrongSecret").statusCode()).isEqualTo(400);
            String signed = WebhookSignature.header(SECRET, now, body.getBytes());
            assertThat(server.post(PATH, body.replace("ada@", "eve@"), signed).statusCode()).isEqualTo(400);
            assertThat(server.post(PATH, body, WebhookSignature.header(SECRET, now - 301, body.getBytes()))
                    .statusCode()).isEqualTo(400);
            assertThat(server.post(PATH, body, null).statusCode()).isEqualTo(400);
            assertThat(server.postSigned(PATH, "[1,2]", SECRET).statusCode()).isEqualTo(400);
            assertThat(server.postSigned(PATH, "{\"id\":\"ch_1\",\"object\":\"charge\"}", SECRET).statusCode())
                    .isEqualTo(400);
            logs = capture.text();
        }
        assertThat(received).isEmpty();
        assertThat(logs).contains("no v1 signature matches", "older than webhookTolerance",
                        "no Stripe-Signature header", "not a Stripe event")
                .doesNotContain(SECRET).doesNotContain("ada@example.com").doesNotContain("evt_bad");
        assertThat(context.getRoute("webhook").getEndpoint().toString()).doesNotContain(SECRET);
    }

    @Test
    void whileTheSecretIsRolledEitherSecretIsAccepted() throws Exception {
        start("," + OLD_SECRET);
        assertThat(server.postSigned(PATH, WebhookServer.event("evt_new", "customer.created", CUSTOMER), SECRET)
                .statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, WebhookServer.event("evt_old", "customer.created", CUSTOMER), OLD_SECRET)
                .statusCode()).isEqualTo(200);
        assertThat(received).extracting(e -> e.getMessage().getHeader(StripeConstants.EVENT_ID))
                .containsExactly("evt_new", "evt_old");
    }

    @Test
    void aDuplicateEventIsDeliveredOnceAndAcknowledgedEachTime() throws Exception {
        start("&idempotentRepository=#events");
        String body = WebhookServer.event("evt_dup", "charge.succeeded", CHARGE);
        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(200);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessage().getBody(Event.class).getDataObject()).isInstanceOf(Charge.class);
        assertThat(context.getRegistry().lookupByNameAndType("events", MemoryIdempotentRepository.class)
                .contains("evt_dup")).isTrue();
    }

    @Test
    void aFailedRouteAnswersNon2xxAndStripesRetryIsDelivered() throws Exception {
        start("");
        failures.set(1);
        String body = WebhookServer.event("evt_retry", "charge.succeeded", CHARGE);
        HttpResponse<String> failed;
        try (LogCapture capture = new LogCapture()) {
            failed = server.postSigned(PATH, body, SECRET);
            assertThat(capture.text()).contains("evt_retry", "answered 500").doesNotContain(SECRET);
        }
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(received).isEmpty();

        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(200);
        assertThat(received).extracting(e -> e.getMessage().getHeader(StripeConstants.EVENT_ID))
                .containsExactly("evt_retry");
    }

    @Test
    void aRouteThatRollsBackAnswersNon2xx() throws Exception {
        context = new DefaultCamelContext();
        server = new WebhookServer(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:webhook?webhookSecret=" + SECRET).markRollbackOnly();
            }
        });
        context.start();
        assertThat(server.postSigned(PATH, WebhookServer.event("evt_rb", "charge.succeeded", CHARGE), SECRET)
                .statusCode()).isEqualTo(500);
    }

    @Test
    void aDuplicateArrivingWhileTheFirstIsInTheRouteIsNeitherDeliveredNorAcknowledged() throws Exception {
        CountDownLatch inRoute = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger();
        context = new DefaultCamelContext();
        server = new WebhookServer(context);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:webhook?webhookSecret=" + SECRET).process(exchange -> {
                    deliveries.incrementAndGet();
                    inRoute.countDown();
                    assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                });
            }
        });
        context.start();
        String body = WebhookServer.event("evt_slow", "charge.succeeded", CHARGE);

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return server.postSigned(PATH, body, SECRET);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inRoute.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first).isNotDone(); // the reply waits for the route
        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(409);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(200);
        assertThat(deliveries).hasValue(1);
    }

    @Test
    void eventsOfOtherTypesAreAcknowledgedWithoutDelivery() throws Exception {
        start("&types=customer.*,charge.succeeded");
        assertThat(server.postSigned(PATH, WebhookServer.event("evt_a", "customer.updated", CUSTOMER), SECRET)
                .statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, WebhookServer.event("evt_b", "charge.failed", CHARGE), SECRET)
                .statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, WebhookServer.event("evt_c", "charge.succeeded", CHARGE), SECRET)
                .statusCode()).isEqualTo(200);
        assertThat(received).extracting(e -> e.getMessage().getHeader(StripeConstants.EVENT_ID))
                .containsExactly("evt_a", "evt_c");
    }

    @Test
    void theUserChoosesThePathAndOtherPathsAreNotServed() throws Exception {
        start("&webhookPath=/hooks/payments");
        String body = WebhookServer.event("evt_p", "charge.succeeded", CHARGE);
        assertThat(server.postSigned("/hooks/payments", body, SECRET).statusCode()).isEqualTo(200);
        assertThat(server.postSigned(PATH, body, SECRET).statusCode()).isEqualTo(404);
        assertThat(received).hasSize(1);
    }

    @Test
    void withoutASecretTheRouteDoesNotStart() {
        context = new DefaultCamelContext();
        assertThatThrownBy(() -> {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("stripe:webhook").log("never");
                }
            });
            context.start();
        }).hasStackTraceContaining("webhookSecret is required");
    }
}
