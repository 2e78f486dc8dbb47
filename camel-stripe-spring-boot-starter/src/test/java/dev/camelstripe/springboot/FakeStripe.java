package dev.camelstripe.springboot;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A loopback Stripe on a free port: a customer to create, one charge to list. */
final class FakeStripe {

    static final String CUSTOMER = """
            {"id": "cus_boot1", "object": "customer", "created": 1717000000, "email": "jo@example.com"}""";
    static final String ONE_CHARGE = """
            {"object": "list", "url": "/v1/charges", "has_more": false, "data": [
              {"id": "ch_boot1", "object": "charge", "created": 1717000100, "amount": 2500, "currency": "eur",
               "status": "succeeded"}]}""";
    static final String NO_CHARGES = """
            {"object": "list", "url": "/v1/charges", "has_more": false, "data": []}""";

    static final String INVALID_KEY = """
            {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided: sk_test_***oot1"}}""";

    private FakeStripe() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(okJson(CUSTOMER)));
        server.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("ending_before", absent())
                .willReturn(okJson(ONE_CHARGE)));
        server.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("ending_before", matching(".+"))
                .willReturn(okJson(NO_CHARGES)));
        server.stubFor(get(urlPathEqualTo("/v1/customers")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_boot401")
                .withBody(INVALID_KEY)));
        return server;
    }

    static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }
}
