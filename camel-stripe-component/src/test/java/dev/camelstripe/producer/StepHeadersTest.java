package dev.camelstripe.producer;

import dev.camelstripe.client.StripeParameterException;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.Product;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers that steer a call steer that call only: what one step was told, or wrote as its output, never redirects a
 * later step of the route.
 */
class StepHeadersTest extends ProducerTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:operationForOneStep")
                        .setHeader(StripeConstants.OPERATION, constant("updateCustomer"))
                        .setHeader(StripeConstants.OBJECT_ID, constant(CUSTOMER_ID))
                        .setBody(constant(Map.of("description", "Gold member")))
                        .to("stripe:getCustomer")
                        .setBody(constant(Map.of("name", "Camel Mug")))
                        .to("stripe:createProduct");

                from("direct:createThenUpdateAnother")
                        .setBody(constant(Map.of("name", "Camel Mug")))
                        .to("stripe:createProduct")
                        .setBody(constant(Map.of("id", "prod_B", "active", false)))
                        .to("stripe:updateProduct");

                from("direct:productThenCustomerUpdate")
                        .setBody(constant(Map.of("name", "Camel Mug")))
                        .to("stripe:createProduct")
                        .setBody(constant(Map.of("email", "jenny@example.com")))
                        .to("stripe:updateCustomer");

                from("direct:createThenUpdateIt")
                        .setBody(constant(Map.of("email", "jenny@example.com")))
                        .to("stripe:createCustomer")
                        .setBody(constant(Map.of("description", "updated")))
                        .to("stripe:updateCustomer");

                from("direct:keyForOneCreate")
                        .setHeader(StripeConstants.IDEMPOTENCY_KEY, constant("order-42"))
                        .setBody(constant(Map.of("email", "jenny@example.com")))
                        .to("stripe:createCustomer")
                        .setBody(constant(Map.of("name", "Camel Mug")))
                        .to("stripe:createProduct");

            }
        };
    }

    private void productsAndCustomersAnswer() {
        stripe.stubFor(post("/v1/products").willReturn(stripeOk("stripe/product.json", "req_p")));
        stripe.stubFor(post(urlEqualTo("/v1/products/prod_B")).willReturn(stripeOk("stripe/product.json", "req_pb")));
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_c")));
        stripe.stubFor(post("/v1/customers/" + CUSTOMER_ID).willReturn(stripeOk("stripe/customer.json", "req_u")));
        stripe.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/v1/customers/" + CUSTOMER_ID)
                .willReturn(stripeOk("stripe/customer.json", "req_g")));
    }

    @Test
    void anOperationHeaderSetForOneStepDoesNotTurnALaterCreateProductIntoAnUpdate() {
        productsAndCustomersAnswer();

        Exchange result = template.send("direct:operationForOneStep", e -> { });

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/" + CUSTOMER_ID))
                .withRequestBody(equalTo("description=Gold%20member")));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products")).withRequestBody(equalTo("name=Camel%20Mug")));
        stripe.verify(2, anyRequestedFor(anyUrl()));
        assertThat(result.getMessage().getBody()).isInstanceOf(Product.class);
        assertThat(result.getMessage().getHeaders()).doesNotContainKey(StripeConstants.OPERATION);
    }

    @Test
    void theBodysIdWinsOverTheIdAnEarlierActionReturned() {
        productsAndCustomersAnswer();

        Exchange result = template.send("direct:createThenUpdateAnother", e -> { });

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products")));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_B")).withRequestBody(equalTo("active=false")));
        stripe.verify(0, postRequestedFor(urlEqualTo("/v1/products/" + PRODUCT_ID)));
        stripe.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    void theIdOfAProductAnEarlierActionReturnedNeverAddressesACustomer() {
        productsAndCustomersAnswer();

        Exchange result = template.send("direct:productThenCustomerUpdate", e -> { });

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateCustomer needs the customer id: header CamelStripeObjectId holds"
                            + " 'prod_NWjs8kKbJWmuuc', the id of the product an earlier action returned. Set the header"
                            + " or id in the body");
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUpdateWithoutAnIdAddressesTheObjectTheEarlierActionOfItsTypeReturned() {
        productsAndCustomersAnswer();

        Exchange result = template.send("direct:createThenUpdateIt", e -> { });

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/" + CUSTOMER_ID))
                .withRequestBody(equalTo("description=updated")));
        assertThat(result.getMessage().getBody(Customer.class).getId()).isEqualTo(CUSTOMER_ID);
    }

    @Test
    void anIdempotencyKeySetForOneCreateIsNotReusedByALaterCreate() {
        productsAndCustomersAnswer();

        Exchange result = template.send("direct:keyForOneCreate", e -> { });

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")).withHeader("Idempotency-Key", equalTo("order-42")));
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products"))
                .withHeader("Idempotency-Key", matching(IdempotencyTest.MADE_KEY)));
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY, String.class))
                .matches(IdempotencyTest.MADE_KEY);
    }

    @Test
    void theOutputHeadersOfAGetDescribeItAndNoPastPost() {
        productsAndCustomersAnswer();
        Exchange created = send("stripe:createCustomer", Map.of("email", "jenny@example.com"));

        Exchange read = template.send("stripe:getCustomer", e -> {
            e.getMessage().setHeaders(created.getMessage().getHeaders());
            e.setProperty(StepOutput.PROPERTY, created.getProperty(StepOutput.PROPERTY));
        });

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getHeaders()).containsEntry(StripeConstants.OBJECT_ID, CUSTOMER_ID)
                .containsEntry(StripeConstants.REQUEST_ID, "req_g")
                .doesNotContainKeys(StripeConstants.IDEMPOTENCY_KEY, StripeConstants.IDEMPOTENT_REPLAYED);
    }
}
