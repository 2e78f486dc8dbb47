package dev.camelstripe.producer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.ProductParams;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelstripe.producer.ValidationTest.params;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body rules that keep an update from wiping data by accident, asserted on the exact form Stripe receives:
 * empty objects send nothing, explicit nulls and {@code ""} unset, numbers and dates in Stripe's form.
 */
class BodyEncodingTest extends ProducerTestSupport {

    @BeforeEach
    void stubs() {
        stripe.stubFor(post("/v1/customers/cus_1").willReturn(stripeOk("stripe/customer.json", "req_1")));
        stripe.stubFor(post("/v1/products/prod_1").willReturn(stripeOk("stripe/product.json", "req_1")));
    }

    private void assertCustomerUpdateSent(Object body, String form) {
        Exchange result = send("stripe:updateCustomer", body, Map.of("CamelStripeObjectId", "cus_1"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_1")).withRequestBody(equalTo(form)));
    }

    static Stream<Arguments> emptyObjects() {
        return Stream.of(
                Arguments.of("JSON", "{\"email\":\"a@b.co\",\"metadata\":{},\"address\":{}}"),
                Arguments.of("Map", params("email", "a@b.co", "metadata", Map.of(), "address", Map.of())),
                Arguments.of("CustomerParams", new CustomerParams().email("a@b.co").metadata(Map.of())
                        .address(Map.of())));
    }

    /** {"metadata": {}} used to send metadata=, which deletes every metadata key of the customer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyObjects")
    void anEmptyObjectSendsNothing(String form, Object body) {
        assertCustomerUpdateSent(body, "email=a%40b.co");
    }

    static Stream<Arguments> explicitNulls() {
        return Stream.of(
                Arguments.of("JSON", "{\"description\":null,\"metadata\":{\"tier\":null,\"crm_id\":\"7\"},"
                                     + "\"address\":{\"line2\":null}}"),
                Arguments.of("Map", params("description", null, "metadata", params("tier", null, "crm_id", "7"),
                        "address", params("line2", null))));
    }

    /** As Stripe's SDKs encode it: a null is "unset", at any depth (a metadata key, an address line). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("explicitNulls")
    void anExplicitNullUnsets(String form, Object body) {
        assertCustomerUpdateSent(body, "description=&metadata[tier]=&metadata[crm_id]=7&address[line2]=");
    }

    @Test
    void anEmptyStringUnsetsOnPurpose() {
        assertCustomerUpdateSent("{\"description\":\"\",\"metadata\":\"\"}", "description=&metadata=");
    }

    /** A Java null given to a typed setter means "not given", as in stripe-java's builders; unset() unsets. */
    @Test
    void inParamsAJavaNullIsLeftOutAndUnsetSendsEmpty() {
        assertCustomerUpdateSent(new CustomerParams().description(null).name("Jenny").unset("phone")
                .set("tax_exempt", null), "name=Jenny&phone=");
    }

    @Test
    void jsonDecimalsAreExactAndPlain() {
        assertCustomerUpdateSent("{\"balance\":1.5E3,\"metadata\":{\"ratio\":0.0005,\"big\":12345678901234567.25,"
                                 + "\"round\":2.50}}",
                "balance=1500&metadata[ratio]=0.0005&metadata[big]=12345678901234567.25&metadata[round]=2.5");
    }

    @Test
    void javaDecimalsArePlain() {
        assertCustomerUpdateSent(params("balance", 1500.0d,
                        "metadata", params("f", 0.25f, "d", new BigDecimal("1E+2"))),
                "balance=1500&metadata[f]=0.25&metadata[d]=100");
    }

    @Test
    void everyDateTypeIsSentAsEpochSeconds() {
        Instant second = Instant.ofEpochSecond(1_700_000_000L);
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"));
        calendar.setTime(Date.from(second));
        assertCustomerUpdateSent(params("metadata", params("instant", second, "date", Date.from(second),
                        "calendar", calendar, "offset", OffsetDateTime.ofInstant(second, ZoneOffset.ofHours(2)),
                        "zoned", second.atZone(ZoneId.of("Asia/Tokyo")))),
                "metadata[instant]=1700000000&metadata[date]=1700000000&metadata[calendar]=1700000000"
                + "&metadata[offset]=1700000000&metadata[zoned]=1700000000");
    }

    static Stream<Arguments> singleImages() {
        return Stream.of(
                Arguments.of("JSON", "{\"images\":\"https://img.example.com/mug.png\"}"),
                Arguments.of("Map", Map.of("images", "https://img.example.com/mug.png")));
    }

    /** The connector types images as a string: one URL is a list of one. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("singleImages")
    void aSingleImageUrlIsSentAsAListOfOne(String form, Object body) {
        Exchange result = send("stripe:updateProduct", body, Map.of("CamelStripeObjectId", "prod_1"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_1"))
                .withRequestBody(equalTo("images[0]=https%3A%2F%2Fimg.example.com%2Fmug.png")));
    }

    @Test
    void anEmptyImageListStillClearsThem() {
        Exchange result = send("stripe:updateProduct", new ProductParams().images(List.of()),
                Map.of("CamelStripeObjectId", "prod_1"));

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_1")).withRequestBody(equalTo("images=")));
    }
}
