package dev.camelstripe.producer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeParameterException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/** Each rule checked before anything is sent: the error names the parameter and what was expected. */
class ValidationTest extends ProducerTestSupport {

    @AfterEach
    void nothingWasSent() {
        stripe.verify(0, anyRequestedFor(anyUrl()));
    }

    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static List<String> urls(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "https://img.example.com/" + i + ".png").toList();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("createProduct", params("description", "no name"), "name",
                        "createProduct needs name: a non-empty string shown to customers"),
                Arguments.of("createProduct", params("name", ""), "name",
                        "createProduct needs name: a non-empty string shown to customers, was ''"),
                Arguments.of("createProduct", params("name", 7), "name",
                        "createProduct needs name: a non-empty string shown to customers, was 7 (Integer)"),
                Arguments.of("updateProduct", params("id", "prod_1", "name", List.of("x")), "name",
                        "name must be a string, was [x] (list)"),
                Arguments.of("createProduct", params("name", "Mug", "images", urls(9)), "images",
                        "images must hold at most 8 URLs, was 9"),
                Arguments.of("createProduct", params("name", "Mug", "images",
                        List.of("https://a.example/1.png", "http://b.example/2.png", "ftp://x")), "images[2]",
                        "images[2] must be an absolute http(s) URL, was 'ftp://x'"),
                Arguments.of("createProduct", params("name", "Mug", "images", List.of("/relative.png")), "images[0]",
                        "images[0] must be an absolute http(s) URL, was '/relative.png'"),
                Arguments.of("createProduct", params("name", "Mug", "images", Arrays.asList((Object) null)),
                        "images[0]", "images[0] must be an absolute http(s) URL, was null"),
                Arguments.of("createProduct", params("name", "Mug", "images", "mug.png"), "images[0]",
                        "images[0] must be an absolute http(s) URL, was 'mug.png'"),
                Arguments.of("createProduct", params("name", "Mug", "images", 3), "images",
                        "images must be a list of up to 8 absolute http(s) URLs, was 3 (Integer)"),
                Arguments.of("createCustomer", params("address", "1 Main St"), "address",
                        "address must be a map of Stripe's address fields (line1, line2, city, state, postal_code,"
                        + " country), was '1 Main St'"),
                Arguments.of("updateCustomer", params("id", "cus_1", "address", params("city", "Lyon", "line1",
                        List.of("12", "Rue"))), "address[line1]", "address[line1] must be a string, was [12, Rue] (list)"),
                Arguments.of("createCustomer", params("phone", 33472000000L), "phone",
                        "phone must be a string, was 33472000000 (Long)"),
                Arguments.of("createProduct", params("name", "Mug", "active", "maybe"), "active",
                        "active must be true or false, was 'maybe'"),
                Arguments.of("updateProduct", params("id", "prod_1", "shippable", 1), "shippable",
                        "shippable must be true or false, was 1 (Integer)"),
                Arguments.of("createProduct", params("name", "Mug", "caption", 3), "caption",
                        "caption must be a string, was 3 (Integer)"),
                Arguments.of("createProduct", params("name", "Mug", "description", true), "description",
                        "description must be a string, was true (Boolean)"),
                Arguments.of("createProduct", params("name", "Mug", "url", 1.5), "url",
                        "url must be a string, was 1.5 (Double)"),
                Arguments.of("createProduct", params("name", "Mug", "metadata", "sku=1"), "metadata",
                        "metadata must be a map of keys to values, was 'sku=1'"),
                Arguments.of("createCustomer", params("email", 42), "email", "email must be a string, was 42 (Integer)"),
                Arguments.of("updateCustomer", params("id", "cus_1", "description", 1L), "description",
                        "description must be a string, was 1 (Long)"),
                Arguments.of("updateCustomer", params("id", "cus_1", "metadata", List.of()), "metadata",
                        "metadata must be a map of keys to values, was [] (list)"));
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("refused")
    void refusedBeforeAnythingIsSent(String operation, Map<String, Object> body, String param, String message) {
        Exchange result = send("stripe:" + operation, body);

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class).hasMessage(message);
        assertThat(((StripeParameterException) result.getException()).getParam()).isEqualTo(param);
    }

    @Test
    void aCallerIdempotencyKeyMustBeAtMost255Characters() {
        Exchange result = send("stripe:createCustomer", null, Map.of(StripeConstants.IDEMPOTENCY_KEY, "k".repeat(256)));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("CamelStripeIdempotencyKey must be 1 to 255 characters, was 256");
    }

    @Test
    void aCallerIdempotencyKeyMustNotBeEmpty() {
        Exchange result = send("stripe:createCustomer", null, Map.of(StripeConstants.IDEMPOTENCY_KEY, ""));

        assertThat(result.getException()).isInstanceOf(StripeParameterException.class)
                .hasMessage("CamelStripeIdempotencyKey must be 1 to 255 characters, was 0");
    }
}
