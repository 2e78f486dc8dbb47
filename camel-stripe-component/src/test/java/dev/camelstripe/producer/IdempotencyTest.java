package dev.camelstripe.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.test.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ExchangeHelper;
import org.apache.camel.support.SimpleUuidGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Idempotency-Key: one per step, the same on that step's redelivery, the caller's when the route sets one.
 * "Stripe" is WireMock: its journal shows the keys a real Stripe would have received, so whether one object or two
 * would exist.
 */
class IdempotencyTest extends ProducerTestSupport {

    static final String MADE_KEY = "camel-[0-9a-f]{32}-[0-9a-f]+";
    static final Map<String, Object> JENNY = Map.of("email", "jenny.rosen@example.com");
    static final String JENNY_FORM = "email=jenny.rosen%40example.com";

    /** Exchange ids seen by the copies test, to prove they share the original's. */
    final List<String> copyIds = new ArrayList<>();

    @Override
    RouteBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the client's own retries are off (maxRetries=0): this is Camel redelivering the same step
                from("direct:createCustomer")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0))
                        .to("stripe:createCustomer");
                from("direct:createWithShortTimeout")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0))
                        .to("stripe:createCustomer?responseTimeout=250");

                from("direct:createThenUpdate")
                        .to("stripe:createCustomer")
                        .setBody(constant(Map.of("description", "updated")))
                        .to("stripe:updateCustomer");

                from("direct:twoIdenticalSteps")
                        .setBody(constant(JENNY)).to("stripe:createCustomer")
                        .setBody(constant(JENNY)).to("stripe:createCustomer");

                from("direct:create").to("stripe:createCustomer");
                from("direct:sameStepTwice")
                        .setBody(constant(JENNY)).to("direct:create")
                        .setBody(constant(JENNY)).to("direct:create");

                from("direct:loop").loop(2).setBody(constant(JENNY)).to("stripe:createCustomer").end();
                from("direct:loopCopy").loop(2).copy().to("stripe:createCustomer").end();
                from("direct:split").split(body()).to("stripe:createCustomer").end();
                from("direct:multicast").multicast().to("direct:create", "direct:create").end();
                // copies that keep the exchange id and the properties
                from("direct:copies").process(exchange -> {
                    ProducerTemplate copies = exchange.getContext().createProducerTemplate();
                    for (int i = 0; i < 2; i++) {
                        Exchange copy = ExchangeHelper.createCopy(exchange, true);
                        copyIds.add(copy.getExchangeId());
                        copies.send("direct:create", copy);
                    }
                    copyIds.add(exchange.getExchangeId());
                });

                // a failure the route handles leaves that step's key on the exchange: the next iteration, or a
                // copy made afterwards, is another call all the same
                from("direct:loopAfterAHandledFailure").loop(2)
                        .doTry().setBody(constant(JENNY)).to("stripe:createCustomer")
                        .doCatch(StripeApiException.class).end()
                        .end();
                from("direct:splitAfterAHandledFailure")
                        .doTry().setBody(constant(JENNY)).to("direct:create")
                        .doCatch(StripeApiException.class).end()
                        .split(constant(List.of(1, 2))).setBody(constant(JENNY)).to("direct:create").end();
            }
        };
    }

    private List<String> keysSentTo(String path) {
        return stripe.findAll(postRequestedFor(urlEqualTo(path))).stream().map(r -> r.getHeader("Idempotency-Key"))
                .toList();
    }

    private void customersAnswer500ThenOk() {
        stripe.stubFor(post("/v1/customers").inScenario("500 then ok").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Request-Id", "req_500")
                        .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong.\"}}"))
                .willSetStateTo("recovered"));
        stripe.stubFor(post("/v1/customers").inScenario("500 then ok").whenScenarioStateIs("recovered")
                .willReturn(stripeOk("stripe/customer.json", "req_ok")));
    }

    private void customersAnswerOk() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_ok")));
    }

    /** Every POST carried JENNY's form, and each had a key of its own: as many customers as POSTs. */
    private void assertDistinctCreates(int creates) {
        List<LoggedRequest> posts = stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(posts).hasSize(creates).extracting(LoggedRequest::getBodyAsString).containsOnly(JENNY_FORM);
        assertThat(keysSentTo("/v1/customers")).hasSize(creates).doesNotHaveDuplicates().allMatch(k -> k.matches(MADE_KEY));
    }

    @Test
    void aRedeliveryAfterA500SendsTheSameKeyAndCreatesOneCustomer() {
        customersAnswer500ThenOk();

        Object body = template.requestBody("direct:createCustomer",
                new CustomerParams().email("jenny.rosen@example.com"));

        assertThat(body).isInstanceOf(Customer.class);
        assertThat(((Customer) body).getId()).isEqualTo("cus_NffrFeUfNV2Hib");
        List<LoggedRequest> posts = stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(posts).hasSize(2);
        assertThat(posts).extracting(LoggedRequest::getBodyAsString).containsOnly(JENNY_FORM);
        assertThat(posts.get(0).getHeader("Idempotency-Key")).matches(MADE_KEY)
                .isEqualTo(posts.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void aRedeliveryAfterAReadTimeoutSendsTheSameKey() {
        stripe.stubFor(post("/v1/customers").inScenario("slow then ok").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(stripeOk("stripe/customer.json", "req_slow").withFixedDelay(1_500))
                .willSetStateTo("fast"));
        stripe.stubFor(post("/v1/customers").inScenario("slow then ok").whenScenarioStateIs("fast")
                .willReturn(stripeOk("stripe/customer.json", "req_ok")));

        Exchange result = template.send("direct:createWithShortTimeout", e -> e.getMessage().setBody(JENNY));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).isEqualTo(1);
        List<String> keys = keysSentTo("/v1/customers");
        assertThat(keys).hasSize(2).allMatch(k -> k.matches(MADE_KEY));
        assertThat(keys.get(1)).isEqualTo(keys.get(0));
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY)).isEqualTo(keys.get(0));
    }

    @Test
    void whenStripeKeepsFailingEveryRedeliveryReusesTheKeyAndTheErrorSurfaces() {
        stripe.stubFor(post("/v1/customers").willReturn(aResponse().withStatus(500).withHeader("Request-Id", "req_500")
                .withBody("{\"error\":{\"type\":\"api_error\"}}")));

        var result = template.send("direct:createCustomer", e -> e.getMessage().setBody(JENNY));

        assertThat(result.getException()).isInstanceOf(StripeApiException.class);
        assertThat(keysSentTo("/v1/customers")).hasSize(2).containsOnly(keysSentTo("/v1/customers").get(0));
    }

    @Test
    void twoExchangesWithTheSameBodyGetDifferentKeys() {
        customersAnswerOk();

        send("stripe:createCustomer", JENNY);
        send("stripe:createCustomer", JENNY);

        assertDistinctCreates(2);
    }

    static Stream<Arguments> createsThatAreEachTheirOwnCall() {
        return Stream.of(
                Arguments.of("two identical create steps in one exchange", "direct:twoIdenticalSteps", null),
                Arguments.of("the same step run twice on one exchange", "direct:sameStepTwice", null),
                Arguments.of("each iteration of a loop", "direct:loop", null),
                Arguments.of("each iteration of a loop with copy", "direct:loopCopy", JENNY),
                Arguments.of("each part of a split", "direct:split", List.of(JENNY, JENNY)),
                Arguments.of("each branch of a multicast", "direct:multicast", JENNY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("createsThatAreEachTheirOwnCall")
    void createsACustomerOfItsOwn(String what, String route, Object body) {
        customersAnswerOk();

        template.sendBody(route, body);

        assertDistinctCreates(2);
    }

    @Test
    void copiesThatShareTheExchangeIdCreateACustomerEach() {
        customersAnswerOk();

        template.sendBody("direct:copies", JENNY);

        assertThat(copyIds).hasSize(3).containsOnly(copyIds.get(2)); // the premise: one exchange id for all
        assertDistinctCreates(2);
    }

    @Test
    void aFailureTheRouteHandledDoesNotGiveItsKeyToTheNextIteration() {
        customersAnswer500ThenOk();

        template.sendBody("direct:loopAfterAHandledFailure", null);

        assertDistinctCreates(2);
    }

    @Test
    void aFailureTheRouteHandledDoesNotGiveItsKeyToCopiesMadeAfterwards() {
        customersAnswer500ThenOk();

        template.sendBody("direct:splitAfterAHandledFailure", null);

        // the failed call, then one customer per part: the parts inherit the failed step's key, and must not use it
        assertDistinctCreates(3);
    }

    @Test
    void keysNeverRepeatAcrossRestartsEvenWhenExchangeIdsDo() throws Exception {
        customersAnswerOk();
        List<String> exchangeIds = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            CamelContext restarted = new DefaultCamelContext();
            restarted.setUuidGenerator(new SimpleUuidGenerator()); // ids start again at 1 on every start
            restarted.addComponent("stripe", component(stripe.baseUrl(), time));
            restarted.start();
            try {
                Exchange sent = restarted.createProducerTemplate().send("stripe:createCustomer",
                        e -> e.getMessage().setBody(JENNY));
                exchangeIds.add(sent.getExchangeId());
            } finally {
                restarted.stop();
            }
        }

        assertThat(exchangeIds).hasSize(2).containsOnly(exchangeIds.get(0));
        assertDistinctCreates(2);
    }

    @Test
    void aCallersKeyIsSentAsIs() {
        customersAnswerOk();

        var result = send("stripe:createCustomer", JENNY,
                Map.of(StripeConstants.IDEMPOTENCY_KEY, "ID:jms-broker-1234-1:1:1:1"));

        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers"))
                .withHeader("Idempotency-Key", equalTo("ID:jms-broker-1234-1:1:1:1")));
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY)).isEqualTo("ID:jms-broker-1234-1:1:1:1");
    }

    @Test
    void aCallersKeyIsSentAgainByTheRedeliveryOfItsStep() {
        customersAnswer500ThenOk();

        template.sendBodyAndHeader("direct:createCustomer", JENNY, StripeConstants.IDEMPOTENCY_KEY, "order-42");

        assertThat(keysSentTo("/v1/customers")).containsExactly("order-42", "order-42");
    }

    @Test
    void theKeyOfOneCallIsNotReusedForTheNextCallOfTheSameExchange() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_c")));
        stripe.stubFor(post("/v1/customers/cus_NffrFeUfNV2Hib").willReturn(stripeOk("stripe/customer.json", "req_u")));

        template.requestBodyAndHeader("direct:createThenUpdate", JENNY, StripeConstants.IDEMPOTENCY_KEY, "order-42");

        // the update is addressed by the id the create put in CamelStripeObjectId
        stripe.verify(1, postRequestedFor(urlEqualTo("/v1/customers/cus_NffrFeUfNV2Hib"))
                .withRequestBody(equalTo("description=updated")));
        assertThat(keysSentTo("/v1/customers")).containsExactly("order-42");
        assertThat(keysSentTo("/v1/customers/cus_NffrFeUfNV2Hib")).singleElement().asString().matches(MADE_KEY);
    }

    @Test
    void aReplayedAnswerIsFlaggedInAHeaderAndLoggedAtDebug() {
        stripe.stubFor(post("/v1/customers").willReturn(stripeOk("stripe/customer.json", "req_first")
                .withHeader("Idempotent-Replayed", "true")));
        Exchange result;
        String logs;
        try (LogCapture capture = new LogCapture()) {
            result = send("stripe:createCustomer", JENNY, Map.of(StripeConstants.IDEMPOTENCY_KEY, "order-42"));
            logs = capture.text();
        }

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENT_REPLAYED)).isEqualTo(true);
        assertThat(logs).contains("DEBUG dev.camelstripe.producer.StripeProducer - createCustomer POST /v1/customers:"
                                  + " Stripe replayed the answer it stored for Idempotency-Key order-42 (request"
                                  + " req_first): the call had been made before and was not made again");
    }

    @Test
    void aFreshAnswerIsFlaggedNotReplayed() {
        customersAnswerOk();

        Exchange result = send("stripe:createCustomer", JENNY);

        assertThat(result.getMessage().getHeader(StripeConstants.IDEMPOTENT_REPLAYED)).isEqualTo(false);
    }

    @Test
    void aRequestThatNeverReachedStripeLeavesTheMessageAsItWas() {
        Exchange result = send("stripe:createCustomer?apiBase=http://127.0.0.1:1", JENNY,
                Map.of(StripeConstants.OPERATION, "createCustomer", StripeConstants.IDEMPOTENCY_KEY, "order-42"));

        assertThat(result.getException()).isInstanceOf(StripeConnectionException.class);
        assertThat(result.getMessage().getHeaders()).containsEntry(StripeConstants.OPERATION, "createCustomer")
                .containsEntry(StripeConstants.IDEMPOTENCY_KEY, "order-42")
                .doesNotContainKey(StripeConstants.OBJECT_ID);
        assertThat(result.getMessage().getBody()).isEqualTo(JENNY);
    }
}
