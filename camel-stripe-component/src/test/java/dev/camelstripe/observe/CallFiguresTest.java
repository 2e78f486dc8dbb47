package dev.camelstripe.observe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.ApiKeys;
import dev.camelstripe.client.StripeRateLimitException;
import dev.camelstripe.client.StripeThrottleException;
import dev.camelstripe.test.FakeTime;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scripted sequence of calls (a success, a 429 with its reason, a 500 retried into a 200, a throttle refusal)
 * and the exact figures it leaves: in Micrometer's meters, in the dev console's JSON and in the component's JMX
 * attributes, none of which holds the key.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one script, read three ways
class CallFiguresTest {

    static final String KEY = "sk_test_51ObserveSecretPartNeverShown";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final FakeTime time = new FakeTime();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    CamelContext context;
    String connection;

    @BeforeAll
    void runTheScript() throws Exception {
        context = new DefaultCamelContext();
        context.setDevConsole(true);
        context.getRegistry().bind("meterRegistry", meters);
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(stripe.baseUrl());
        component.getConfiguration().setMaxRetries(1);
        component.getConfiguration().setRateLimit(4);
        component.getConfiguration().setRateLimitMaxWait(0); // the fifth attempt in the window is refused
        component.setTimeSource(time);
        context.addComponent("stripe", component);
        context.start();
        connection = "sk_test_****:" + ApiKeys.fingerprint(KEY).substring(0, 8);

        stripe.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(ok("stripe/customer.json")));
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_busy")).willReturn(aResponse().withStatus(429)
                .withHeader("Stripe-Rate-Limited-Reason", "global-rate").withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"rate_limit\","
                          + "\"message\":\"Too many requests\"}}")));
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_flaky")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}")));
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_flaky")).inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(ok("stripe/customer.json")));

        ProducerTemplate template = context.createProducerTemplate();
        assertThat(send(template, "stripe:createCustomer", null).getException()).isNull();
        assertThat(send(template, "stripe:getCustomer", "cus_busy").getException())
                .isInstanceOf(StripeRateLimitException.class);
        assertThat(send(template, "stripe:getCustomer", "cus_flaky").getException()).isNull();
        assertThat(send(template, "stripe:getCustomer", "cus_refused").getException())
                .isInstanceOf(StripeThrottleException.class);
        stripe.verify(4, anyRequestedFor(anyUrl()));
    }

    @AfterAll
    void stopCamel() {
        context.stop();
    }

    @Test
    void theMetersCountEachAttemptRetry429AndRefusal() {
        assertThat(requests("createCustomer", "200", "SUCCESS", "none")).isEqualTo(1);
        assertThat(requests("getCustomer", "429", "CLIENT_ERROR", "invalid_request_error")).isEqualTo(1);
        assertThat(requests("getCustomer", "500", "SERVER_ERROR", "api_error")).isEqualTo(1);
        assertThat(requests("getCustomer", "200", "SUCCESS", "none")).isEqualTo(1);
        assertThat(meters.find(MicrometerBinding.REQUESTS).timers()).hasSize(4);

        assertThat(meters.get(MicrometerBinding.RETRIES).tags("operation", "getCustomer", "connection", connection,
                "status", "500").counter().count()).isEqualTo(1.0);
        assertThat(meters.find(MicrometerBinding.RETRIES).counters()).hasSize(1);
        assertThat(meters.get(MicrometerBinding.RATE_LIMITED).tags("operation", "getCustomer", "connection",
                connection, "reason", "global-rate").counter().count()).isEqualTo(1.0);
        assertThat(meters.find(MicrometerBinding.RATE_LIMITED).counters()).hasSize(1);
        assertThat(meters.get(MicrometerBinding.THROTTLE_REFUSALS).tags("operation", "getCustomer").counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get(MicrometerBinding.THROTTLE_REFUSALS).tags("operation", "createCustomer").counter()
                .count()).isEqualTo(0.0);
        assertThat(meters.get(MicrometerBinding.THROTTLE_WAITS).tags("operation", "getCustomer").timer().count())
                .isEqualTo(0); // rateLimitMaxWait=0: nothing ever waits
        assertThat(meters.get(MicrometerBinding.PERMITS_IN_USE).tags("connection", connection).gauge().value())
                .isEqualTo(0.0);
        assertThat(meters.get(MicrometerBinding.PERMITS_LIMIT).tags("connection", connection).gauge().value())
                .isEqualTo(4.0);
        assertThat(meters.get(MicrometerBinding.WAITERS).tags("connection", connection).gauge().value())
                .isEqualTo(0.0);
        for (Meter meter : meters.getMeters()) {
            assertThat(meter.getId().getTags()).allSatisfy(tag -> assertThat(tag.getValue())
                    .doesNotContain("51ObserveSecretPartNeverShown"));
        }
    }

    @Test
    void theDevConsoleShowsTheThrottleAndTheLast429WithoutTheKey() {
        DevConsole console = DevConsoleRegistry.get(context).getConsole("stripe").orElseThrow();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        JsonArray connections = (JsonArray) json.get("connections");
        assertThat(connections).hasSize(1);
        JsonObject figures = (JsonObject) connections.get(0);
        assertThat(figures).containsEntry("connection", connection).containsEntry("limit", 4)
                .containsEntry("periodMillis", 60_000L).containsEntry("permitsInUse", 0)
                .containsEntry("permitsResting", 4).containsEntry("permitsAvailable", 0).containsEntry("waiters", 0)
                .containsEntry("requests", 4L).containsEntry("failedRequests", 2L).containsEntry("retries", 1L)
                .containsEntry("rateLimited", 1L).containsEntry("last429Operation", "getCustomer")
                .containsEntry("last429Reason", "global-rate").containsEntry("throttleRefusals", 1L);
        assertThat(figures.get("last429At")).isNotNull();

        String all = Jsoner.serialize(json) + console.call(DevConsole.MediaType.TEXT);
        assertThat(all).contains(connection).doesNotContain("51ObserveSecretPartNeverShown");
    }

    @Test
    void theComponentsJmxAttributesReadTheSameAsTheConsole() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getName()
                                                                 + ",type=components,name=\"stripe\""), null);
        assertThat(names).hasSize(1);
        ObjectName name = names.iterator().next();
        TabularData table = (TabularData) server.getAttribute(name, "Connections");
        assertThat(table.values()).hasSize(1);
        CompositeData row = (CompositeData) table.values().iterator().next();
        DevConsole console = DevConsoleRegistry.get(context).getConsole("stripe").orElseThrow();
        JsonObject figures = (JsonObject) ((JsonArray) ((JsonObject) console.call(DevConsole.MediaType.JSON))
                .get("connections")).get(0);
        for (String item : Figures.CONNECTION.keySet()) {
            assertThat(row.get(item)).as(item).isEqualTo(figures.get(item));
        }
        assertThat(server.getAttribute(name, "PublishingMetrics")).isEqualTo(true);
    }

    private double requests(String operation, String status, String outcome, String errorType) {
        return meters.get(MicrometerBinding.REQUESTS).tags("operation", operation, "connection", connection,
                "status", status, "outcome", outcome, "error.type", errorType).timer().count();
    }

    private static Exchange send(ProducerTemplate template, String uri, String id) {
        return template.send(uri, exchange -> {
            if (id != null) {
                exchange.getMessage().setHeader(StripeConstants.OBJECT_ID, id);
            } else {
                exchange.getMessage().setBody(Map.of("email", "jenny@example.com"));
            }
        });
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String fixture) {
        try (InputStream in = CallFiguresTest.class.getResourceAsStream("/" + fixture)) {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
