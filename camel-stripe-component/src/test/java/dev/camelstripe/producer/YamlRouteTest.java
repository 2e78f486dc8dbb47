package dev.camelstripe.producer;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import dev.camelstripe.test.FixtureAssertions;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** An action called from a route written in the YAML DSL (the route docs/actions.md shows). */
class YamlRouteTest extends ProducerTestSupport {

    @Test
    void aYamlRouteCreatesACustomerFromAJsonBody() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("create-customer-route.yaml",
                fixture("producer/create-customer-route.yaml")));
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_yaml")));

        Exchange result = template.send("direct:signup", e -> e.getMessage()
                .setBody("{\"email\":\"jenny.rosen@example.com\",\"name\":\"Jenny Rosen\"}"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", matching("camel-[0-9a-f]{32}-[0-9a-f]+"))
                .withRequestBody(equalTo("email=jenny.rosen%40example.com&name=Jenny%20Rosen")));
        Customer customer = result.getMessage().getBody(Customer.class);
        FixtureAssertions.assertFixtureCustomer(customer);
        assertThat(result.getMessage().getHeader("customerEmail")).isEqualTo("jenny.rosen@example.com");
        assertThat(result.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(result.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_yaml");
    }
}
