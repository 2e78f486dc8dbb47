package dev.camelstripe.producer;

import dev.camelstripe.model.StripeApiVersion;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Every call names the API version the models match, unless the route says otherwise. */
class ApiVersionTest extends ProducerTestSupport {

    private void getCustomer(String uri) {
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(stripeOk("stripe/customer.json", "req_1")));
        Exchange result = send(uri, "{\"id\":\"cus_1\"}");
        assertThat(result.getException()).isNull();
    }

    @Test
    void thePinnedVersionIsSentByDefault() {
        getCustomer("stripe:getCustomer");

        assertThat(StripeApiVersion.PINNED).isEqualTo("2025-02-24.acacia");
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1"))
                .withHeader("Stripe-Version", equalTo("2025-02-24.acacia")));
    }

    @Test
    void aVersionSetOnTheEndpointWins() {
        getCustomer("stripe:getCustomer?apiVersion=2025-09-30.clover");

        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1"))
                .withHeader("Stripe-Version", equalTo("2025-09-30.clover")));
    }

    @Test
    void anEmptyVersionSendsNoneSoTheAccountDefaultApplies() {
        context.getComponent("stripe", dev.camelstripe.StripeComponent.class).getConfiguration().setApiVersion("");

        getCustomer("stripe:getCustomer");

        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1")).withoutHeader("Stripe-Version"));
    }
}
