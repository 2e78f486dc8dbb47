package dev.camelstripe.producer;

import dev.camelstripe.client.StripeParameterException;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.StripeJson;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** A Stripe object as received, or edited, as the body of an action: never an empty update, never a lost edit. */
class StripeObjectBodyTest extends ProducerTestSupport {

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:editThenUpdate")
                        .setHeader(StripeConstants.OBJECT_ID, constant(CUSTOMER_ID))
                        .to("stripe:getCustomer")
                        .process(e -> e.getMessage().getBody(Customer.class).setEmail("new@example.com"))
                        .to("stripe:updateCustomer");
            }
        };
    }

    @Test
    void anEditedCustomerIsNotSentAsAnEmptyUpdateButRefusedNamingCustomerParams() {
        stripe.stubFor(get("/v1/customers/" + CUSTOMER_ID).willReturn(stripeOk("stripe/customer.json", "req_1")));

        Exchange result = template.send("direct:editThenUpdate", e -> { });

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateCustomer got a Customer as body: a Stripe object is not parameters. Send null,"
                            + " CustomerParams, a Map, or a JSON object as String, byte[] or InputStream. An edited"
                            + " Customer is not sent as an update, its changes would not reach Stripe: put the fields"
                            + " to change in CustomerParams with its id");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("body");
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/" + CUSTOMER_ID)));
        stripe.verify(0, postRequestedFor(urlPathMatching("/v1/.*")));
    }

    @Test
    void anEditedProductIsRefusedNamingProductParams() {
        Product product = StripeJson.mapper().convertValue(Map.of("id", "prod_1", "object", "product",
                "name", "Mug"), Product.class);
        product.setName("Camel Mug");

        Exchange result = send("stripe:updateProduct", product);

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateProduct got a Product as body: a Stripe object is not parameters. Send null,"
                            + " ProductParams, a Map, or a JSON object as String, byte[] or InputStream. An edited"
                            + " Product is not sent as an update, its changes would not reach Stripe: put the fields"
                            + " to change in ProductParams with its id");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aStripeObjectOfAnotherTypeIsNotParametersForAnUpdateEither() {
        Charge charge = StripeJson.mapper().convertValue(Map.of("id", "ch_1", "object", "charge",
                "customer", CUSTOMER_ID), Charge.class);

        Exchange result = send("stripe:updateCustomer", charge, Map.of(StripeConstants.OBJECT_ID, CUSTOMER_ID));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateCustomer got a Charge as body: a Stripe object is not parameters. Send null,"
                            + " CustomerParams, a Map, or a JSON object as String, byte[] or InputStream");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRetrieveTakesTheIdOfAStripeObjectOfItsType() {
        stripe.stubFor(get("/v1/customers/" + CUSTOMER_ID).willReturn(stripeOk("stripe/customer.json", "req_1")));
        Customer delivered = StripeJson.mapper().convertValue(Map.of("id", CUSTOMER_ID, "object", "customer",
                "email", "old@example.com"), Customer.class);

        Exchange result = send("stripe:getCustomer", delivered);

        assertThat(result.getException()).isNull();
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/" + CUSTOMER_ID)));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        assertThat(result.getMessage().getBody(Customer.class).getEmail()).isEqualTo("jenny.rosen@example.com");
    }

    @Test
    void aBodyOfAnUnsupportedTypeIsRefusedNamingTheEndpointAndTheActionsParamsClass() {
        Exchange customer = send("stripe:updateCustomer?apiKey=" + KEY, 42L,
                Map.of(StripeConstants.OBJECT_ID, CUSTOMER_ID));
        Exchange product = send("stripe:createProduct", new StringBuilder("name=Mug"));
        Exchange retrieve = send("stripe:getCustomer", 42L, Map.of(StripeConstants.OBJECT_ID, CUSTOMER_ID));

        assertThat(customer.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("The body of updateCustomer at stripe://updateCustomer?apiKey=xxxxxx must be null,"
                            + " CustomerParams, a Map, or a JSON object as String, byte[] or InputStream; was"
                            + " java.lang.Long");
        assertThat(product.getException())
                .hasMessage("The body of createProduct at stripe://createProduct must be null, ProductParams, a Map,"
                            + " or a JSON object as String, byte[] or InputStream; was java.lang.StringBuilder");
        assertThat(retrieve.getException())
                .hasMessage("The body of getCustomer at stripe://getCustomer must be null, a Customer (for its id), a"
                            + " Map, or a JSON object as String, byte[] or InputStream; was java.lang.Long");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }
}
