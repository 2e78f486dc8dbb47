package dev.camelstripe.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.test.FakeStripeLists;
import dev.camelstripe.test.FakeTime;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The four triggers polling a stateful list server ({@link FakeStripeLists}, a missing cursor answered 400) while it
 * fails or changes: every {@link ApiFault} injected into the middle of paging, as a burst the client rides out and as
 * a run that outlasts its retries, and a page that changes between two requests (objects inserted at the newest end,
 * an undelivered object deleted, the cursor object deleted) together with a 429. Each route must get every object
 * exactly once, oldest first; a failed poll must be retried with the same page request; the exception the consumer's
 * handler gets must name the cause; the key must be in no log line.
 */
class TriggerFaultMatrixTest {

    static final String KEY = "sk_test_51TriggerFaultsSecretNeverLogged";
    static final long BASE = 1_700_000_000L;
    static final int PAGE_SIZE = 3;
    /** The list request that fails first: the second ending_before page, after five objects were delivered. */
    static final int FIRST_FAULTED_REQUEST = 4;
    /** List requests of a poll from the beginning until it has caught up, when nothing fails (see the plan below). */
    static final int REQUESTS_UNTIL_CAUGHT_UP = 5;

    static final FakeStripeLists LISTS = new FakeStripeLists();

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40).extensions(LISTS)).build();

    static final MatrixReport REPORT = new MatrixReport("fault-matrix-triggers.md", "fault", "trigger",
            "faulted list requests", "failed polls (exception to the handler)", "list requests until caught up",
            "delivered (exact, in order)", "exception the consumer's handler got");

    /** A trigger under test: its endpoint, list path, and the JSON of one of its objects. */
    record Trigger(String operation, String path, String prefix, String jsonTemplate) {
        String json(String id, long created) {
            return jsonTemplate.replace("$ID", id).replace("$CREATED", Long.toString(created));
        }

        String id(int n) {
            return prefix + String.format("%03d", n);
        }

        @Override
        public String toString() {
            return operation;
        }
    }

    static final List<Trigger> TRIGGERS = List.of(
            new Trigger("newCustomers", "/v1/customers", "cus_f",
                    "{\"id\":\"$ID\",\"object\":\"customer\",\"created\":$CREATED,\"email\":\"$ID@example.com\","
                    + "\"livemode\":false}"),
            new Trigger("newCharges", "/v1/charges", "ch_f",
                    "{\"id\":\"$ID\",\"object\":\"charge\",\"created\":$CREATED,\"amount\":1099,\"currency\":\"usd\","
                    + "\"paid\":true,\"status\":\"succeeded\",\"outcome\":{\"type\":\"authorized\","
                    + "\"network_status\":\"approved_by_network\",\"risk_level\":\"normal\"}}"),
            new Trigger("newInvoiceItems", "/v1/invoiceitems", "ii_f",
                    "{\"id\":\"$ID\",\"object\":\"invoiceitem\",\"date\":$CREATED,\"amount\":500,"
                    + "\"currency\":\"usd\",\"customer\":\"cus_f001\"}"),
            new Trigger("newOrders", "/v1/orders", "or_f",
                    "{\"id\":\"$ID\",\"object\":\"order\",\"created\":$CREATED,\"amount_total\":1000,"
                    + "\"currency\":\"usd\",\"status\":\"open\"}"));

    /**
     * Seven objects, 004 and 005 in one second; pages of three. A poll from the beginning: 1 the newest page
     * (007..005), 2 the search for the oldest page, created in [0, BASE + 2) (001, 002: delivered), 3 ending_before=002
     * (003..005), 4 ending_before=005 (006, 007), 5 ending_before=007 (empty: caught up).
     */
    static final long[] CREATED = { BASE, BASE + 1, BASE + 2, BASE + 3, BASE + 3, BASE + 4, BASE + 5 };

    enum Change {
        INSERT_NEWEST_DURING_PAGING, DELETE_UNDELIVERED_BETWEEN_PAGES, DELETE_CURSOR_BETWEEN_PAGES
    }

    @BeforeEach
    void resetServer() {
        stripe.resetAll();
        LISTS.reset();
        LISTS.cursorMissingStatus(400);
        stripe.stubFor(get(urlPathMatching("/v1/(customers|charges|invoiceitems|orders)"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()));
    }

    @AfterAll
    static void writeMatrix() {
        REPORT.write();
    }

    static Stream<Arguments> faults() {
        List<Arguments> cases = new ArrayList<>();
        for (ApiFault fault : ApiFault.values()) {
            for (Trigger trigger : TRIGGERS) {
                // a run of faults that outlasts the client's retries, for every trigger; a burst the retries absorb
                // (for retried faults) for the two main ones, to keep the suite's time in bounds
                cases.add(Arguments.of(fault, trigger, ApiFault.MAX_RETRIES + 2));
                if (trigger.operation().equals("newCustomers") || trigger.operation().equals("newCharges")) {
                    cases.add(Arguments.of(fault, trigger, ApiFault.MAX_RETRIES));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} x {1} x {2} faulted requests")
    @MethodSource("faults")
    void aFaultMidPagingLosesAndRepeatsNothing(ApiFault fault, Trigger trigger, int faulted) throws Exception {
        seed(trigger, 7);
        fail(FIRST_FAULTED_REQUEST, faulted, fault);
        List<String> expected = IntStream.rangeClosed(1, 7).mapToObj(trigger::id).toList();

        Run run = run(trigger, fault.endpointOptions(), expected);

        int failedPolls = fault.clientRetries ? faulted / fault.attemptsPerCall() : faulted;
        assertThat(run.delivered()).as("served: %s", run.served()).containsExactlyElementsOf(expected);
        assertThat(run.faulted()).hasSize(faulted);
        // a retried request, by the client or by the next poll, asks for the very same page
        for (FakeStripeLists.Served bad : run.faulted()) {
            assertThat(run.served().get(bad.number()).query()).isEqualTo(bad.query());
        }
        assertThat(run.firstCaughtUp()).as("list requests until caught up: %s", run.served()).isEqualTo(REQUESTS_UNTIL_CAUGHT_UP + faulted);
        assertThat(run.exceptions()).hasSize(failedPolls);
        for (Throwable failure : run.exceptions()) {
            assertThat(failure).isExactlyInstanceOf(fault.exceptionType);
            String requestId = ApiFault.requestIdFor(fault) + "_";
            for (String fragment : fault.expectedMessageFragments(requestId)) {
                if (fragment.startsWith("(request ")) {
                    fragment = "(request " + requestId;
                } else if (fragment.startsWith("[request ")) {
                    fragment = "[request " + requestId;
                }
                assertThat(failure.getMessage()).contains(fragment);
            }
        }
        REPORT.row(fault.description, trigger.operation(), faulted, failedPolls, run.firstCaughtUp(),
                String.join(", ", run.delivered()), run.exceptions().isEmpty() ? "none"
                        : "`" + run.exceptions().get(0).getClass().getSimpleName() + "`: "
                          + run.exceptions().get(0).getMessage());
    }

    static Stream<Arguments> changes() {
        List<Arguments> cases = new ArrayList<>();
        for (Change change : Change.values()) {
            for (Trigger trigger : TRIGGERS) {
                cases.add(Arguments.of(change, trigger));
            }
        }
        return cases.stream();
    }

    /**
     * Request plan from the beginning with seven objects ({@link #CREATED}): 1 newest page, 2 the oldest page found
     * by created (delivers 001, 002), 3 ending_before=002 (delivers 003..005), 4 ending_before=005 (delivers 006,
     * 007). The change happens just before a request, which then also answers 429 lock_timeout once, so the client's
     * retry is what sees the changed list.
     */
    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("changes")
    void aPageThatChangesBetweenTwoRequestsLosesAndRepeatsNothing(Change change, Trigger trigger) throws Exception {
        seed(trigger, 7);
        List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 7).mapToObj(trigger::id).toList());
        switch (change) {
            case INSERT_NEWEST_DURING_PAGING -> {
                LISTS.beforeRequest(2, () -> LISTS.add(trigger.path(), trigger.json(trigger.id(8), BASE + 6)));
                LISTS.beforeRequest(5, () -> LISTS.add(trigger.path(), trigger.json(trigger.id(9), BASE + 6)));
                fail(5, 1, ApiFault.LOCK_TIMEOUT_429);
                expected.add(trigger.id(8));
                expected.add(trigger.id(9));
            }
            case DELETE_UNDELIVERED_BETWEEN_PAGES -> {
                LISTS.beforeRequest(4, () -> LISTS.delete(trigger.path(), trigger.id(6)));
                fail(4, 1, ApiFault.LOCK_TIMEOUT_429);
                expected.remove(trigger.id(6)); // gone from Stripe before it was delivered
            }
            case DELETE_CURSOR_BETWEEN_PAGES -> {
                // 005 was just delivered and is the cursor; 004 shares its second and was delivered too
                LISTS.beforeRequest(4, () -> LISTS.delete(trigger.path(), trigger.id(5)));
                fail(4, 1, ApiFault.LOCK_TIMEOUT_429);
            }
            default -> throw new IllegalStateException();
        }

        Run run = run(trigger, "", expected);

        assertThat(run.delivered()).containsExactlyElementsOf(expected);
        assertThat(run.exceptions()).isEmpty();
        assertThat(run.faulted()).hasSize(1);
        REPORT.row(change.name().toLowerCase().replace('_', ' ') + " + one 429 lock_timeout", trigger.operation(), 1, 0,
                run.firstCaughtUp(), String.join(", ", run.delivered()), "none");
    }

    private static void seed(Trigger trigger, int count) {
        for (int n = 1; n <= count; n++) {
            LISTS.add(trigger.path(), trigger.json(trigger.id(n), CREATED[n - 1]));
        }
    }

    /** Answers list requests {@code from} .. {@code from + count - 1} with the fault, Request-Id numbered. */
    private static void fail(int from, int count, ApiFault fault) {
        LISTS.fail(from, count, fault.name(), n -> fault.response(ApiFault.requestIdFor(fault) + "_" + n));
    }

    record Run(List<String> delivered, List<Throwable> exceptions, List<FakeStripeLists.Served> served,
               int firstCaughtUp) {
        List<FakeStripeLists.Served> faulted() {
            return served.stream().filter(s -> s.fault() != null).toList();
        }
    }

    /**
     * Runs the trigger from the beginning until it has polled twice more after the newest object without finding
     * anything (so a late duplicate would have shown), then stops it.
     */
    private static Run run(Trigger trigger, String options, List<String> expected) throws Exception {
        String newest = expected.get(expected.size() - 1);
        RecordingExceptionHandler handler = new RecordingExceptionHandler();
        CamelContext context = new DefaultCamelContext();
        List<String> delivered;
        String logs;
        try (QuietLogCapture log = new QuietLogCapture()) {
            context.getRegistry().bind("faultRecorder", handler);
            StripeComponent component = new StripeComponent();
            component.getConfiguration().setApiKey(KEY);
            component.getConfiguration().setApiBase(stripe.baseUrl());
            component.getConfiguration().setMaxRetries(ApiFault.MAX_RETRIES);
            component.getConfiguration().setRateLimit(0);
            component.setTimeSource(new FakeTime());
            context.addComponent("stripe", component);
            String backoff = trigger.operation().equals("newOrders") ? "&backoffMultiplier=1&backoffErrorThreshold=1" : "";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("stripe:" + trigger.operation() + "?startFrom=beginning&pageSize=" + PAGE_SIZE
                         + "&delay=20&initialDelay=0&exceptionHandler=#faultRecorder" + options + backoff)
                            .routeId("trigger").to("mock:out");
                }
            });
            context.start();
            await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> caughtUp(newest).size() >= 2);
            context.getRouteController().stopRoute("trigger");
            MockEndpoint out = context.getEndpoint("mock:out", MockEndpoint.class);
            delivered = out.getReceivedExchanges().stream()
                    .map(e -> e.getMessage().getHeader(StripeConstants.OBJECT_ID, String.class)).toList();
            for (Exchange exchange : out.getReceivedExchanges()) {
                StripeObject body = exchange.getMessage().getBody(StripeObject.class);
                assertThat(body.getId()).isEqualTo(exchange.getMessage().getHeader(StripeConstants.OBJECT_ID));
            }
            context.stop();
            logs = log.text();
        }
        assertThat(logs).doesNotContain(KEY).doesNotContain(KEY.substring(8));
        assertThat(logs).contains(trigger.path());
        // HttpClient's header log was on and printed the Authorization header, masked
        assertThat(logs).contains(">> Authorization: Bearer ");
        List<FakeStripeLists.Served> served = LISTS.served();
        return new Run(delivered, handler.seen(), served, caughtUp(newest).get(0).number());
    }

    /** List requests that asked for objects newer than the newest one and got none: polls with nothing left. */
    private static List<FakeStripeLists.Served> caughtUp(String newest) {
        return LISTS.served().stream()
                .filter(s -> s.fault() == null && s.ids().isEmpty() && s.query().contains("ending_before=" + newest))
                .toList();
    }
}
