package dev.camelstripe.producer;

import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.StripeJson;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The CamelStripeOperation header, and where the object id comes from. */
class OperationAndIdTest extends ProducerTestSupport {

    @Test
    void theOperationHeaderOverridesTheEndpoint() {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));

        Exchange result = send("stripe:createCustomer", null, Map.of(StripeConstants.OPERATION, "getCustomer",
                StripeConstants.OBJECT_ID, "cus_NffrFeUfNV2Hib"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        assertThat(result.getMessage().getBody(Customer.class).getId()).isEqualTo("cus_NffrFeUfNV2Hib");
    }

    @Test
    void theOperationHeaderMayHoldTheEnum() {
        stripe.stubFor(post("/v1/products/prod_1").willReturn(stripeOk("stripe/product.json", "req_1")));

        Exchange result = send("stripe:getCustomer", Map.of("id", "prod_1", "active", true),
                Map.of(StripeConstants.OPERATION, StripeOperation.updateProduct));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_1")).withRequestBody(equalTo("active=true")));
    }

    @Test
    void aTriggerInTheOperationHeaderIsRefusedAndNothingIsSent() {
        Exchange result = send("stripe:createCustomer", null, Map.of(StripeConstants.OPERATION, "newCustomers"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Header CamelStripeOperation must name an action (createProduct, updateProduct,"
                            + " createCustomer, getCustomer, updateCustomer), was 'newCustomers', a trigger");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUnknownNameInTheOperationHeaderIsRefusedAndNothingIsSent() {
        Exchange result = send("stripe:createCustomer", null, Map.of(StripeConstants.OPERATION, "deleteCustomer"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Header CamelStripeOperation must name an action (createProduct, updateProduct,"
                            + " createCustomer, getCustomer, updateCustomer), was 'deleteCustomer'");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theIdHeaderWinsOverTheBodyAndTheBodyIdIsNotSent() {
        stripe.stubFor(post("/v1/customers/cus_header").willReturn(stripeOk("stripe/customer.json", "req_1")));

        send("stripe:updateCustomer", new CustomerParams().id("cus_body").email("a@example.com"),
                Map.of(StripeConstants.OBJECT_ID, "cus_header"));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_header"))
                .withRequestBody(equalTo("email=a%40example.com")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void theIdIsUrlEncodedInThePath() {
        stripe.stubFor(post("/v1/products/my%20shirt%2F%3F%23").willReturn(stripeOk("stripe/product.json", "req_1")));

        Exchange result = send("stripe:updateProduct", Map.of("id", "my shirt/?#", "name", "Shirt"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/my%20shirt%2F%3F%23"))
                .withRequestBody(equalTo("name=Shirt")));
    }

    @Test
    void aMissingIdIsRefusedAndNothingIsSent() {
        Exchange result = send("stripe:updateCustomer", Map.of("email", "a@example.com"));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateCustomer needs the customer id: set header CamelStripeObjectId or id in the body");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("id");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBlankIdHeaderIsRefusedAndNothingIsSent() {
        Exchange result = send("stripe:getCustomer", null, Map.of(StripeConstants.OBJECT_ID, " "));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("getCustomer needs the customer id as a non-blank string, but header CamelStripeObjectId"
                            + " was ' '");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("CamelStripeObjectId");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aNonStringIdInTheBodyIsRefusedAndNothingIsSent() {
        Exchange result = send("stripe:updateProduct", "{\"id\":42,\"name\":\"Shirt\"}");

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateProduct needs the product id as a non-blank string, but id in the body was 42"
                            + " (Integer)");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aReceivedStripeObjectInTheBodyGivesItsIdAndNoParameters() {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));
        Customer delivered = StripeJson.mapper().convertValue(Map.of("id", "cus_NffrFeUfNV2Hib", "object", "customer",
                "created", 1680893993, "email", "old@example.com"), Customer.class);

        Exchange result = send("stripe:getCustomer", delivered);

        assertThat(result.getException()).isNull();
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib")));
        assertThat(result.getMessage().getBody(Customer.class).getEmail()).isEqualTo("jenny.rosen@example.com");
    }

    @Test
    void aReceivedStripeObjectOfAnotherTypeNeedsTheIdHeader() {
        Charge charge = StripeJson.mapper().convertValue(Map.of("id", "ch_1", "object", "charge",
                "customer", "cus_NffrFeUfNV2Hib"), Charge.class);

        Exchange refused = send("stripe:getCustomer", charge);

        assertThat(refused.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("getCustomer needs the customer id, but the body is a Charge: set header"
                            + " CamelStripeObjectId (a Charge is not a customer)");
        stripe.verify(0, anyRequestedFor(anyUrl()));

        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_1")));
        Exchange answered = send("stripe:getCustomer", charge, Map.of(StripeConstants.OBJECT_ID, charge.getCustomer()));
        assertThat(answered.getException()).isNull();
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib")));
    }

    @Test
    void aReceivedStripeObjectIsNotParametersForACreate() {
        Customer delivered = StripeJson.mapper().convertValue(Map.of("id", "cus_1", "object", "customer"),
                Customer.class);

        Exchange result = send("stripe:createCustomer", delivered);

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("createCustomer got a Customer as body: a Stripe object as received is not parameters."
                            + " Send " + BodyReader.ACCEPTED);
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }
}
