package dev.camelstripe.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.client.StripeCall;
import dev.camelstripe.client.StripeCallException;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.test.FakeTime;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link ApiFault} against every action that creates or updates, through a real route: a burst of faults that
 * the component must ride out, and a fault that does not go away. WireMock's journal proves how many POSTs reached
 * "Stripe" and that all of them carried one Idempotency-Key (so Stripe creates or updates once), the mock endpoint
 * proves what the route got, the fake clock how the client waited, and a log capture that the key was never logged.
 */
class ActionFaultMatrixTest {

    static final String KEY = "sk_test_51FaultMatrixSecretNeverLogged";
    /** Camel redeliveries of the route: enough to ride out a burst of two faults the client does not retry. */
    static final int BURST_REDELIVERIES = 2;
    /** A persistent fault: one Camel redelivery, to prove it reuses the key too. */
    static final int PERSISTENT_REDELIVERIES = 1;
    static final int BURST = 2;

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40)).build();

    enum Mode {
        BURST_THEN_SUCCESS("burst of " + BURST), PERSISTENT("persistent");

        final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An action under test: its endpoint, the POST it makes, and the Stripe object that comes back. */
    record Action(String operation, String path, String fixture, String objectIdHeader, Map<String, Object> body) {
        @Override
        public String toString() {
            return operation;
        }
    }

    static final List<Action> ACTIONS = List.of(
            new Action("createCustomer", "/v1/customers", "stripe/customer.json", null,
                    Map.of("email", "jenny.rosen@example.com", "name", "Jenny Rosen")),
            new Action("createProduct", "/v1/products", "stripe/product.json", null,
                    Map.of("name", "Gold plan")),
            new Action("updateCustomer", "/v1/customers/cus_NffrFeUfNV2Hib", "stripe/customer.json",
                    "cus_NffrFeUfNV2Hib", Map.of("description", "Gold member since 2023")),
            new Action("updateProduct", "/v1/products/prod_NWjs8kKbJWmuuc", "stripe/product.json",
                    "prod_NWjs8kKbJWmuuc", Map.of("active", false)));

    /** One scenario: a fault against an action in a mode. */
    record Case(ApiFault fault, Action action, Mode mode) {
        @Override
        public String toString() {
            return fault + " x " + action + " x " + mode;
        }
    }

    /** What a scenario asserted, as the page shows it. */
    record Row(Case of, String objectId, int clientRetries, int redeliveries, int posts, int keys, String routeGot,
               String exception) {
        List<String> cells() {
            return List.of(of.fault().description, of.action().operation(), of.mode().label,
                    String.valueOf(clientRetries), String.valueOf(redeliveries), String.valueOf(posts),
                    String.valueOf(keys), routeGot, exception);
        }

        /** A cell with what is the action's own (its path, its object id) put in general terms. */
        String general(String cell) {
            return cell.replace(of.action().path(), "{path}").replace(objectId, "{id}");
        }
    }

    /** A fault against an action in both modes: one line of the summary, or a part of one. */
    record Outcome(Row burst, Row persistent) {
        List<String> summaryCells() {
            return List.of(burst.of().fault().description,
                    burst.posts() + " / " + burst.clientRetries() + " / " + burst.redeliveries() + " / "
                    + burst.keys() + " / " + burst.general(burst.routeGot()),
                    persistent.posts() + " / " + persistent.redeliveries() + " / " + persistent.keys() + " / "
                    + persistent.routeGot(),
                    persistent.general(persistent.exception()));
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (ApiFault fault : ApiFault.values()) {
            for (Action action : ACTIONS) {
                for (Mode mode : Mode.values()) {
                    cases.add(new Case(fault, action, mode));
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> noObjectTwiceAndTheCauseIsNamed() {
        return MatrixDoc.matrix(ActionFaultMatrixTest.class, cases(), ActionFaultMatrixTest::run,
                ActionFaultMatrixTest::page);
    }

    static Row run(Case scenario) throws Exception {
        ApiFault fault = scenario.fault();
        Action action = scenario.action();
        Mode mode = scenario.mode();
        stripe.resetAll();
        String requestId = ApiFault.requestIdFor(fault);
        String fixture = fixture(action.fixture());
        String objectId = StripeJsonIds.idOf(fixture);
        stubFaults(fault, action, mode, requestId, fixture);
        int redeliveries = mode == Mode.BURST_THEN_SUCCESS ? BURST_REDELIVERIES : PERSISTENT_REDELIVERIES;

        FakeTime time = new FakeTime();
        CamelContext context = new DefaultCamelContext();
        String logs;
        Exchange result;
        MockEndpoint out;
        try (QuietLogCapture log = new QuietLogCapture()) {
            StripeComponent component = new StripeComponent();
            component.getConfiguration().setApiKey(KEY);
            component.getConfiguration().setApiBase(stripe.baseUrl());
            component.getConfiguration().setMaxRetries(ApiFault.MAX_RETRIES);
            component.getConfiguration().setRateLimit(0);
            component.setTimeSource(time);
            context.addComponent("stripe", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(defaultErrorHandler().maximumRedeliveries(redeliveries).redeliveryDelay(0)
                            .logRetryAttempted(true).logExhausted(true).logStackTrace(true));
                    // the key is set on the component: Camel core logs endpoint URIs verbatim at TRACE
                    from("direct:call").to("stripe:" + action.operation() + "?maxRetries=" + ApiFault.MAX_RETRIES
                                           + fault.endpointOptions())
                            .to("mock:out");
                }
            });
            context.start();
            out = context.getEndpoint("mock:out", MockEndpoint.class);
            result = context.createProducerTemplate().send("direct:call", exchange -> {
                exchange.getMessage().setBody(action.body());
                if (action.objectIdHeader() != null) {
                    exchange.getMessage().setHeader(StripeConstants.OBJECT_ID, action.objectIdHeader());
                }
            });
            context.stop();
            logs = log.text();
        }

        // what reached "Stripe": every attempt of every delivery, all under one Idempotency-Key
        List<LoggedRequest> posts = stripe.findAll(postRequestedFor(urlEqualTo(action.path())));
        List<String> keys = posts.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().toList();
        int deliveries = mode == Mode.PERSISTENT ? 1 + redeliveries
                : fault.clientRetries ? 1 : 1 + BURST;
        int expectedPosts = mode == Mode.PERSISTENT ? deliveries * fault.attemptsPerCall() : BURST + 1;
        assertThat(posts).as("POSTs WireMock received").hasSize(expectedPosts);
        assertThat(keys).as("Idempotency-Key values").hasSize(1).doesNotContainNull();
        assertThat(keys.get(0)).startsWith("camel-");
        assertThat(posts).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + KEY));

        // how the client waited between its own retries: Stripe's back-off, or at least Retry-After
        int clientRetries = expectedPosts - deliveries;
        assertThat(time.sleepsMillis()).as("client back-off waits").hasSize(clientRetries);
        assertThat(time.sleepsMillis()).as("client back-off waits: %s", fault.waitsInDoc())
                .allMatch(fault::allowsWait);

        String routeGot;
        String userException;
        if (mode == Mode.BURST_THEN_SUCCESS) {
            assertThat(result.getException()).as("exchange exception").isNull();
            assertThat(out.getReceivedExchanges()).hasSize(1);
            Exchange delivered = out.getReceivedExchanges().get(0);
            assertThat(delivered.getMessage().getBody(StripeObject.class).getId()).isEqualTo(objectId);
            assertThat(delivered.getMessage().getHeader(StripeConstants.OBJECT_ID)).isEqualTo(objectId);
            assertThat(delivered.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY)).isEqualTo(keys.get(0));
            assertThat(delivered.getMessage().getHeader(StripeConstants.REQUEST_ID)).isEqualTo("req_ok");
            assertThat(delivered.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class))
                    .isEqualTo(deliveries - 1);
            routeGot = "1 × " + objectId;
            userException = "none";
        } else {
            Exception failure = result.getException();
            assertThat(failure).isExactlyInstanceOf(fault.exceptionType);
            // every message names the call; a network failure or an unreadable answer also the key to resend it with
            assertThat(failure.getMessage()).startsWith("POST " + action.path());
            for (String fragment : fault.expectedMessageFragments(requestId)) {
                assertThat(failure.getMessage()).contains(fragment);
            }
            if (failure instanceof StripeConnectionException) {
                assertThat(failure.getMessage()).contains("resend it with Idempotency-Key " + keys.get(0) + " ");
            }
            // and carries the call: its key and the attempts of the last delivery
            StripeCall call = ((StripeCallException) failure).getCall();
            assertThat(call.idempotencyKey()).isEqualTo(keys.get(0));
            assertThat(call.attempts()).isEqualTo(fault.attemptsPerCall());
            assertThat(out.getReceivedExchanges()).isEmpty();
            routeGot = "nothing";
            userException = "`" + failure.getClass().getSimpleName() + "`: "
                            + failure.getMessage().replace(keys.get(0), MatrixDoc.KEY_IN_DOC);
        }

        // the key is in no log line, though the capture saw the calls
        assertThat(logs).doesNotContain(KEY).doesNotContain(KEY.substring(8));
        assertThat(logs).contains(action.path());
        // HttpClient's header log was on and printed the Authorization header, masked
        assertThat(logs).contains(">> Authorization: Bearer ");

        return new Row(scenario, objectId, clientRetries, deliveries - 1, posts.size(), keys.size(), routeGot,
                userException);
    }

    /** The page's sections this matrix owns: the fault catalogue, the summary, and every row. */
    static Map<String, String> page(List<Row> rows) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("faults", MatrixDoc.table(
                List.of("fault", "WireMock answer", "client retries it?", "wait before each client retry",
                        "exception once retries are exhausted"),
                Stream.of(ApiFault.values()).map(f -> List.of(f.description, f.answerInDoc(),
                        f.clientRetries ? "yes" : "no", f.waitsInDoc(),
                        "`" + f.exceptionType.getSimpleName() + "`")).toList()));
        // a fault's two modes against one action make one outcome; actions whose outcomes agree share a summary row
        Map<Case, Row> byCase = new HashMap<>();
        rows.forEach(row -> byCase.put(row.of(), row));
        List<Outcome> outcomes = rows.stream().filter(row -> row.of().mode() == Mode.BURST_THEN_SUCCESS)
                .map(burst -> new Outcome(burst,
                        byCase.get(new Case(burst.of().fault(), burst.of().action(), Mode.PERSISTENT))))
                .toList();
        sections.put("actions-summary", rows.size() + " scenarios: " + ApiFault.values().length + " faults × "
                + ACTIONS.size() + " actions × " + Mode.values().length + " modes.\n\n" + MatrixDoc.table(
                List.of("fault", "actions", "burst of " + BURST + ": POSTs / client retries / Camel redeliveries /"
                        + " distinct keys / route got", "persistent: POSTs / Camel redeliveries / distinct keys /"
                        + " route got", "exception the user sees when the fault persists"),
                MatrixDoc.condense(outcomes, Outcome::summaryCells, o -> o.burst().of().action().operation(), 1)));
        sections.put("actions-full", MatrixDoc.table(List.of("fault", "action", "mode", "client retries",
                "Camel redeliveries", "POSTs WireMock saw", "distinct Idempotency-Keys", "route got",
                "exception the user sees"), rows.stream().map(Row::cells).toList()));
        return sections;
    }

    private static void stubFaults(ApiFault fault, Action action, Mode mode, String requestId, String fixture) {
        if (mode == Mode.PERSISTENT) {
            stripe.stubFor(post(urlEqualTo(action.path())).willReturn(fault.response(requestId)));
            return;
        }
        String state = Scenario.STARTED;
        for (int i = 1; i <= BURST; i++) {
            String next = "after fault " + i;
            stripe.stubFor(post(urlEqualTo(action.path())).inScenario("burst").whenScenarioStateIs(state)
                    .willReturn(fault.response(requestId)).willSetStateTo(next));
            state = next;
        }
        stripe.stubFor(post(urlEqualTo(action.path())).inScenario("burst").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Request-Id", "req_ok").withBody(fixture)));
    }

    static String fixture(String path) {
        try (InputStream in = ActionFaultMatrixTest.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
