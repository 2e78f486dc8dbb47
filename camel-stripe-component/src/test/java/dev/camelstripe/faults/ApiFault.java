package dev.camelstripe.faults;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.camelstripe.client.StripeApiErrorException;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeException;
import dev.camelstripe.client.StripeRateLimitException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * One way a Stripe call can go wrong on the wire, what WireMock serves for it, and what the component must make of
 * it: whether its client retries (under the same Idempotency-Key), and the exception a user sees once retries are
 * exhausted. Shared by the action and the trigger matrices so both are judged by the same expectations.
 */
enum ApiFault {

    CONNECTION_RESET("connection reset by peer", true, StripeConnectionException.class, null,
            id -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            "failed after %d attempt(s)", "SocketException", "Connection reset"),
    EMPTY_REPLY("empty reply (socket closed, no bytes)", true, StripeConnectionException.class, null,
            id -> aResponse().withFault(Fault.EMPTY_RESPONSE),
            "failed after %d attempt(s)", "NoHttpResponseException", "failed to respond"),
    MALFORMED_CHUNK("malformed response chunk", true, StripeConnectionException.class, null,
            id -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
            "failed after %d attempt(s)", "chunk"),
    TRUNCATED_JSON("200 with a truncated JSON body", false, StripeConnectionException.class, null,
            id -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("Request-Id", id).withBody("{\"id\":\"cus_trunc\",\"object\":\"cust"),
            "answered HTTP 200 with a body that is not the expected JSON", "(request %s)", "{\"id\":\"cus_trunc\""),
    TIMEOUT("answer delayed 3 s, responseTimeout 1000 ms", true, StripeConnectionException.class, null,
            id -> aResponse().withStatus(200).withHeader("Request-Id", id).withFixedDelay(3_000).withBody("{}"),
            "failed after %d attempt(s)", "timed out"),
    // Stripe marks a lock_timeout as worth retrying with Stripe-Should-Retry: true, the only 429 the SDKs retry
    LOCK_TIMEOUT_429("429 code lock_timeout, Stripe-Should-Retry: true", true, StripeRateLimitException.class, null,
            id -> stripeError(429, id, null, "invalid_request_error", "lock_timeout",
                    "This object cannot be accessed right now because another API request or Stripe process is"
                    + " currently accessing it.").withHeader("Stripe-Should-Retry", "true"),
            "HTTP 429 invalid_request_error (code lock_timeout)", "[request %s]"),
    LOCK_TIMEOUT_429_RETRY_AFTER("429 code lock_timeout, Stripe-Should-Retry: true, Retry-After: 1", true,
            StripeRateLimitException.class, 1_000L,
            id -> stripeError(429, id, "1", "invalid_request_error", "lock_timeout",
                    "This object cannot be accessed right now.").withHeader("Stripe-Should-Retry", "true"),
            "HTTP 429 invalid_request_error (code lock_timeout)", "[request %s]"),
    RATE_LIMIT_429("429 code rate_limit", false, StripeRateLimitException.class, null,
            id -> stripeError(429, id, null, "invalid_request_error", "rate_limit",
                    "Too many requests hit the API too quickly.").withHeader("Stripe-Rate-Limited-Reason", "global-rate"),
            "HTTP 429 invalid_request_error (code rate_limit, rate_limited_reason global-rate)", "[request %s]"),
    RATE_LIMIT_429_RETRY_AFTER("429 code rate_limit, Retry-After: 2", false, StripeRateLimitException.class, null,
            id -> stripeError(429, id, "2", "invalid_request_error", "rate_limit",
                    "Too many requests hit the API too quickly."),
            "HTTP 429 invalid_request_error (code rate_limit)", "[request %s]"),
    HTTP_500("500 api_error", true, StripeApiErrorException.class, null,
            id -> stripeError(500, id, null, "api_error", null, "Something went wrong on Stripe's end."),
            "HTTP 500 api_error: Something went wrong on Stripe's end.", "[request %s]"),
    HTTP_503("503 api_error", true, StripeApiErrorException.class, null,
            id -> stripeError(503, id, null, "api_error", null, "Stripe is temporarily unavailable."),
            "HTTP 503 api_error: Stripe is temporarily unavailable.", "[request %s]"),
    HTTP_503_SHOULD_NOT_RETRY("503, Stripe-Should-Retry: false", false, StripeApiErrorException.class, null,
            id -> stripeError(503, id, null, "api_error", null, "Stripe is temporarily unavailable.")
                    .withHeader("Stripe-Should-Retry", "false"),
            "HTTP 503 api_error: Stripe is temporarily unavailable.", "[request %s]");

