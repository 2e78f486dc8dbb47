package dev.camelstripe.producer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Every body form a route carries gives the same Stripe call. */
class BodyFormsTest extends ProducerTestSupport {

    static final String JSON = "{\"name\":\"Mug\",\"active\":true,\"images\":[\"https://img.example.com/mug.png\"],"
                               + "\"metadata\":{\"sku\":\"MUG-1\"},\"tax_code\":\"txcd_99999999\"}";
    static final String FORM = "name=Mug&active=true&images[0]=https%3A%2F%2Fimg.example.com%2Fmug.png"
                               + "&metadata[sku]=MUG-1&tax_code=txcd_99999999";

    static Stream<Arguments> bodies() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Mug");
        map.put("active", true);
        map.put("images", List.of("https://img.example.com/mug.png"));
        map.put("metadata", Map.of("sku", "MUG-1"));
        map.put("tax_code", "txcd_99999999");
        return Stream.of(
                Arguments.of("ProductParams", new ProductParams().name("Mug").active(true)
                        .images(List.of("https://img.example.com/mug.png")).metadata(Map.of("sku", "MUG-1"))
                        .set("tax_code", "txcd_99999999")),
                Arguments.of("Map", map),
                Arguments.of("String", JSON),
                Arguments.of("byte[]", JSON.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("InputStream", new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void everyBodyFormSendsTheSameForm(String form, Object body) {
        stripe.stubFor(post("/v1/products").willReturn(stripeOk("stripe/product.json", "req_1")));

        Exchange result = send("stripe:createProduct", body);

        assertThat(result.getException()).isNull();
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products")).withRequestBody(equalTo(FORM)));
        assertThat(result.getMessage().getBody()).isInstanceOf(Product.class);
    }

    @Test
    void aStringWithTheActiveFlagAsTextIsAccepted() {
        stripe.stubFor(post("/v1/products/prod_1").willReturn(stripeOk("stripe/product.json", "req_1")));

        send("stripe:updateProduct", "{\"id\":\"prod_1\",\"active\":\"false\",\"shippable\":\"true\"}");

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/products/prod_1"))
                .withRequestBody(equalTo("active=false&shippable=true")));
    }

    record Address(String line1, String postalCode) {
    }

    @Test
    void objectsNestedInAMapBodyAreSentAsStripeValues() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_1")));
        Map<Object, Object> body = new LinkedHashMap<>();
        body.put("email", "ada@example.com");
        body.put("address", new Address("12 St James's Sq", "SW1Y 4LB"));
        body.put("metadata", Map.of("signed_up", java.time.Instant.ofEpochSecond(1_700_000_000)));

        send("stripe:createCustomer", body);

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")).withRequestBody(equalTo(
                "email=ada%40example.com&address[line1]=12%20St%20James%27s%20Sq&address[postal_code]=SW1Y%204LB"
                + "&metadata[signed_up]=1700000000")));
    }

    @Test
    void anEmptyBodySendsNoParameters() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_1")));

        send("stripe:createCustomer", "");
        send("stripe:createCustomer", null);

        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers"))))
                .extracting(request -> request.getBodyAsString()).containsExactly("", "");
    }

    @Test
    void anUnsupportedBodyTypeIsRefusedWithTheAcceptedOnes() {
        Exchange result = send("stripe:createCustomer", 42);

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("The body of createCustomer at stripe://createCustomer must be null, CustomerParams, a"
                            + " Map, or a JSON object as String, byte[] or InputStream; was java.lang.Integer");
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo("body");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        Exchange result = send("stripe:createCustomer", "[\"not\",\"an object\"]");

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessageStartingWith("The body must be a JSON object of Stripe parameters, such as"
                                        + " {\"name\":\"T-shirt\"}: ");
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }
}
