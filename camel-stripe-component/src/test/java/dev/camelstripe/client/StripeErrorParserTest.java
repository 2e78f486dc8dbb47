package dev.camelstripe.client;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each error answer becomes the exception class of its kind, as stripe-java maps them. */
class StripeErrorParserTest {

    private static final StripeCall CALL = new StripeCall(StripeMethod.POST, "/v1/customers", "key-1", 1);

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(400, "invalid_request_error", "parameter_missing", StripeInvalidRequestException.class),
                Arguments.of(404, "invalid_request_error", "resource_missing", StripeInvalidRequestException.class),
                Arguments.of(400, "idempotency_error", null, StripeIdempotencyException.class),
                Arguments.of(404, "idempotency_error", null, StripeIdempotencyException.class),
                // stripe-java makes this one an ApiException; by its type (as stripe-node) it is an idempotency error
                Arguments.of(409, "idempotency_error", "idempotency_key_in_use", StripeIdempotencyException.class),
                Arguments.of(401, "invalid_request_error", null, StripeAuthenticationException.class),
                Arguments.of(402, "card_error", "card_declined", StripeCardException.class),
                Arguments.of(403, "invalid_request_error", "secret_key_required", StripePermissionException.class),
                Arguments.of(429, "invalid_request_error", "rate_limit", StripeRateLimitException.class),
                Arguments.of(429, "invalid_request_error", "lock_timeout", StripeRateLimitException.class),
                // stripe-python: a 400 with code rate_limit is a rate-limit error too
                Arguments.of(400, "invalid_request_error", "rate_limit", StripeRateLimitException.class),
                Arguments.of(409, "invalid_request_error", "lock_timeout", StripeApiErrorException.class),
                Arguments.of(424, "invalid_request_error", null, StripeApiErrorException.class),
                Arguments.of(500, "api_error", null, StripeApiErrorException.class),
                Arguments.of(503, "api_error", null, StripeApiErrorException.class));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("kinds")
    void eachKindHasItsClass(int status, String type, String code, Class<? extends StripeApiException> kind) {
        String body = "{\"error\":{\"type\":\"" + type + "\"" + (code == null ? "" : ",\"code\":\"" + code + "\"")
                      + ",\"message\":\"m\"}}";
        StripeApiException error = StripeErrorParser.parse(answer(status, body, null), CALL);

        assertThat(error).isExactlyInstanceOf(kind);
        assertThat(error.getStatus()).isEqualTo(status);
        assertThat(error.getType()).isEqualTo(type);
        assertThat(error.getCode()).isEqualTo(code);
        assertThat(error.getCall()).isEqualTo(CALL);
    }

    @Test
    void aPermissionErrorIsAnAuthenticationErrorAsInStripeJava() {
        StripeApiException error = StripeErrorParser.parse(answer(403, "{\"error\":{\"type\":\"invalid_request_error\"}}",
                null), CALL);
        assertThat(error).isInstanceOf(StripeAuthenticationException.class);
    }

    @Test
    void aBodyThatIsNotStripesErrorJsonIsAnApiErrorWhateverTheStatus() {
        StripeApiException error = StripeErrorParser.parse(answer(403, "<html>Forbidden by proxy</html>", "req_p"), CALL);

        assertThat(error).isExactlyInstanceOf(StripeApiErrorException.class);
        assertThat(error.getStatus()).isEqualTo(403);
        assertThat(error.getMessage()).isEqualTo("POST /v1/customers: Stripe answered HTTP 403: Stripe (or a proxy in"
                                                 + " between) answered with a body that is not Stripe's error JSON:"
                                                 + " <html>Forbidden by proxy</html> [request req_p]");
    }

    @Test
    void theRequestLogUrlAndTheRateLimitedReasonAreKept() {
        RawResponse answer = new RawResponse(429, ("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"rate_limit\","
                                                   + "\"request_log_url\":\"https://dashboard.stripe.com/logs/req_x\"}}")
                .getBytes(StandardCharsets.UTF_8), "req_x", null, null, "endpoint-concurrency", false, null);

        StripeApiException error = StripeErrorParser.parse(answer, CALL);

        assertThat(error.getRequestLogUrl()).isEqualTo("https://dashboard.stripe.com/logs/req_x");
        assertThat(error.getRateLimitedReason()).isEqualTo("endpoint-concurrency");
        assertThat(error.getError()).isEqualTo(new StripeError(429, "invalid_request_error", "rate_limit", null, null,
                null, null, "https://dashboard.stripe.com/logs/req_x", "req_x", "endpoint-concurrency"));
    }

    private static RawResponse answer(int status, String body, String requestId) {
        return new RawResponse(status, body.getBytes(StandardCharsets.UTF_8), requestId, null, null, null, false, null);
    }
}
