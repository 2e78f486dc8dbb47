package dev.camelstripe;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeThrottleException;
import dev.camelstripe.test.Endpoints;
import dev.camelstripe.test.FakeTime;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StripeEndpointTest {

    static final String KEY_A = "sk_test_AAAAsecretOfEndpointA";
    static final String KEY_B = "sk_test_BBBBsecretOfEndpointB";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(okJson("{\"id\":\"cus_1\"}")));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private StripeEndpoint startedEndpoint(String uri) {
        return Endpoints.started(context, uri);
    }

    private String base() {
        return "apiBase=" + stripe.baseUrl();
    }

    private Exception routeStartFailure(RouteBuilder routes) {
        return org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> context.addRoutes(routes));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void twoEndpointsWithDifferentKeysNeverMixThem() {
        StripeEndpoint a = startedEndpoint("stripe:getCustomer?apiKey=" + KEY_A + "&" + base());
        StripeEndpoint b = startedEndpoint("stripe:getCustomer?apiKey=" + KEY_B + "&" + base());

        a.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        b.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        a.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);

        stripe.verify(2, getRequestedFor(urlEqualTo("/v1/customers/cus_1")).withHeader("Authorization", equalTo("Bearer " + KEY_A)));
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1")).withHeader("Authorization", equalTo("Bearer " + KEY_B)));
    }

    @Test
    void eachKeyCanHaveAComponentOfItsOwnSoNoKeyIsInAnyUri() {
        StripeComponent eu = new StripeComponent();
        eu.getConfiguration().setApiKey(KEY_B);
        context.addComponent("stripe-eu", eu);
        context.getComponent("stripe", StripeComponent.class).getConfiguration().setApiKey(KEY_A);

        StripeEndpoint us = startedEndpoint("stripe:getCustomer?" + base());
        StripeEndpoint europe = startedEndpoint("stripe-eu:getCustomer?" + base());
        us.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        europe.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);

        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1")).withHeader("Authorization", equalTo("Bearer " + KEY_A)));
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1")).withHeader("Authorization", equalTo("Bearer " + KEY_B)));
    }

    @Test
    void endpointsInheritComponentOptionsAndOverrideThem() {
        StripeComponent component = context.getComponent("stripe", StripeComponent.class);
        component.getConfiguration().setApiKey(KEY_A);
        component.getConfiguration().setApiVersion("2024-06-20");
        component.getConfiguration().setApiBase(stripe.baseUrl());

        StripeEndpoint inherits = startedEndpoint("stripe:getCustomer");
        StripeEndpoint overrides = startedEndpoint("stripe:getCustomer?apiKey=" + KEY_B + "&apiVersion=2020-08-27&maxRetries=5");

        assertThat(inherits.getConfiguration().getApiKey()).isEqualTo(KEY_A);
        assertThat(inherits.getConfiguration().getApiVersion()).isEqualTo("2024-06-20");
        assertThat(overrides.getConfiguration().getApiKey()).isEqualTo(KEY_B);
        assertThat(overrides.getConfiguration().getApiVersion()).isEqualTo("2020-08-27");
        assertThat(overrides.getConfiguration().getMaxRetries()).isEqualTo(5);
        // the component's own configuration is never changed by an endpoint
        assertThat(component.getConfiguration().getApiKey()).isEqualTo(KEY_A);
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(2);
    }

    @Test
    void durationsAcceptCamelTimeSyntax() {
        StripeEndpoint endpoint = context.getEndpoint("stripe:getCustomer?apiKey=" + KEY_A
                                                      + "&rateLimitPeriod=2m&responseTimeout=30s&delay=5s", StripeEndpoint.class);
        assertThat(endpoint.getConfiguration().getRateLimitPeriod()).isEqualTo(120_000);
        assertThat(endpoint.getConfiguration().getResponseTimeout()).isEqualTo(30_000);
        assertThat(endpoint.getDelay()).isEqualTo(5_000);
    }

    @Test
    void triggersPollEvery120SecondsByDefault() {
        assertThat(context.getEndpoint("stripe:newCustomers?apiKey=" + KEY_A, StripeEndpoint.class).getDelay())
                .isEqualTo(120_000);
    }

    @Test
    void aMissingKeyFailsAtRouteStartNamingTheOption() {
        Exception failure = routeStartFailure(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("stripe:createCustomer");
            }
        });
        assertThat(rootCause(failure)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stripe:createCustomer needs an API key: set the apiKey option on the endpoint or on the"
                            + " stripe component (camel.component.stripe.api-key)");
    }

    @Test
    void aTriggerInToFailsListingTheActions() {
        Exception failure = routeStartFailure(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("stripe:newCharges?apiKey=" + KEY_A);
            }
        });
        assertThat(rootCause(failure)).hasMessage("Operation 'newCharges' in stripe://newCharges?apiKey=xxxxxx (option"
                                                  + " operation) is a trigger: it can only be used in from(...)."
                                                  + " Actions, for to(...): createProduct, updateProduct,"
                                                  + " createCustomer, getCustomer, updateCustomer, listCustomers,"
                                                  + " searchCustomers, request.");
    }

    @Test
    void anActionInFromFailsListingTheTriggers() {
        Exception failure = routeStartFailure(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:createProduct?apiKey=" + KEY_A).to("log:x");
            }
        });
        assertThat(rootCause(failure)).hasMessage("Operation 'createProduct' in stripe://createProduct?apiKey=xxxxxx"
                                                  + " (option operation) is an action: it can only be used in to(...)."
                                                  + " Triggers, for from(...): newOrders, newCharges, newInvoiceItems,"
                                                  + " newCustomers.");
    }

    @Test
    void anUnknownOperationNamesTheEndpointWithItsKeyMaskedAndListsTheValidOnes() {
        assertThatThrownBy(() -> context.getEndpoint("stripe:deleteCustomer?apiKey=" + KEY_A + "&maxRetries=1"))
                .rootCause()
                .hasMessage("Unknown operation 'deleteCustomer' in stripe://deleteCustomer?apiKey=xxxxxx&maxRetries=1"
                            + " (option operation). Actions, for to(...): createProduct, updateProduct,"
                            + " createCustomer, getCustomer, updateCustomer, listCustomers, searchCustomers,"
                            + " request. Triggers, for from(...): newOrders,"
                            + " newCharges, newInvoiceItems, newCustomers.");
    }

    @Test
    void plainHttpToARemoteHostIsRefusedAtStartUnlessOptedIn() {
        // a started CamelContext starts an endpoint as it resolves it
        assertThatThrownBy(() -> context.getEndpoint("stripe:getCustomer?apiKey=" + KEY_A
                                                     + "&apiBase=http://stripe-proxy.example.com"))
                .rootCause()
                .hasMessageStartingWith("apiBase http://stripe-proxy.example.com is plain http to a host that is not loopback");

        StripeEndpoint allowed = context.getEndpoint("stripe:getCustomer?apiKey=" + KEY_A
                                                     + "&apiBase=http://stripe-proxy.example.com&allowInsecureHttp=true",
                StripeEndpoint.class);
        allowed.start();
        assertThat(allowed.getClient().getSettings().baseUrl()).isEqualTo("http://stripe-proxy.example.com");
    }

    @Test
    void endpointsOfOneConnectionShareOneThrottle() {
        FakeTime time = new FakeTime();
        context.getComponent("stripe", StripeComponent.class).setTimeSource(time);
        String options = "?apiKey=" + KEY_A + "&" + base() + "&rateLimit=2&rateLimitPeriod=60s&rateLimitMaxWait=0";
        StripeEndpoint one = startedEndpoint("stripe:getCustomer" + options);
        StripeEndpoint other = startedEndpoint("stripe:updateCustomer" + options);
        StripeEndpoint otherKey = startedEndpoint("stripe:getCustomer" + options.replace(KEY_A, KEY_B));

        one.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        other.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);

        assertThatThrownBy(() -> one.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                .isInstanceOf(StripeThrottleException.class);
        // another key is another connection, with a budget of its own
        otherKey.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        stripe.verify(3, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
        // a period later the budget is back
        time.advanceMillis(Duration.ofSeconds(60).toMillis());
        other.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        stripe.verify(4, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
    }

    @Test
    void endpointsOfOneConnectionMustAgreeOnTheLimit() {
        startedEndpoint("stripe:getCustomer?apiKey=" + KEY_A + "&" + base() + "&rateLimit=2");
        assertThatThrownBy(() -> context.getEndpoint("stripe:createCustomer?apiKey=" + KEY_A + "&" + base()
                                                     + "&rateLimit=50"))
                .rootCause()
                .hasMessage("Stripe connection sk_test_**** is already throttled at 2 calls per PT1M by another"
                            + " endpoint; endpoints sharing a connection share its budget, so give them the same"
                            + " rateLimit and rateLimitPeriod (asked: 50 per PT1M)");
    }

    @Test
    void rateLimitZeroTurnsTheThrottleOff() {
        StripeEndpoint endpoint = startedEndpoint("stripe:getCustomer?apiKey=" + KEY_A + "&" + base()
                                                  + "&rateLimit=0&rateLimitMaxWait=0");
        for (int i = 0; i < 150; i++) {
            endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
        }
        stripe.verify(150, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
    }

    @Test
    void aKeyConfiguredOnTheComponentAppearsInNoLogLineAtAnyLevel() {
        String logs;
        try (LogCapture capture = new LogCapture()) {
            context.getComponent("stripe", StripeComponent.class).getConfiguration().setApiKey(KEY_A);
            StripeEndpoint endpoint = startedEndpoint("stripe:getCustomer?" + base());
            endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
            endpoint.stop();
            logs = capture.text();
        }
        assertThat(logs).contains("Authorization: Bearer sk_test_****").doesNotContain("AAAAsecret");
    }

    @Test
    void aKeyInTheUriIsMaskedEverywhereButCamelCoresOwnTraceOfUriResolution() {
        String logs;
        String uri = "stripe:getCustomer?apiKey=" + KEY_A + "&" + base();
        try (LogCapture capture = new LogCapture()) {
            StripeEndpoint endpoint = startedEndpoint(uri);
            endpoint.getClient().execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
            assertThat(endpoint.toString()).doesNotContain(KEY_A).contains("apiKey=xxxxxx");
            assertThat(endpoint.getConfiguration().toString()).doesNotContain(KEY_A).contains("sk_test_****");
            assertThat(endpoint.getClient().getSettings().toString()).doesNotContain(KEY_A);
            assertThat(context.getEndpoints()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(KEY_A));
            endpoint.stop();
            logs = capture.text();
        }
        // Camel core (not this component) traces the raw URI while resolving it: the reason docs/security.md says to
        // configure the key on the component rather than in a URI
        assertThat(logs.lines().filter(line -> line.contains("AAAAsecret")))
                .isNotEmpty()
                .allMatch(line -> line.startsWith("TRACE org.apache.camel.impl.engine.AbstractCamelContext")
                                  || line.startsWith("TRACE org.apache.camel.support.EndpointHelper")
                                  || line.startsWith("TRACE org.apache.camel.support.DefaultComponent"));
    }
}
