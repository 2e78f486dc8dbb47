package dev.camelstripe.producer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import org.apache.camel.Exchange;
import dev.camelstripe.test.FixtureAssertions;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Each action: the exact HTTP call Stripe receives and the exact object the route gets back. */
class ActionsTest extends ProducerTestSupport {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final String DERIVED_KEY = "camel-[0-9a-f]{32}-[0-9a-f]+";

    @Test
    void createProductPostsTheFormAndReturnsTheProduct() {
        stripe.stubFor(post("/v1/products").willReturn(stripeOk("stripe/product.json", "req_create_p")));

        Exchange result = send("stripe:createProduct", new ProductParams().name("T-shirt").active(true)
                .description("A plain white T-shirt")
                .images(List.of("https://files.stripe.com/links/MDB8YWNjdF8xfGZsX3Rlc3Rf1"))
                .shippable(true).url("https://shop.example.com/t-shirt").metadata(Map.of("sku", "TS-WHT-M")));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo(FORM))
                .withHeader("Idempotency-Key", matching(DERIVED_KEY))
                .withRequestBody(equalTo("name=T-shirt&active=true&description=A%20plain%20white%20T-shirt"
                                         + "&images[0]=https%3A%2F%2Ffiles.stripe.com%2Flinks%2FMDB8YWNjdF8xfGZsX3Rlc3Rf1"
                                         + "&shippable=true&url=https%3A%2F%2Fshop.example.com%2Ft-shirt"
                                         + "&metadata[sku]=TS-WHT-M")));
        stripe.verify(1, anyRequestedFor(anyUrl()));

        Product product = result.getMessage().getBody(Product.class);
        assertThat(product.getId()).isEqualTo("prod_NWjs8kKbJWmuuc");
        assertThat(product.getObject()).isEqualTo("product");
        assertThat(product.getActive()).isTrue();
        assertThat(product.getCaption()).isEqualTo("Soft organic cotton");
        assertThat(product.getCreated()).isEqualTo(Instant.ofEpochSecond(1678833149));
        assertThat(product.getDescription()).isEqualTo("A plain white T-shirt");
        assertThat(product.getImages()).containsExactly("https://files.stripe.com/links/MDB8YWNjdF8xfGZsX3Rlc3Rf1",
                "https://files.stripe.com/links/MDB8YWNjdF8xfGZsX3Rlc3Rf2");
        assertThat(product.getName()).isEqualTo("T-shirt");
        assertThat(product.getShippable()).isTrue();
        assertThat(product.getUpdated()).isEqualTo(Instant.ofEpochSecond(1678833150));
        assertThat(product.getUrl()).isEqualTo("https://shop.example.com/t-shirt");
        assertThat(product.getMetadata()).containsExactly(Map.entry("sku", "TS-WHT-M"));
        assertThat(product.getLivemode()).isFalse();
        assertThat(product.getUnknownField("tax_code")).isEqualTo("txcd_99999999");
        assertThat(product.getUnknownField("package_dimensions")).isEqualTo(
                Map.of("height", 2.5, "length", 30.0, "weight", 180.0, "width", 25.0));

        LoggedRequest sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/products"))).get(0);
        assertThat(result.getMessage().getHeaders())
                .containsEntry(StripeConstants.OBJECT_ID, "prod_NWjs8kKbJWmuuc")
                .containsEntry(StripeConstants.REQUEST_ID, "req_create_p")
                .containsEntry(StripeConstants.IDEMPOTENCY_KEY, sent.getHeader("Idempotency-Key"));
    }

    @Test
    void createProductKeepsACustomIdAsAParameter() {
        stripe.stubFor(post("/v1/products").willReturn(stripeOk("stripe/product.json", "req_1")));

        send("stripe:createProduct", new ProductParams().id("tshirt-white-m").name("T-shirt"),
                Map.of(StripeConstants.OBJECT_ID, "ignored_by_create"));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products")).withRequestBody(equalTo("id=tshirt-white-m&name=T-shirt")));
    }

    @Test
    void updateProductPostsOnlyTheGivenFieldsToTheProductPath() {
        stripe.stubFor(post("/v1/products/prod_NWjs8kKbJWmuuc").willReturn(stripeOk("stripe/product.json", "req_upd_p")));

        Exchange result = send("stripe:updateProduct", new ProductParams().id("prod_NWjs8kKbJWmuuc").active(false));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_NWjs8kKbJWmuuc"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo(FORM))
                .withHeader("Idempotency-Key", matching(DERIVED_KEY))
                .withRequestBody(equalTo("active=false")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        assertThat(result.getMessage().getBody(Product.class).getName()).isEqualTo("T-shirt");
        assertThat(result.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo("prod_NWjs8kKbJWmuuc");
        assertThat(result.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_upd_p");
    }

    @Test
    void createCustomerPostsTheFormAndReturnsTheCustomer() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_create_c")));

        Exchange result = send("stripe:createCustomer", new CustomerParams().email("jenny.rosen@example.com")
                .description("Gold member since 2023").metadata(Map.of("crm_id", "6735")));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo(FORM))
                .withHeader("Idempotency-Key", matching(DERIVED_KEY))
                .withRequestBody(equalTo("email=jenny.rosen%40example.com&description=Gold%20member%20since%202023"
                                         + "&metadata[crm_id]=6735")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        Customer customer = result.getMessage().getBody(Customer.class);
        FixtureAssertions.assertFixtureCustomer(customer);
        assertThat(result.getMessage().getHeaders())
                .containsEntry(StripeConstants.OBJECT_ID, "cus_NffrFeUfNV2Hib")
                .containsEntry(StripeConstants.REQUEST_ID, "req_create_c");
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY, String.class)).matches(DERIVED_KEY);
    }

    @Test
    void getCustomerGetsTheCustomerPathWithoutIdempotencyKey() {
        stripe.stubFor(get("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_get_c")));

        Exchange result = send("stripe:getCustomer", null, Map.of(StripeConstants.OBJECT_ID, "cus_NffrFeUfNV2Hib"));

        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", absent())
                .withHeader("Content-Type", absent()));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        FixtureAssertions.assertFixtureCustomer(result.getMessage().getBody(Customer.class));
        assertThat(result.getMessage().getHeaders())
                .containsEntry(StripeConstants.OBJECT_ID, "cus_NffrFeUfNV2Hib")
                .containsEntry(StripeConstants.REQUEST_ID, "req_get_c")
                .doesNotContainKey(StripeConstants.IDEMPOTENCY_KEY);
    }

    @Test
    void getCustomerPassesOtherParametersSuchAsExpandInTheQuery() {
        stripe.stubFor(get("/v1/customers/cus_PxQ8kLm2nR4sT6?expand[0]=discount.promotion_code")
                .willReturn(stripeOk("stripe/customer-with-discount.json", "req_x")));

        Exchange result = send("stripe:getCustomer",
                Map.of("id", "cus_PxQ8kLm2nR4sT6", "expand", List.of("discount.promotion_code")));

        assertThat(result.getException()).isNull();
        Customer customer = result.getMessage().getBody(Customer.class);
        assertThat(customer.getDiscount().getCustomer()).isEqualTo("cus_PxQ8kLm2nR4sT6");
        assertThat(customer.getDiscount().getStart()).isEqualTo(Instant.ofEpochSecond(1700006400));
        assertThat(customer.getDiscount().getEnd()).isEqualTo(Instant.ofEpochSecond(1707868800));
        assertThat(customer.getDiscount().getSubscription()).isEqualTo("sub_1OdvD12eZvKYlo2CkZ5fQ3rA");
        assertThat(customer.getDiscount().getCoupon().getId()).isEqualTo("SUMMER25");
        assertThat(customer.getDiscount().getCoupon().getName()).isEqualTo("Summer sale");
        assertThat(customer.getDiscount().getCoupon().getDuration()).isEqualTo("repeating");
        assertThat(customer.getDiscount().getCoupon().getPercentOff()).isEqualByComparingTo(new BigDecimal("25.5"));
        assertThat(customer.getDiscount().getCoupon().getAmountOff()).isNull();
    }

    @Test
    void aDeletedCustomerIsACustomerThatSaysSoNotAnError() {
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(stripeOk("stripe/customer-deleted.json", "req_del")));

        Exchange result = send("stripe:getCustomer", null, Map.of(StripeConstants.OBJECT_ID, "cus_1"));

        assertThat(result.getException()).isNull();
        Customer customer = result.getMessage().getBody(Customer.class);
        assertThat(customer.isDeleted()).isTrue();
        assertThat(customer.getId()).isEqualTo("cus_1");
        assertThat(customer.getEmail()).isNull();
        assertThat(result.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo("cus_1");
    }

    @Test
    void aCustomerOnAnOldApiVersionReadsTheBalanceFromAccountBalance() {
        stripe.stubFor(get("/v1/customers/cus_Ee1oDJS4jxHz2L")
                .willReturn(stripeOk("stripe/customer-legacy-account-balance.json", "req_old")));

        Customer customer = send("stripe:getCustomer", null, Map.of(StripeConstants.OBJECT_ID, "cus_Ee1oDJS4jxHz2L"))
                .getMessage().getBody(Customer.class);

        assertThat(customer.getBalance()).isEqualTo(1500L);
        assertThat(customer.getDelinquent()).isTrue();
    }

    @Test
    void updateCustomerPostsOnlyTheGivenFieldsToTheCustomerPath() {
        stripe.stubFor(post("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_upd_c")));

        Exchange result = send("stripe:updateCustomer", new CustomerParams().id("cus_NffrFeUfNV2Hib")
                .email("jenny.rosen@example.com"));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo(FORM))
                .withHeader("Idempotency-Key", matching(DERIVED_KEY))
                .withRequestBody(equalTo("email=jenny.rosen%40example.com")));
        stripe.verify(1, anyRequestedFor(anyUrl()));
        FixtureAssertions.assertFixtureCustomer(result.getMessage().getBody(Customer.class));
        assertThat(result.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_upd_c");
    }

    @Test
    void anEmptyStringUnsetsAField() {
        stripe.stubFor(post("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_u")));

        send("stripe:updateCustomer", Map.of("id", "cus_NffrFeUfNV2Hib", "description", ""));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withRequestBody(equalTo("description=")));
    }
}
