package dev.camelstripe.lts;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.observe.StripeDevConsole;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Micrometer is an optional dependency: with no Micrometer jar on the classpath (this module's surefire leaves it
 * off), on Camel 4.18, the component starts, calls Stripe, runs a trigger, and its dev console reports.
 */
class NoMicrometerTest {

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theComponentWorksWithoutMicrometerOnTheClasspath() throws Exception {
        assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
                .isInstanceOf(ClassNotFoundException.class);
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"cus_1\",\"object\":\"customer\"}")));

        CamelContext context = new DefaultCamelContext();
        StripeComponent component = new StripeComponent();
        component.getConfiguration().setApiKey("sk_test_51NoMicrometerSecret");
        component.getConfiguration().setApiBase(stripe.baseUrl());
        component.getConfiguration().setConnectionAlias("shop");
        context.addComponent("stripe", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:newCustomers?startScheduler=false").routeId("customers").to("direct:customers");
            }
        });
        context.start();
        try {
            Exchange result = context.createProducerTemplate().request("stripe:getCustomer",
                    exchange -> exchange.getMessage().setHeader(StripeConstants.OBJECT_ID, "cus_1"));
            assertThat(result.getException()).isNull();
            assertThat(component.getObservability().publishesMetrics()).isFalse();

            StripeDevConsole console = new StripeDevConsole();
            console.setCamelContext(context);
            JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
            JsonObject connection = (JsonObject) ((JsonArray) json.get("connections")).get(0);
            assertThat(connection).containsEntry("connection", "shop").containsEntry("requests", 1L)
                    .containsEntry("limit", 100);
            JsonObject trigger = (JsonObject) ((JsonArray) json.get("triggers")).get(0);
            assertThat(trigger).containsEntry("route", "customers").containsEntry("connection", "shop")
                    .containsEntry("polls", 0L);
        } finally {
            context.stop();
        }
    }
}