    /** The client's retries in every scenario: Stripe's SDK default. */
    static final int MAX_RETRIES = 2;
    /**
     * The responseTimeout of the TIMEOUT fault's endpoints: well under WireMock's delay, well over a normal local
     * answer (200 ms proved flaky under load, a normal page timed out too; 1000 ms leaves room for a GC pause).
     */
    static final int SHORT_RESPONSE_TIMEOUT_MS = 1000;
    /**
     * The client's back-off before retries 1 and 2 of a call: 0.5 s doubling, up to a quarter off at random, never
     * under 0.5 s (RetryPolicy), so 500 ms then 750 to 1000 ms.
     */
    static final long BACKOFF_MIN_MS = 500;
    static final long BACKOFF_MAX_MS = 1_000;

    final String description;
    final boolean clientRetries;
    final Class<? extends StripeException> exceptionType;
    /** The wait Retry-After imposes on each client retry, or null when the back-off applies. */
    final Long retryAfterMillis;
    private final Function<String, ResponseDefinitionBuilder> response;
    private final String[] messageFragments;

    ApiFault(String description, boolean clientRetries, Class<? extends StripeException> exceptionType,
             Long retryAfterMillis, Function<String, ResponseDefinitionBuilder> response, String... messageFragments) {
        this.description = description;
        this.clientRetries = clientRetries;
        this.exceptionType = exceptionType;
        this.retryAfterMillis = retryAfterMillis;
        this.response = response;
        this.messageFragments = messageFragments;
    }

    /** The faulty answer; {@code requestId} is its Request-Id where the fault has headers at all. */
    ResponseDefinitionBuilder response(String requestId) {
        return response.apply(requestId);
    }

    /** Endpoint options the fault needs (the short responseTimeout), as a query string suffix. */
    String endpointOptions() {
        return this == TIMEOUT ? "&responseTimeout=" + SHORT_RESPONSE_TIMEOUT_MS : "";
    }

    /** How many requests one delivery makes before its error surfaces. */
    int attemptsPerCall() {
        return clientRetries ? MAX_RETRIES + 1 : 1;
    }

    /** The fragments the user's exception message must hold, with attempts and request id filled in. */
    List<String> expectedMessageFragments(String requestId) {
        return java.util.Arrays.stream(messageFragments)
                .map(f -> f.contains("%d") ? String.format(f, attemptsPerCall())
                        : f.contains("%s") ? String.format(f, requestId) : f)
                .toList();
    }

    /** Whether the client may wait {@code millis} before one of its retries of this fault. */
    boolean allowsWait(long millis) {
        return retryAfterMillis != null ? millis == retryAfterMillis
                : millis >= BACKOFF_MIN_MS && millis <= BACKOFF_MAX_MS;
    }

    /** The waits {@link #allowsWait} allows, for the page. */
    String waitsInDoc() {
        return !clientRetries ? "no retry"
                : retryAfterMillis != null ? "exactly " + retryAfterMillis + " ms (its Retry-After)"
                : BACKOFF_MIN_MS + "–" + BACKOFF_MAX_MS + " ms (Stripe's back-off with jitter)";
    }

    /** What WireMock serves, for the page: read back from the answer itself, so the page cannot tell another. */
    String answerInDoc() {
        ResponseDefinition answer = response(requestIdFor(this)).build();
        if (answer.getFault() != null) {
            return "`Fault." + answer.getFault().name() + "`";
        }
        StringBuilder text = new StringBuilder().append(answer.getStatus());
        if (answer.getFixedDelayMilliseconds() != null) {
            text.append(" after ").append(answer.getFixedDelayMilliseconds()).append(" ms, endpoint `")
                    .append(endpointOptions().substring(1)).append('`');
        }
        String body = answer.getBody();
        if (answer.getStatus() >= 400) {
            JsonNode error = StripeJsonIds.read(body).get("error");
            text.append(" `").append(error.get("type").asText()).append('`');
            if (error.has("code")) {
                text.append(" `code: ").append(error.get("code").asText()).append('`');
            }
        } else if (answer.getFixedDelayMilliseconds() == null) {
            text.append(" body `").append(body).append('`');
        }
        for (HttpHeader header : answer.getHeaders().all()) {
            if (!header.keyEquals("Content-Type") && !header.keyEquals("Request-Id")) {
                text.append(", `").append(header.key()).append(": ").append(header.firstValue()).append('`');
            }
        }
        return text.toString();
    }

    static String requestIdFor(ApiFault fault) {
        return "req_fault_" + fault.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static ResponseDefinitionBuilder stripeError(int status, String requestId, String retryAfter, String type,
                                                         String code, String message) {
        ResponseDefinitionBuilder builder = aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", requestId)
                .withBody("{\"error\":{\"type\":\"" + type + "\","
                          + (code == null ? "" : "\"code\":\"" + code + "\",")
                          + "\"message\":\"" + message.replace("\"", "\\\"") + "\"}}");
        return retryAfter == null ? builder : builder.withHeader("Retry-After", retryAfter);
    }
}
