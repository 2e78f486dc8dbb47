package dev.camelstripe.producer;

import java.util.Map;
import java.util.stream.Stream;

import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/** Stripe's error answers reach the route as StripeApiException with every fact, and never with the key. */
class ErrorMappingTest extends ProducerTestSupport {

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(400, "invalid_request_error", "parameter_invalid_empty", "email",
                        "You passed an empty string for 'email'."),
                Arguments.of(401, "invalid_request_error", null, null,
                        "Invalid API Key provided: sk_test_****hown"),
                Arguments.of(402, "card_error", "card_declined", "source", "Your card was declined."),
                Arguments.of(404, "invalid_request_error", "resource_missing", "id", "No such customer: 'cus_gone'"),
                Arguments.of(409, "idempotency_error", "idempotency_key_in_use", null,
                        "There is currently another in-progress request using this Idempotent Key."),
                Arguments.of(429, "invalid_request_error", "rate_limit", null,
                        "Too many requests hit the API too quickly."),
                Arguments.of(500, "api_error", null, null, "Something went wrong on Stripe's end."));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @MethodSource("errors")
    void eachErrorStatusBecomesAStripeApiException(int status, String type, String code, String param, String text) {
        StringBuilder error = new StringBuilder("{\"error\":{\"type\":\"").append(type).append('"');
        if (code != null) {
            error.append(",\"code\":\"").append(code).append('"');
        }
        if (param != null) {
            error.append(",\"param\":\"").append(param).append('"');
        }
        error.append(",\"message\":\"").append(text.replace("'", "\\u0027")).append("\"}}");
        stripe.stubFor(post("/v1/customers/cus_gone").willReturn(aResponse().withStatus(status)
                .withHeader("Request-Id", "req_err_" + status).withBody(error.toString())));

        Exchange result = send("stripe:updateCustomer", Map.of("id", "cus_gone", "email", "x@example.com"));

        assertThat(result.getException()).isInstanceOfSatisfying(StripeApiException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(status);
            assertThat(e.getType()).isEqualTo(type);
            assertThat(e.getCode()).isEqualTo(code);
            assertThat(e.getParam()).isEqualTo(param);
            assertThat(e.getStripeMessage()).isEqualTo(text);
            assertThat(e.getRequestId()).isEqualTo("req_err_" + status);
            assertThat(e.getMessage()).startsWith("POST /v1/customers/cus_gone: Stripe answered HTTP " + status + " " + type)
                    .endsWith(text + " [request req_err_" + status + "]");
        });
        stripe.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void theKeyIsNeitherInTheExceptionNorInAnyLogLine() {
        stripe.stubFor(get("/v1/customers/cus_gone").willReturn(aResponse().withStatus(401)
                .withHeader("Request-Id", "req_401")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided:"
                          + " sk_test_****hown\"}}")));
        Exchange result;
        String logs;
        try (LogCapture capture = new LogCapture()) {
            result = send("stripe:getCustomer", null, Map.of("CamelStripeObjectId", "cus_gone"));
            logs = capture.text();
        }

        assertThat(result.getException()).isInstanceOf(StripeApiException.class);
        assertThat(logs).contains("/v1/customers/cus_gone"); // the capture did see the call
        for (Throwable t = result.getException(); t != null; t = t.getCause()) {
            assertThat(t.getMessage()).doesNotContain(KEY).doesNotContain("ProducerSecret");
        }
        assertThat(logs).doesNotContain(KEY).doesNotContain("ProducerSecret");
    }

    /** onException sees the typed exception and its facts. */
    @Test
    void onExceptionHandlesTheStripeException() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(StripeApiException.class).handled(true)
                        .setBody(simple("${exception.status} ${exception.code} ${exception.requestId}"));
                from("direct:get").to("stripe:getCustomer");
            }
        });
        stripe.stubFor(get("/v1/customers/cus_gone").willReturn(aResponse().withStatus(404)
                .withHeader("Request-Id", "req_404")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}")));

        Object body = template.requestBodyAndHeader("direct:get", null, "CamelStripeObjectId", "cus_gone");

        assertThat(body).isEqualTo("404 resource_missing req_404");
    }
}
