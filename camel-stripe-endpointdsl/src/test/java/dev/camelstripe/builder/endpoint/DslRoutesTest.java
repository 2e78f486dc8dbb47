package dev.camelstripe.builder.endpoint;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.EndpointConsumerBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The DSL's routes, a trigger and an action, against a loopback Stripe; in a RouteBuilder and an EndpointRouteBuilder. */
class DslRoutesTest {

    static final String COMPONENT_KEY = "sk_test_component";
    static final String ENDPOINT_KEY = "sk_test_endpoint";
    static final WireMockServer STRIPE = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        STRIPE.start();
    }

    @AfterAll
    static void stop() {
        STRIPE.stop();
    }

    @BeforeEach
    void stubs() {
        STRIPE.resetAll();
        STRIPE.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(okJson(
                "{\"id\": \"cus_dsl1\", \"object\": \"customer\", \"created\": 1717000000, \"email\": \"jo@example.com\"}")));
        STRIPE.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("ending_before", absent()).willReturn(okJson(
                "{\"object\": \"list\", \"has_more\": false, \"data\": [{\"id\": \"ch_dsl1\", \"object\": \"charge\","
                + " \"created\": 1717000100, \"amount\": 900, \"currency\": \"usd\"}]}")));
        STRIPE.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("ending_before", matching(".+"))
                .willReturn(okJson("{\"object\": \"list\", \"has_more\": false, \"data\": []}")));
    }

    @Test
    void routeBuilderImplementingTheStripeBuilders() throws Exception {
        runBoth(new StripeDslRoutes());
    }

    @Test
    void endpointRouteBuilderCallingTheBuildersByClassName() throws Exception {
        runBoth(new StripeEndpointRouteBuilderRoutes());
    }

    /** Why: Camel's EndpointRouteBuilder has its own stripe(...), for Apache's producer-only component. */
    @Test
    void inAnEndpointRouteBuilderStripeIsCamelsBuilderForApachesComponent() throws Exception {
        Method camels = EndpointRouteBuilder.class.getMethod("stripe", String.class);
        assertThat(camels.getReturnType().getName())
                .isEqualTo("org.apache.camel.builder.endpoint.dsl.StripeEndpointBuilderFactory$StripeEndpointBuilder");
        assertThat(EndpointConsumerBuilder.class.isAssignableFrom(camels.getReturnType())).isFalse();
    }

    private void runBoth(RoutesBuilder routes) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.setProperty("stripe.key", ENDPOINT_KEY);
            context.getPropertiesComponent().setInitialProperties(properties);
            StripeComponent stripe = context.getComponent("stripe", StripeComponent.class);
            stripe.getConfiguration().setApiKey(COMPONENT_KEY);
            stripe.getConfiguration().setApiBase("http://127.0.0.1:" + STRIPE.port());
            context.addRoutes(routes);
            context.start();

            Customer customer = context.createProducerTemplate()
                    .requestBody("direct:signup", Map.of("email", "jo@example.com"), Customer.class);
            assertThat(customer.getId()).isEqualTo("cus_dsl1");
            STRIPE.verify(1, postRequestedFor(urlPathEqualTo("/v1/customers"))
                    .withHeader("Authorization", equalTo("Bearer " + ENDPOINT_KEY))
                    .withRequestBody(equalTo("email=jo%40example.com")));

            MockEndpoint charges = context.getEndpoint("mock:charges", MockEndpoint.class);
            charges.expectedMessageCount(1);
            charges.assertIsSatisfied(10_000);
            assertThat(charges.getExchanges().get(0).getMessage().getBody(Charge.class).getId()).isEqualTo("ch_dsl1");
            STRIPE.verify(getRequestedFor(urlPathEqualTo("/v1/charges"))
                    .withHeader("Authorization", equalTo("Bearer " + COMPONENT_KEY)));
        }
    }
}
