package dev.camelstripe.smoke;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.LogCapture;
import dev.camelstripe.test.TestClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's smoke suite for every Camel of the supported range: an action with the exact request Stripe
 * receives, a trigger delivering each new object exactly once across two polls, and the key in no log line at any
 * level, HttpClient's header and wire loggers included. Plain JUnit on a {@code DefaultCamelContext}, using only
 * Camel API that 4.18 has too: {@code camel-stripe-lts-tests} compiles and runs it on Camel 4.18 and HttpClient 5.5,
 * as this module runs it on Camel 4.22 and HttpClient 5.6.
 */
class SmokeTest {

    private static final String KEY = "sk_test_51SmokeSuiteSecretNeverLogged";
    private static final String SECRET_PART = "51SmokeSuiteSecretNeverLogged";
    private static final long STARTED_AT = 1_700_000_000L;

    private final FakeStripeLists lists = new FakeStripeLists();
    /** The host's clock and Stripe's (the Date of the fake's answers); each poll comes one default delay later. */
    private final TestClock clock = TestClock.atSecond(STARTED_AT);

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(lists)).build();

    private final CamelContext context = new DefaultCamelContext();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private LogCapture logs;

    @BeforeEach
    void start() throws Exception {
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(stripe.baseUrl());
        component.getConfiguration().setApiVersion("2024-06-20");
        component.setClock(clock);
        lists.clock(clock);
        context.addComponent("stripe", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:signup").to("stripe:createCustomer");
                from("stripe:newCustomers?startScheduler=false").routeId("new-customers")
                        .process(exchange -> delivered.add(exchange.getMessage().getBody(Customer.class).getId()));
            }
        });
        logs = new LogCapture(); // from before the start: nothing Camel or HttpClient logs may show the key
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        String text = logs.text();
        logs.close();
        // HttpClient's header log was on, and masked the key: the capture saw every logger at every level
        assertThat(text).contains("DEBUG org.apache.hc.client5.http.headers").contains("Bearer sk_test_****");
        assertThat(text).doesNotContain(KEY).doesNotContain(SECRET_PART);
    }

    @Test
    void anActionSendsExactlyTheRequestStripeExpects() {
        stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\":\"cus_smoke\",\"object\":\"customer\","
                + "\"email\":\"jo@example.com\",\"created\":1700000001,\"livemode\":false}")
                .withHeader("Request-Id", "req_smoke")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", "jo@example.com");
        body.put("name", "Jo Smoke");
        body.put("metadata", Map.of("plan", "pro"));

        Exchange result = context.createProducerTemplate().request("direct:signup", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(StripeConstants.IDEMPOTENCY_KEY, "signup-jo-1");
        });

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
                .withHeader("Idempotency-Key", equalTo("signup-jo-1"))
                .withHeader("Stripe-Version", equalTo("2024-06-20"))
                .withRequestBody(equalTo("email=jo%40example.com&name=Jo%20Smoke&metadata[plan]=pro")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        assertThat(result.getException()).isNull();
        Customer customer = result.getMessage().getBody(Customer.class);
        assertThat(customer.getId()).isEqualTo("cus_smoke");
        assertThat(customer.getEmail()).isEqualTo("jo@example.com");
        assertThat(result.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_smoke");
    }

    @Test
    void aTriggerDeliversEachNewObjectExactlyOnceAcrossTwoPolls() {
        stripe.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(200)));
        lists.add("/v1/customers", "cus_old", STARTED_AT - 1); // before the trigger started: never delivered
        lists.add("/v1/customers", "cus_1", STARTED_AT);
        lists.add("/v1/customers", "cus_2", STARTED_AT + 1);

        poll();
        assertThat(delivered).containsExactly("cus_1", "cus_2");

        lists.add("/v1/customers", "cus_3", STARTED_AT + 2);
        poll();
        assertThat(delivered).containsExactly("cus_1", "cus_2", "cus_3");
    }

    /**
     * One poll as the scheduler runs it, on the test's thread, 120 s (the default delay) after the previous one: the
     * objects created since have settled (settleTime, 60 s of Stripe's clock) by then, as in production.
     */
    private void poll() {
        clock.advance(Duration.ofSeconds(120));
        ((ScheduledPollConsumer) context.getRoute("new-customers").getConsumer()).run();
    }
}
