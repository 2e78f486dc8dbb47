package dev.camelstripe;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeThrottleException;
import dev.camelstripe.test.Endpoints;
import dev.camelstripe.test.FakeTime;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The component's shared parts over its lifetime: throttles that live exactly as long as they matter, values
 * refused at start, and a stop that lets calls in flight finish instead of closing the pool under them.
 */
class ComponentLifecycleTest {

    static final String KEY = "sk_test_51LifecycleSecret";
    static final String CUSTOMER = "{\"id\":\"cus_1\",\"object\":\"customer\"}";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .containerThreads(20)).build();

    private final FakeTime time = new FakeTime();
    private CamelContext context;
    private StripeComponent component;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        configureComponent();
        context.start();
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(okJson(CUSTOMER)));
    }

    private void configureComponent() {
        component = context.getComponent("stripe", StripeComponent.class);
        component.setTimeSource(time);
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(stripe.baseUrl());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private StripeEndpoint startedEndpoint(String uri) {
        return Endpoints.started(context, uri);
    }

    private static void getCustomer(StripeEndpoint endpoint) {
        endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
    }

    @Test
    void aRouteRemovedAndAddedBackMayAskForAnotherRateLimit() throws Exception {
        route("r", "rateLimit=2");
        context.createProducerTemplate().sendBodyAndHeader("direct:r", null, StripeConstants.OBJECT_ID, "cus_1");
        context.getRouteController().stopRoute("r");
        context.removeRoute("r");

        route("r", "rateLimit=50");

        Exchange call = context.createProducerTemplate().send("direct:r",
                exchange -> exchange.getMessage().setHeader(StripeConstants.OBJECT_ID, "cus_1"));
        assertThat(call.getException()).isNull();
        assertThat(component.rateLimiters().size()).isEqualTo(1);
    }

    private void route(String id, String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + id).routeId(id).to("stripe:getCustomer?rateLimitMaxWait=0&" + options);
            }
        });
    }

    @Test
    void aRestartedContextRemembersThePermitsStillResting() {
        StripeEndpoint endpoint = startedEndpoint("stripe:getCustomer?rateLimit=2&rateLimitMaxWait=0");
        getCustomer(endpoint);
        getCustomer(endpoint);
        StripeComponent before = component;

        context.stop();
        context.start();
        configureComponent(); // a restarted context makes new component instances
        assertThat(component).isNotSameAs(before);

        StripeEndpoint again = startedEndpoint("stripe:getCustomer?rateLimit=2&rateLimitMaxWait=0");
        assertThatThrownBy(() -> getCustomer(again)).isInstanceOf(StripeThrottleException.class);
        stripe.verify(2, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
        time.advanceMillis(60_000);
        getCustomer(again);
        stripe.verify(3, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
    }

    @Test
    void perTenantKeysThroughToDDoNotKeepAThrottleEach() throws Exception {
        callPerTenant(200);

        // the toD keeps 10 endpoints and stops the ones it evicts; their throttles go once their permits rested
        time.advanceMillis(60_000);
        assertThat(component.rateLimiters().size()).isEqualTo(10);
    }

    /** One getCustomer per tenant key, each through its own endpoint. */
    private void callPerTenant(int tenants) throws Exception {
        stripe.stubFor(get(urlPathMatching("/v1/customers/cus_.*")).willReturn(okJson(CUSTOMER)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tenant").toD("stripe:getCustomer?apiKey=${header.tenantKey}", 10);
            }
        });
        for (int tenant = 0; tenant < tenants; tenant++) {
            String key = "sk_test_tenant" + tenant;
            Exchange call = context.createProducerTemplate().send("direct:tenant", exchange -> {
                exchange.getMessage().setHeader("tenantKey", key);
                exchange.getMessage().setHeader(StripeConstants.OBJECT_ID, "cus_1");
            });
            assertThat(call.getException()).isNull();
        }
    }

    @Test
    void anUnsafeAccountOrANegativeWaitIsRefusedAtStartAndNothingIsSent() {
        component.getConfiguration().setStripeAccount("acct_1\r\nStripe-Account: acct_other");
        assertThatThrownBy(() -> startedEndpoint("stripe:getCustomer"))
                .hasRootCauseInstanceOf(StripeParameterException.class)
                .rootCause().hasMessageStartingWith("stripeAccount must be printable ASCII, but holds a carriage return");

        component.getConfiguration().setStripeAccount(null);
        assertThatThrownBy(() -> startedEndpoint("stripe:getCustomer?rateLimitMaxWait=-5"))
                .rootCause().hasMessage("rateLimitMaxWait must be 0 (never wait) or more, was -5 ms");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stoppingTheComponentLetsACallInFlightFinish() throws Exception {
        stripe.stubFor(post("/v1/customers").willReturn(okJson(CUSTOMER).withFixedDelay(1000)));
        StripeEndpoint endpoint = startedEndpoint("stripe:createCustomer");
        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> endpoint.getClient()
                .execute(StripeRequest.post("/v1/customers", Map.of(), "key-drain"), Map.class).body());
        await().atMost(Duration.ofSeconds(5)).until(() -> !stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers"))).isEmpty());

        component.stop();

        assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo(Map.of("id", "cus_1", "object", "customer"));
    }

    @Test
    void aCallStillRunningWhenTheShutdownTimeoutEndsIsCutShortWithAnHonestError() throws Exception {
        context.getShutdownStrategy().setTimeout(1); // seconds
        stripe.stubFor(post("/v1/customers").willReturn(okJson(CUSTOMER).withFixedDelay(5000)));
        StripeEndpoint endpoint = startedEndpoint("stripe:createCustomer?responseTimeout=20s");
        CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> endpoint.getClient()
                .execute(StripeRequest.post("/v1/customers", Map.of(), "key-cut"), Map.class).body());
        await().atMost(Duration.ofSeconds(5)).until(() -> !stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers"))).isEmpty());
        long stopping = System.nanoTime();

        component.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(4));
        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(StripeConnectionException.class, e -> {
                    assertThat(e.nothingWasSent()).isFalse();
                    assertThat(e.getIdempotencyKey()).isEqualTo("key-cut");
                    assertThat(e.getMessage()).isEqualTo("POST /v1/customers failed after 1 attempt(s): cut short"
                                                         + " because the Stripe component stopped while the call was"
                                                         + " in flight; Stripe may have executed it: resend it with"
                                                         + " Idempotency-Key key-cut to get its outcome");
                });
        // not retried: the component is gone
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void aCallAfterTheComponentStoppedIsNotSent() {
        StripeEndpoint endpoint = startedEndpoint("stripe:getCustomer");
        component.stop();

        assertThatThrownBy(() -> getCustomer(endpoint))
                .isInstanceOfSatisfying(StripeConnectionException.class, e -> assertThat(e.nothingWasSent()).isTrue())
                .hasMessage("GET /v1/customers/cus_1 not sent because the Stripe component is stopping or stopped");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }
}
