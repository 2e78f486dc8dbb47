package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The edges of the rules that must pass: eight images, empty values that unset, untyped parameters left to Stripe. */
class AcceptedValuesTest extends ProducerTestSupport {

    @Test
    void eightImagesPass() {
        stripe.stubFor(post("/v1/products").willReturn(stripeOk("stripe/product.json", "req_1")));

        assertThat(send("stripe:createProduct", Map.of("name", "Mug", "images", ValidationTest.urls(8))).getException())
                .isNull();
    }

    @Test
    void emptyValuesUnsetOnUpdate() {
        stripe.stubFor(post("/v1/products/prod_1").willReturn(stripeOk("stripe/product.json", "req_1")));

        send("stripe:updateProduct", ValidationTest.params("id", "prod_1", "images", List.of(), "metadata", "",
                "url", "", "active", ""));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_1"))
                .withRequestBody(equalTo("images=&metadata=&url=&active=")));
    }

    @Test
    void parametersWithoutARuleAreLeftToStripe() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_1")));

        send("stripe:createCustomer", ValidationTest.params("balance", "not a number", "address",
                Map.of("city", "Lyon")));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withRequestBody(equalTo("balance=not%20a%20number&address[city]=Lyon")));
    }
}
