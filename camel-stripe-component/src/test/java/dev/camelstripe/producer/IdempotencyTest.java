package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The Idempotency-Key: the caller's, or one derived from the exchange that a Camel redelivery reuses. */
class IdempotencyTest extends ProducerTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the client's own retries are off (maxRetries=0): this is Camel redelivering the same exchange
                from("direct:createCustomer")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0))
                        .to("stripe:createCustomer");

                from("direct:createThenUpdate")
                        .to("stripe:createCustomer")
                        .setBody(constant(Map.of("description", "updated")))
                        .to("stripe:updateCustomer");
            }
        };
    }

    private List<String> keysSentTo(String path) {
        return stripe.findAll(postRequestedFor(urlEqualTo(path))).stream().map(r -> r.getHeader("Idempotency-Key"))
                .toList();
    }

    @Test
    void aRedeliveryAfterA500SendsTheSameKeyAndCreatesOneCustomer() {
        stripe.stubFor(post("/v1/customers").inScenario("500 then ok").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Request-Id", "req_500")
                        .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong.\"}}"))
                .willSetStateTo("recovered"));
        stripe.stubFor(post("/v1/customers").inScenario("500 then ok").whenScenarioStateIs("recovered")
                .willReturn(stripeOk("stripe/customer.json", "req_ok")));

        Object body = template.requestBody("direct:createCustomer",
                new CustomerParams().email("jenny.rosen@example.com"));

        assertThat(body).isInstanceOf(Customer.class);
        assertThat(((Customer) body).getId()).isEqualTo("cus_NffrFeUfNV2Hib");
        List<LoggedRequest> posts = stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(posts).hasSize(2);
        assertThat(posts).extracting(LoggedRequest::getBodyAsString).containsOnly("email=jenny.rosen%40example.com");
        assertThat(posts.get(0).getHeader("Idempotency-Key")).matches("camel-[0-9a-f]{64}")
                .isEqualTo(posts.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void twoExchangesWithTheSameBodyGetDifferentKeys() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_ok")));

        send("stripe:createCustomer", Map.of("email", "jenny.rosen@example.com"));
        send("stripe:createCustomer", Map.of("email", "jenny.rosen@example.com"));

        List<String> keys = keysSentTo("/v1/customers");
        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aCallersKeyIsSentAsIs() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_ok")));

        var result = send("stripe:createCustomer", Map.of("email", "jenny.rosen@example.com"),
                Map.of(StripeConstants.IDEMPOTENCY_KEY, "ID:jms-broker-1234-1:1:1:1"));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo("ID:jms-broker-1234-1:1:1:1")));
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY)).isEqualTo("ID:jms-broker-1234-1:1:1:1");
    }

    @Test
    void theKeyOfOneCallIsNotReusedForTheNextCallOfTheSameExchange() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_c")));
        stripe.stubFor(post("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_u")));

        template.requestBody("direct:createThenUpdate", Map.of("email", "jenny.rosen@example.com"));

        // the update is addressed by the id the create put in CamelStripeObjectId
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withRequestBody(equalTo("description=updated")));
        String createKey = keysSentTo("/v1/customers").get(0);
        String updateKey = keysSentTo("/v1/customers/cus_NffrFeUfNV2Hib").get(0);
        assertThat(updateKey).matches("camel-[0-9a-f]{64}").isNotEqualTo(createKey);
    }

    @Test
    void whenStripeKeepsFailingEveryRedeliveryReusesTheKeyAndTheErrorSurfaces() {
        stripe.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(500).withHeader("Request-Id", "req_500")
                .withBody("{\"error\":{\"type\":\"api_error\"}}")));

        var result = template.send("direct:createCustomer", e -> e.getMessage().setBody(Map.of("email", "a@b.c")));

        assertThat(result.getException()).isInstanceOf(StripeApiException.class);
        assertThat(keysSentTo("/v1/customers")).hasSize(2).containsOnly(keysSentTo("/v1/customers").get(0));
    }
}
