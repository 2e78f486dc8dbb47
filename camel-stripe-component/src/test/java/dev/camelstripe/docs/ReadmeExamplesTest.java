package dev.camelstripe.docs;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.model.Customer;
import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.LogCapture;
import dev.camelstripe.test.TestClock;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The routes of the README's "Quick look", verbatim, run against WireMock on their own schedulers. */
class ReadmeExamplesTest {

    static final String KEY = "sk_test_51ReadmeSecretNeverLogged";
    static final long STARTED_AT = 1_700_000_000L;

    final FakeStripeLists lists = new FakeStripeLists();
    /** The host's clock and Stripe's; it moves two minutes on as Stripe answers the first poll (see settle()). */
    final TestClock clock = TestClock.atSecond(STARTED_AT);

    @RegisterExtension
    WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(lists)).build();

    CamelContext context;

    @BeforeEach
    void startCamel() {
        context = new DefaultCamelContext();
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(stripe.baseUrl());
        component.setClock(clock);
        lists.clock(clock);
        context.addComponent("stripe", component);
        context.start();
    }

    @AfterEach
    void stopCamel() {
        context.stop();
    }

    /**
     * The triggers start from now (on Stripe's clock, when they start) and deliver an object once it has settled
     * (settleTime, 60 s): the first poll is answered two minutes after the start, when both charges have settled.
     */
    private void settle() {
        lists.beforeRequest(1, () -> clock.advance(Duration.ofMinutes(2)));
    }

    @Test
    void theJavaRoutesCreateACustomerAndReportFailedCharges() throws Exception {
        stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\":\"cus_1\",\"object\":\"customer\","
                                                               + "\"email\":\"jo@example.com\"}")));
        lists.add("/v1/charges", "{\"id\":\"ch_ok\",\"object\":\"charge\",\"created\":" + (STARTED_AT + 1)
                                 + ",\"status\":\"succeeded\"}");
        lists.add("/v1/charges", "{\"id\":\"ch_bad\",\"object\":\"charge\",\"created\":" + (STARTED_AT + 2)
                                 + ",\"status\":\"failed\",\"failure_message\":\"Your card was declined.\"}");

        settle();
        try (LogCapture logs = new LogCapture()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:signup")
                            .to("stripe:createCustomer")
                            .log("created customer ${header.CamelStripeObjectId}");

                    from("stripe:newCharges")
                            .filter(simple("${body.status} == 'failed'"))
                            .log("charge ${body.id} failed: ${body.failureMessage}");
                }
            });

            Customer customer = context.createProducerTemplate()
                    .requestBody("direct:signup", "{\"email\": \"jo@example.com\"}", Customer.class);

            assertThat(customer.getId()).isEqualTo("cus_1");
            stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")).withRequestBody(equalTo("email=jo%40example.com")));
            await().untilAsserted(() -> assertThat(logs.text()).contains("charge ch_bad failed: Your card was declined."));
            assertThat(logs.text()).contains("created customer cus_1").doesNotContain("charge ch_ok failed");
        }
    }

    @Test
    void theYamlRouteLogsEachNewCustomer() throws Exception {
        lists.add("/v1/customers", "{\"id\":\"cus_7\",\"object\":\"customer\",\"created\":" + (STARTED_AT + 1)
                                   + ",\"email\":\"ada@example.com\"}");

        settle();
        try (LogCapture logs = new LogCapture()) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("readme.yaml", """
                    - route:
                        from:
                          uri: stripe:newCustomers
                          steps:
                            - log: "new customer ${body.id} <${body.email}>"
                    """));

            await().untilAsserted(() -> assertThat(logs.text()).contains("new customer cus_7 <ada@example.com>"));
        }
    }
}
