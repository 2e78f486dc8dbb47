package dev.camelstripe.client;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelstripe.test.FakeTime;
import dev.camelstripe.test.LogCapture;
import dev.camelstripe.test.RealTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StripeClientTest {

    static final String KEY = "sk_test_51HxSecretValueNeverShown";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final FakeTime time = new FakeTime();
    private final StripeTransport transport = StripeTransport.of(StripeHttpClients.create(null, null, 4,
            Duration.ofSeconds(2)));

    @AfterEach
    void closeHttp() {
        transport.close();
    }

    private StripeClient client(int maxRetries, RateLimiter limiter, String apiVersion, String account) {
        return client(maxRetries, limiter, apiVersion, account, Duration.ofSeconds(5));
    }

    /** A generous response timeout by default: TRACE logging in some tests slows the first call down a lot. */
    private StripeClient client(int maxRetries, RateLimiter limiter, String apiVersion, String account,
                                Duration responseTimeout) {
        StripeClientSettings settings = new StripeClientSettings(KEY, URI.create(stripe.baseUrl()), apiVersion, account,
                Duration.ofSeconds(2), responseTimeout, Duration.ZERO);
        return new StripeClient(transport, settings, limiter, new RetryPolicy(maxRetries, () -> 1.0), time);
    }

    private StripeClient client(int maxRetries) {
        return client(maxRetries, null, null, null);
    }

    @Test
    void theAnswersDateHeaderIsStripesClock() {
        stripe.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")
                .withHeader("Date", "Tue, 14 Nov 2023 22:13:20 GMT")));
        stripe.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
        stripe.stubFor(get(urlPathEqualTo("/v1/products")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")
                .withHeader("Date", "yesterday")));

        assertThat(client(0).execute(StripeRequest.get("/v1/charges", Map.of()), Map.class).date())
                .isEqualTo(java.time.Instant.ofEpochSecond(1_700_000_000L));
        assertThat(client(0).execute(StripeRequest.get("/v1/customers", Map.of()), Map.class).date()).isNull();
        assertThat(client(0).execute(StripeRequest.get("/v1/products", Map.of()), Map.class).date()).isNull();
    }

    @Test
    void getSendsTheKeyVersionAccountAndUserAgentAndEncodesTheQuery() {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers/cus_1"))
                .willReturn(okJson("{\"id\":\"cus_1\",\"object\":\"customer\"}").withHeader("Request-Id", "req_a")));

        StripeResponse<Map> response = client(0, null, "2024-06-20", "acct_9").execute(
                StripeRequest.get("/v1/customers/cus_1", Map.of("expand", List.of("discount"))), Map.class);

        assertThat(response.body()).containsEntry("id", "cus_1");
        assertThat(response.requestId()).isEqualTo("req_a");
        assertThat(response.idempotencyKey()).isNull();
        assertThat(response.attempts()).isEqualTo(1);
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1?expand[0]=discount"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Stripe-Version", equalTo("2024-06-20"))
                .withHeader("Stripe-Account", equalTo("acct_9"))
                .withHeader("User-Agent", equalTo(StripeClient.USER_AGENT))
                .withoutHeader("Idempotency-Key"));
        assertThat(StripeClient.USER_AGENT).matches("camel-stripe/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Apache Camel .*");
    }

    @Test
    void versionAndAccountHeadersAreLeftOutWhenNotSet() {
        stripe.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));

        client(0).execute(StripeRequest.get("/v1/customers", Map.of()), Map.class);

        stripe.verify(getRequestedFor(urlEqualTo("/v1/customers"))
                .withoutHeader("Stripe-Version").withoutHeader("Stripe-Account"));
    }

    @Test
    void postSendsAFormBodyWithTheCallersIdempotencyKey() {
        stripe.stubFor(post("/v1/customers").willReturn(okJson("{\"id\":\"cus_2\"}")));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("email", "jo@example.com");
        params.put("metadata", Map.of("crm", "42"));

        StripeResponse<Map> response = client(0).execute(StripeRequest.post("/v1/customers", params, "order-6735"),
                Map.class);

        assertThat(response.idempotencyKey()).isEqualTo("order-6735");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded; charset=UTF-8"))
                .withHeader("Idempotency-Key", equalTo("order-6735"))
                .withRequestBody(equalTo("email=jo%40example.com&metadata[crm]=42")));
    }

    @Test
    void aGeneratedIdempotencyKeyIsReusedOnEveryRetry() {
        stripe.stubFor(post("/v1/products").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"type\":\"api_error\"}}"))
                .willSetStateTo("second"));
        stripe.stubFor(post("/v1/products").inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("third"));
        stripe.stubFor(post("/v1/products").inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson("{\"id\":\"prod_1\"}")));

        StripeResponse<Map> response = client(2).execute(
                StripeRequest.post("/v1/products", Map.of("name", "Shirt"), null), Map.class);

        assertThat(response.attempts()).isEqualTo(3);
        List<String> keys = stripe.findAll(postRequestedFor(urlEqualTo("/v1/products"))).stream()
                .map(r -> r.getHeader("Idempotency-Key")).toList();
        assertThat(keys).hasSize(3).doesNotContainNull().containsOnly(response.idempotencyKey());
        assertThat(time.sleepsMillis()).containsExactly(500L, 1000L);
    }

    @Test
    void anErrorAnswerCarriesEveryFactStripeGave() {
        stripe.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(402).withHeader("Request-Id", "req_9z")
                .withBody("{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":"
                          + "\"insufficient_funds\",\"param\":\"source\",\"message\":\"Your card has insufficient funds.\","
                          + "\"doc_url\":\"https://stripe.com/docs/error-codes/card-declined\","
                          + "\"request_log_url\":\"https://dashboard.stripe.com/test/logs/req_9z\"}}")));

        assertThatThrownBy(() -> client(2).execute(StripeRequest.post("/v1/customers", Map.of(), "order-6735"),
                Map.class))
                .isInstanceOfSatisfying(StripeCardException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(402);
                    assertThat(e.getType()).isEqualTo("card_error");
                    assertThat(e.getCode()).isEqualTo("card_declined");
                    assertThat(e.getDeclineCode()).isEqualTo("insufficient_funds");
                    assertThat(e.getParam()).isEqualTo("source");
                    assertThat(e.getStripeMessage()).isEqualTo("Your card has insufficient funds.");
                    assertThat(e.getDocUrl()).isEqualTo("https://stripe.com/docs/error-codes/card-declined");
                    assertThat(e.getRequestId()).isEqualTo("req_9z");
                    assertThat(e.getRequestLogUrl()).isEqualTo("https://dashboard.stripe.com/test/logs/req_9z");
                    assertThat(e.getMethod()).isEqualTo(StripeMethod.POST);
                    assertThat(e.getPath()).isEqualTo("/v1/customers");
                    assertThat(e.getIdempotencyKey()).isEqualTo("order-6735");
                    assertThat(e.getAttempts()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("POST /v1/customers: Stripe answered HTTP 402 card_error"
                                                         + " (code card_declined, decline_code insufficient_funds,"
                                                         + " param source): Your card has insufficient funds."
                                                         + " [request req_9z]");
                });
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void aProxysHtmlPageStillGivesTheStatusAndASnippet() {
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(502)
                .withBody("<html>\n<body><h1>502 Bad Gateway</h1></body>\n</html>")));

        assertThatThrownBy(() -> client(0).execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                .isInstanceOfSatisfying(StripeApiErrorException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(502);
                    assertThat(e.getType()).isNull();
                    assertThat(e.getMessage()).isEqualTo("GET /v1/customers/cus_1: Stripe answered HTTP 502: Stripe"
                                                         + " (or a proxy in between)"
                                                         + " answered with a body that is not Stripe's error JSON:"
                                                         + " <html> <body><h1>502 Bad Gateway</h1></body> </html>");
                });
    }

    @Test
    void anEmptyErrorBodyIsNamedAsSuch() {
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(503).withHeader("Request-Id", "req_e")));

        assertThatThrownBy(() -> client(0).execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                .hasMessage("GET /v1/customers/cus_1: Stripe answered HTTP 503: Stripe (or a proxy in between)"
                            + " answered with an empty body [request req_e]");
    }

    @Test
    void stripeShouldRetryFalseStopsRetriesOfAServerError() {
        stripe.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(500)
                .withHeader("Stripe-Should-Retry", "false").withBody("{\"error\":{\"type\":\"api_error\"}}")));

        assertThatThrownBy(() -> client(2).execute(StripeRequest.post("/v1/customers", Map.of(), null), Map.class))
                .isInstanceOf(StripeApiException.class);
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void afterMaxRetriesTheLastErrorSurfaces() {
        // a lock_timeout 429, which Stripe marks as worth retrying
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(429).withHeader("Request-Id", "req_r")
                .withHeader("Stripe-Should-Retry", "true")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"lock_timeout\",\"message\":\"Locked\"}}")));

        assertThatThrownBy(() -> client(2).execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                .isInstanceOfSatisfying(StripeRateLimitException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("lock_timeout");
                    assertThat(e.getAttempts()).isEqualTo(3);
                });
        stripe.verify(3, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
        assertThat(time.sleepsMillis()).containsExactly(500L, 1000L);
    }

    @Test
    void aRateLimit429IsNotRetriedAndNamesStripesLimiter() {
        stripe.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(429).withHeader("Request-Id", "req_rl")
                .withHeader("Stripe-Rate-Limited-Reason", "global-rate")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"rate_limit\","
                          + "\"message\":\"Too many requests hit the API too quickly.\"}}")));

        assertThatThrownBy(() -> client(2).execute(StripeRequest.post("/v1/customers", Map.of(), "key-rl"), Map.class))
                .isInstanceOfSatisfying(StripeRateLimitException.class, e -> {
                    assertThat(e.getRateLimitedReason()).isEqualTo("global-rate");
                    assertThat(e.getIdempotencyKey()).isEqualTo("key-rl");
                    assertThat(e.getMessage()).isEqualTo("POST /v1/customers: Stripe answered HTTP 429"
                                                         + " invalid_request_error (code rate_limit, rate_limited_reason"
                                                         + " global-rate): Too many requests hit the API too quickly."
                                                         + " [request req_rl]");
                });
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(time.sleepsMillis()).isEmpty();
    }

    @Test
    void aResponseTimeoutOfASafeCallIsRetriedThenReported() {
        stripe.stubFor(get("/v1/customers/cus_slow").willReturn(okJson("{}").withFixedDelay(1500)));

        assertThatThrownBy(() -> client(1, null, null, null, Duration.ofMillis(500)).execute(StripeRequest.get("/v1/customers/cus_slow", Map.of()), Map.class))
                .isInstanceOf(StripeConnectionException.class)
                .hasMessageStartingWith("GET /v1/customers/cus_slow failed after 2 attempt(s): timed out");
        stripe.verify(2, getRequestedFor(urlEqualTo("/v1/customers/cus_slow")));
    }

    @Test
    void aSuccessBodyThatIsNotJsonIsReportedWithASnippet() {
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(200).withHeader("Request-Id", "req_h")
                .withBody("<html>maintenance</html>")));

        assertThatThrownBy(() -> client(0).execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                .isInstanceOf(StripeConnectionException.class)
                .hasMessage("GET /v1/customers/cus_1 answered HTTP 200 with a body that is not the expected JSON"
                            + " (request req_h): <html>maintenance</html>");
    }

    @Test
    void everyAttemptTakesAThrottlePermitAndAnExhaustedThrottleSendsNothing() {
        stripe.stubFor(post("/v1/customers").inScenario("once").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        stripe.stubFor(post("/v1/customers").inScenario("once").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"cus_1\"}")));
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(60), time);
        StripeClient client = client(2, limiter, null, null);

        client.execute(StripeRequest.post("/v1/customers", Map.of(), null), Map.class);

        assertThatThrownBy(() -> client.execute(StripeRequest.post("/v1/customers", Map.of(), null), Map.class))
                .isInstanceOf(StripeThrottleException.class)
                .hasMessageContaining("Stripe connection sk_test_**** allows 2 calls per PT1M");
        stripe.verify(2, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void aThrottleRefusalOfARetryReportsTheAttemptThatReachedStripe() {
        stripe.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(500).withHeader("Request-Id", "req_500")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}")));
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time); // the retry would wait a minute

        assertThatThrownBy(() -> client(2, limiter, null, null).execute(
                StripeRequest.post("/v1/customers", Map.of("email", "jo@example.com"), "key-500"), Map.class))
                .isInstanceOfSatisfying(StripeApiErrorException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(500);
                    assertThat(e.getRequestId()).isEqualTo("req_500");
                    assertThat(e.getAttempts()).isEqualTo(1);
                    assertThat(e.getIdempotencyKey()).isEqualTo("key-500");
                    assertThat(e.getSuppressed()).singleElement().isInstanceOfSatisfying(StripeThrottleException.class,
                            refusal -> assertThat(refusal.getMessage()).startsWith("POST /v1/customers: Throttled:"));
                });
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(limiter.heldPermits()).isZero();
    }

    @Test
    void aThrottleRefusalAfterATimeoutSaysThePostMayHaveBeenExecuted() {
        stripe.stubFor(post("/v1/customers").willReturn(okJson("{}").withFixedDelay(1500)));
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);

        assertThatThrownBy(() -> client(2, limiter, null, null, Duration.ofMillis(300)).execute(
                StripeRequest.post("/v1/customers", Map.of(), "key-slow"), Map.class))
                .isInstanceOfSatisfying(StripeConnectionException.class, e -> {
                    assertThat(e.nothingWasSent()).isFalse();
                    assertThat(e.getAttempts()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("POST /v1/customers failed after 1 attempt(s): timed out: no"
                                                         + " complete answer within the responseTimeout of 300 ms;"
                                                         + " Stripe may have executed it: resend it with"
                                                         + " Idempotency-Key key-slow to get its outcome");
                    assertThat(e.getSuppressed()).singleElement().isInstanceOf(StripeThrottleException.class);
                });
        assertThat(limiter.heldPermits()).isZero();
    }

    @Test
    void aThrottleRefusalOfTheFirstAttemptSaysNothingWasSent() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60), time);
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(okJson("{\"id\":\"cus_1\"}")));
        StripeClient client = client(0, limiter, null, null);
        client.execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);

        assertThatThrownBy(() -> client.execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                .isInstanceOfSatisfying(StripeThrottleException.class, e -> {
                    assertThat(e.getAttempts()).isZero();
                    assertThat(e.getPath()).isEqualTo("/v1/customers/cus_1");
                    assertThat(e.getMessage()).isEqualTo("GET /v1/customers/cus_1: Throttled: Stripe connection"
                                                         + " sk_test_**** allows 1 calls per PT1M; this call would have"
                                                         + " had to wait 60000 ms for a permit, more than the 0 ms"
                                                         + " allowed (rateLimitMaxWait)");
                });
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_1")));
    }

    @Test
    void anInterruptDuringTheRetryWaitReportsTheLastOutcome() {
        stripe.stubFor(get("/v1/customers/cus_1").willReturn(aResponse().withStatus(503).withHeader("Request-Id", "req_503")));
        TimeSource interrupting = RealTime.sleeping(nanos -> {
            throw new InterruptedException("stopping");
        });
        StripeClientSettings settings = new StripeClientSettings(KEY, URI.create(stripe.baseUrl()), null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO);
        StripeClient client = new StripeClient(transport, settings, null, new RetryPolicy(2, () -> 1.0), interrupting);

        try {
            assertThatThrownBy(() -> client.execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class))
                    .isInstanceOfSatisfying(StripeApiErrorException.class, e -> {
                        assertThat(e.getRequestId()).isEqualTo("req_503");
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class);
                    });
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void retriesAreLoggedAtDebugWithTheRequestIdButNeverTheKey() {
        stripe.stubFor(get("/v1/customers/cus_1").inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(409).withHeader("Request-Id", "req_conflict")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"lock_timeout\"}}"))
                .willSetStateTo("ok"));
        stripe.stubFor(get("/v1/customers/cus_1").inScenario("retry").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"cus_1\"}")));

        String logs;
        try (LogCapture capture = new LogCapture()) {
            client(2).execute(StripeRequest.get("/v1/customers/cus_1", Map.of()), Map.class);
            logs = capture.text();
        }

        assertThat(logs).contains("DEBUG dev.camelstripe.client.StripeClient - GET /v1/customers/cus_1 answered 409"
                                  + " lock_timeout (request req_conflict); retry 1 of 2 in 500 ms");
        assertThat(logs).doesNotContain(KEY).doesNotContain("51HxSecret");
        // HttpClient's header log is still there for troubleshooting, with the credential masked
        assertThat(logs).contains(">> Authorization: Bearer sk_test_****").contains(">> GET /v1/customers/cus_1 HTTP/1.1");
    }

    @Test
    void settingsNeverShowTheKey() {
        StripeClientSettings settings = client(0).getSettings();
        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=sk_test_****");
        assertThat(settings.describe()).isEqualTo("Stripe connection sk_test_****");
        assertThat(ApiKeys.mask("rk_live_abc")).isEqualTo("rk_live_****");
        assertThat(ApiKeys.mask("whatever")).isEqualTo("****");
        assertThat(ApiKeys.mask(null)).isEqualTo("<none>");
    }

    @Test
    void plainHttpIsRefusedUnlessLoopbackOrOptedIn() {
        StripeClientSettings.requireSecureApiBase(URI.create("https://api.stripe.com"), false);
        StripeClientSettings.requireSecureApiBase(URI.create("http://127.0.0.1:8080"), false);
        StripeClientSettings.requireSecureApiBase(URI.create("http://localhost:8080"), false);
        StripeClientSettings.requireSecureApiBase(URI.create("http://[::1]:8080"), false);
        StripeClientSettings.requireSecureApiBase(URI.create("http://stripe-proxy.internal"), true);

        assertThatThrownBy(() -> StripeClientSettings.requireSecureApiBase(URI.create("http://stripe-proxy.internal"), false))
                .hasMessage("apiBase http://stripe-proxy.internal is plain http to a host that is not loopback: the API"
                            + " key would travel in clear text. Use https, or set allowInsecureHttp=true if the network"
                            + " is trusted");
        assertThatThrownBy(() -> StripeClientSettings.requireSecureApiBase(URI.create("http://10.0.0.1"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StripeClientSettings.requireSecureApiBase(URI.create("ftp://x"), true))
                .hasMessage("apiBase must be an https:// URL, was ftp://x");
    }
}
