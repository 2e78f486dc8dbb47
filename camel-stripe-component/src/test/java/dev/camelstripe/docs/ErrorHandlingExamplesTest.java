package dev.camelstripe.docs;

import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.client.StripeCardException;
import dev.camelstripe.client.StripeInvalidRequestException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.model.Customer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the onException samples of docs/errors.md against WireMock, with real Stripe calls and real exceptions. */
class ErrorHandlingExamplesTest {

    static final String KEY = "sk_test_docsErrorHandling";

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private CamelContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    /** Starts a context whose direct:call-stripe makes {@code request} through a started stripe: endpoint. */
    private ProducerTemplate start(StripeRequest request) throws Exception {
        context = new DefaultCamelContext();
        StripeEndpoint endpoint = context.getEndpoint("stripe:createCustomer?maxRetries=0&apiKey=" + KEY + "&apiBase="
                                                      + stripe.baseUrl(), StripeEndpoint.class);
        context.addRoutes(new ErrorHandlingRoute(exchange -> exchange.getMessage().setBody(
                endpoint.getClient().execute(request, Customer.class).body())));
        context.start();
        endpoint.start();
        return context.createProducerTemplate();
    }

    @Test
    void aDeclineIsHandledWithTheStripeFacts() throws Exception {
        stripe.stubFor(post(urlEqualTo("/v1/customers")).willReturn(aResponse().withStatus(402)
                .withHeader("Request-Id", "req_decl1")
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "card_error", "code": "card_declined", "decline_code": "insufficient_funds",
                          "message": "Your card has insufficient funds.", "param": "source",
                          "doc_url": "https://stripe.com/docs/error-codes/card-declined"}}""")));

        Exchange result = start(StripeRequest.post("/v1/customers", Map.of("source", "tok_chargeDeclined"), "key-1"))
                .send("direct:call-stripe", exchange -> {
                });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class))
                .isEqualTo("Declined: Your card has insufficient funds. [req_decl1]");
        assertThat(result.getMessage().getHeader("declineCode")).isEqualTo("insufficient_funds");
        StripeCardException caught = result.getProperty(Exchange.EXCEPTION_CAUGHT, StripeCardException.class);
        assertThat(caught.getStatus()).isEqualTo(402);
        assertThat(caught.getType()).isEqualTo("card_error");
        assertThat(caught.getCode()).isEqualTo("card_declined");
        assertThat(caught.getParam()).isEqualTo("source");
        assertThat(caught.getDocUrl()).isEqualTo("https://stripe.com/docs/error-codes/card-declined");
        assertThat(caught.getIdempotencyKey()).isEqualTo("key-1");
        assertThat(caught.getMessage()).isEqualTo("POST /v1/customers: Stripe answered HTTP 402 card_error (code"
                                                  + " card_declined, decline_code insufficient_funds, param source):"
                                                  + " Your card has insufficient funds. [request req_decl1]");
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo("key-1"))
                .withRequestBody(equalTo("source=tok_chargeDeclined")));
    }

    @Test
    void anotherStripeErrorIsNotHandledByTheCardClause() throws Exception {
        stripe.stubFor(get(urlEqualTo("/v1/customers/cus_gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Request-Id", "req_404")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"resource_missing\","
                          + " \"param\": \"id\", \"message\": \"No such customer: 'cus_gone'\"}}")));

        Exchange result = start(StripeRequest.get("/v1/customers/cus_gone", Map.of()))
                .send("direct:call-stripe", exchange -> {
                });

        StripeInvalidRequestException failure = result.getException(StripeInvalidRequestException.class);
        assertThat(failure.getStatus()).isEqualTo(404);
        assertThat(failure.getCode()).isEqualTo("resource_missing");
        assertThat(failure.getRequestId()).isEqualTo("req_404");
        stripe.verify(1, getRequestedFor(urlEqualTo("/v1/customers/cus_gone")));
    }

    @Test
    void aConnectionFailureIsRedeliveredByCamel() throws Exception {
        String url = "/v1/customers/cus_1";
        stripe.stubFor(get(urlEqualTo(url)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("second"));
        stripe.stubFor(get(urlEqualTo(url)).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        stripe.stubFor(get(urlEqualTo(url)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("{\"id\": \"cus_1\", \"object\": \"customer\", \"email\": \"jenny.rosen@example.com\"}")));

        Exchange result = start(StripeRequest.get(url, Map.of())).send("direct:call-stripe", exchange -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(Customer.class).getEmail()).isEqualTo("jenny.rosen@example.com");
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).isEqualTo(2);
        stripe.verify(3, getRequestedFor(urlEqualTo(url))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void aRateLimit429IsRedeliveredAfterADelay() throws Exception {
        String url = "/v1/customers/cus_1";
        stripe.stubFor(get(urlEqualTo(url)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Request-Id", "req_429")
                        .withHeader("Stripe-Rate-Limited-Reason", "global-rate")
                        .withBody("{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"rate_limit\"}}"))
                .willSetStateTo("free"));
        stripe.stubFor(get(urlEqualTo(url)).inScenario("limited").whenScenarioStateIs("free")
                .willReturn(okJson("{\"id\": \"cus_1\", \"object\": \"customer\"}")));
        long start = System.nanoTime();

        Exchange result = start(StripeRequest.get(url, Map.of())).send("direct:call-stripe", exchange -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).isEqualTo(1);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2_000_000_000L); // the clause's delay
        stripe.verify(2, getRequestedFor(urlEqualTo(url)));
    }
}
