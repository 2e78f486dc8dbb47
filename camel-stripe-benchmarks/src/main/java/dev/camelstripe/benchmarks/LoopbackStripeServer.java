package dev.camelstripe.benchmarks;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The one Stripe every benchmark talks to: WireMock's Jetty on 127.0.0.1, answering POST /v1/customers with a full
 * customer and GET /v1/customers with generated pages. Journal, request logging and gzip are off so the server
 * spends as little as it can per call and every client receives the same bytes.
 */
final class LoopbackStripeServer implements AutoCloseable {

    static final String API_KEY = "sk_test_benchmark_loopback_only";

    private final WireMockServer server;
    private final RequestTimestamps timestamps = new RequestTimestamps();
    private final CustomerPagesTransformer customerPages = new CustomerPagesTransformer();

    LoopbackStripeServer() {
        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(32)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .gzipDisabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensions(customerPages, timestamps));
        server.start();
        server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(okJson(CustomerJson.SAMPLE)
                .withHeader("Request-Id", "req_benchmark")));
        serveCustomers(0);
    }

    /** From now on GET /v1/customers lists {@code count} virtual customers. */
    void serveCustomers(int count) {
        server.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(okJson("{}")
                .withTransformers(CustomerPagesTransformer.NAME)
                .withTransformerParameter(CustomerPagesTransformer.SIZE, count)));
    }

    /** From now on each GET /v1/customers answer takes this long, as Stripe's do; zero answers at once. */
    void listAnswerTime(Duration time) {
        customerPages.answerTime(time);
    }

    /** GET /v1/customers calls answered since the server started. */
    long customerListCalls() {
        return customerPages.listCalls();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    RequestTimestamps timestamps() {
        return timestamps;
    }

    @Override
    public void close() {
        server.stop();
    }
}
