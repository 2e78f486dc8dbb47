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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aTriggerInTheOperationHeaderIsRefusedNamingTheEndpointAndNothingIsSent() {
        Exchange result = send("stripe:createCustomer?apiKey=" + KEY, null,
                Map.of(StripeConstants.OPERATION, "newCustomers"));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("Operation 'newCustomers' in header CamelStripeOperation at"
                            + " stripe://createCustomer?apiKey=xxxxxx is a trigger: it can only be used in from(...)."
                            + " Actions, for to(...): createProduct, updateProduct, createCustomer, getCustomer,"
                            + " updateCustomer, listCustomers, searchCustomers, request.");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("CamelStripeOperation");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUnknownNameInTheOperationHeaderIsRefusedNamingTheEndpointAndNothingIsSent() {
        Exchange result = send("stripe:createCustomer", null, Map.of(StripeConstants.OPERATION, "deleteCustomer"));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("Unknown operation 'deleteCustomer' in header CamelStripeOperation at"
                            + " stripe://createCustomer. Actions, for to(...): createProduct, updateProduct,"
                            + " createCustomer, getCustomer, updateCustomer, listCustomers, searchCustomers,"
                            + " request. Triggers, for from(...): newOrders,"
                            + " newCharges, newInvoiceItems, newCustomers.");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aHeaderTheRouteSetThatNamesAnotherObjectThanTheBodyIsRefusedNamingBothAndNothingIsSent() {
        Exchange result = send("stripe:updateCustomer", new CustomerParams().id("cus_body").email("a@example.com"),
                Map.of(StripeConstants.OBJECT_ID, "cus_header"));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateCustomer got two customer ids: 'cus_body' from id in the body and 'cus_header'"
                            + " from header CamelStripeObjectId. Remove the one not meant");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aHeaderThatNamesTheSameObjectAsTheBodyIsFineAndTheIdIsNotSentAsAParameter() {
        stripe.stubFor(post("/v1/customers/cus_1").willReturn(stripeOk("stripe/customer.json", "req_1")));

        Exchange result = send("stripe:updateCustomer", new CustomerParams().id("cus_1").email("a@example.com"),
                Map.of(StripeConstants.OBJECT_ID, "cus_1"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_1"))
                .withRequestBody(equalTo("email=a%40example.com")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void theIdIsPercentEncodedAsOnePathSegment() {
        stripe.stubFor(post("/v1/products/tee%2F%3F%23%25%2B%C3%A9").willReturn(stripeOk("stripe/product.json", "r")));

        Exchange result = send("stripe:updateProduct", Map.of("id", "tee/?#%+\u00e9", "name", "Shirt"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/tee%2F%3F%23%25%2B%C3%A9"))
                .withRequestBody(equalTo("name=Shirt")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "..", " ", "my shirt", "cus_1\n", "cus_1\r\nX-Evil: 1", "tab\tbed", "nul\u0000",
                             "nbsp\u00a0", "zero\u200bwidth", "bidi\u202e" })
    void anIdThatCouldChangeThePathIsRefusedFromTheHeaderAndNothingIsSent(String id) {
        Exchange result = send("stripe:getCustomer", null, Map.of(StripeConstants.OBJECT_ID, id));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessageStartingWith("getCustomer needs the customer id as a string that is not empty, '.' or '..'"
                                        + " and holds no whitespace or control character, but header"
                                        + " CamelStripeObjectId was '");
        assertThat(result.getException().getMessage()).doesNotContain("\n", "\r", "\t", "\u0000", "\u200b");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("CamelStripeObjectId");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "..", "a b", "prod_1\n" })
    void anIdThatCouldChangeThePathIsRefusedFromTheBodyAndNothingIsSent(String id) {
        Exchange result = send("stripe:updateProduct", Map.of("id", id, "active", false));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessageStartingWith("updateProduct needs the product id as a string that is not empty, '.' or"
                                        + " '..' and holds no whitespace or control character, but id in the body"
                                        + " was '");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("id");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aControlCharacterInARefusedIdIsWrittenAsAnEscapeInTheMessage() {
        Exchange result = send("stripe:getCustomer", null, Map.of(StripeConstants.OBJECT_ID, "cus_1\r\nX: 1"));

        assertThat(result.getException()).hasMessageEndingWith("was 'cus_1\\u000d\\u000aX: 1'");
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
    void aNonStringIdInTheBodyIsRefusedAndNothingIsSent() {
        Exchange result = send("stripe:updateProduct", "{\"id\":42,\"name\":\"Shirt\"}");

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("updateProduct needs the product id as a string that is not empty, '.' or '..' and"
                            + " holds no whitespace or control character, but id in the body was 42 (Integer)");
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
                .hasMessage("createCustomer got a Customer as body: a Stripe object is not parameters. Send null,"
                            + " CustomerParams, a Map, or a JSON object as String, byte[] or InputStream");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }
}
