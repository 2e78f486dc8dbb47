package dev.camelstripe.producer;

import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer read, edited in the route and sent back as exactly what was changed: the model side of "an edited
 * Stripe object is never sent as an empty update" (what an update does with an edited object as its body is the
 * producer's decision; here the route hands over the changes itself).
 */
class ChangedParamsRouteTest extends ProducerTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:editCustomer")
                        .to("stripe:getCustomer")
                        .process(e -> {
                            Customer customer = e.getMessage().getBody(Customer.class);
                            customer.setEmail("jenny@example.com");
                            customer.getMetadata().put("tier", "platinum");
                            customer.setPhone(null);
                            e.getMessage().setBody(customer.changedParams());
                        })
                        .to("stripe:updateCustomer");
            }
        };
    }

    @Test
    void theUpdateSendsExactlyTheEdits() {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));
        stripe.stubFor(post("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_2")));

        Exchange result = send("direct:editCustomer", null, Map.of(StripeConstants.OBJECT_ID, "cus_NffrFeUfNV2Hib"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withRequestBody(equalTo("email=jenny%40example.com&metadata[tier]=platinum&phone=")));
    }
}
