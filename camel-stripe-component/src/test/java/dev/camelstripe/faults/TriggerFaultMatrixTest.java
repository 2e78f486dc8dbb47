package dev.camelstripe.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

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
    /** Faulted list requests that outlast one poll's attempts, and a burst that the client's retries absorb. */
    static final int OUTLASTING_RUN = ApiFault.MAX_RETRIES + 2;
    static final int BURST = ApiFault.MAX_RETRIES;

    static final FakeStripeLists LISTS = new FakeStripeLists();

    @RegisterExtension
    static WireMockExtension stripe = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40).extensions(LISTS)).build();

    /** A trigger under test: its endpoint, list path, and the JSON of one of its objects. */
    record Trigger(String operation, String path, String prefix, String jsonTemplate) {
        String json(String id, long created) {
            return jsonTemplate.replace("$ID", id).replace("$CREATED", Long.toString(created));
        }

        String id(int n) {
            return prefix + String.format("%03d", n);
        }

        /** A message with the trigger's list path put in general terms. */
        String general(String message) {
            return message.replace(path, "{path}");
        }

        /** Ids without the trigger's prefix: 001, 002, … */
        String numbers(List<String> ids) {
            return ids.stream().map(id -> id.substring(prefix.length())).collect(Collectors.joining(", "));
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

    /** A change of the list mid-paging, and the list request that first finds nothing newer (see each case). */
    enum Change {
        /** 4 delivers 006..008, 5 (429) and its retry 6 deliver 009, 7 finds nothing newer. */
        INSERT_NEWEST_DURING_PAGING(7),
        /** 4 (429) and its retry 5 deliver 007, 6 finds nothing newer. */
        DELETE_UNDELIVERED_BETWEEN_PAGES(6),
        /** 4 (429), its retry 5 finds the cursor gone, 6 resumes from its second (006, 007), 7 finds nothing. */
        DELETE_CURSOR_BETWEEN_PAGES(7);

        final int requestsUntilCaughtUp;

        Change(int requestsUntilCaughtUp) {
            this.requestsUntilCaughtUp = requestsUntilCaughtUp;
        }
    }

    private static void resetServer() {
        stripe.resetAll();
        LISTS.reset();
        LISTS.cursorMissingStatus(400);
        stripe.stubFor(get(urlPathMatching("/v1/(customers|charges|invoiceitems|orders)"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()));
    }

    /** One scenario: a fault or a change against a trigger. */
    interface Case {
        Trigger trigger();

        Row run() throws Exception;
    }

    /** A fault injected into {@code faulted} list requests from {@link #FIRST_FAULTED_REQUEST} on. */
    record FaultCase(ApiFault fault, Trigger trigger, int faulted) implements Case {
        @Override
        public Row run() throws Exception {
            return aFaultMidPagingLosesAndRepeatsNothing(this);
        }

        @Override
        public String toString() {
            return fault + " x " + trigger + " x " + faulted + " faulted requests";
        }
    }

    /** A list that changes between two requests, with one 429 lock_timeout right after the change. */
    record ChangeCase(Change change, Trigger trigger) implements Case {
        @Override
        public Row run() throws Exception {
            return aPageThatChangesBetweenTwoRequestsLosesAndRepeatsNothing(this);
        }

        @Override
        public String toString() {
            return change + " x " + trigger;
        }
    }

    /** What a scenario asserted, as the page shows it. */
    record Row(String what, Trigger trigger, int faulted, int failedPolls, int caughtUp, List<String> delivered,
               String exception) {
        List<String> cells() {
            return List.of(what, trigger.operation(), String.valueOf(faulted), String.valueOf(failedPolls),
                    String.valueOf(caughtUp), String.join(", ", delivered), exception);
        }

        List<String> summaryCells() {
            return List.of(what, String.valueOf(faulted), String.valueOf(failedPolls), String.valueOf(caughtUp),
                    trigger.numbers(delivered), trigger.general(exception));
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (ApiFault fault : ApiFault.values()) {
            for (Trigger trigger : TRIGGERS) {
                // a run of faults that outlasts the client's retries, for every trigger; a burst the retries absorb
                // (for retried faults) for the two main ones, to keep the suite's time in bounds
                cases.add(new FaultCase(fault, trigger, OUTLASTING_RUN));
                if (trigger.operation().equals("newCustomers") || trigger.operation().equals("newCharges")) {
                    cases.add(new FaultCase(fault, trigger, BURST));
                }
            }
        }
        for (Change change : Change.values()) {
            for (Trigger trigger : TRIGGERS) {
                cases.add(new ChangeCase(change, trigger));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> noObjectLostOrRepeated() {
        return MatrixDoc.matrix(TriggerFaultMatrixTest.class, cases(), Case::run, TriggerFaultMatrixTest::page);
    }

    /** The page's sections this matrix owns: the summary, and every row. */
    static Map<String, String> page(List<Row> rows) {
        long faults = cases().stream().filter(FaultCase.class::isInstance).count();
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("triggers-summary", rows.size() + " scenarios: " + faults + " faults mid-paging ("
                + ApiFault.values().length + " faults × " + TRIGGERS.size() + " triggers with " + OUTLASTING_RUN
                + " faulted requests, and with " + BURST + " for newCustomers and newCharges), "
                + (rows.size() - faults) + " changing pages (" + Change.values().length + " changes × "
                + TRIGGERS.size() + " triggers).\n\n" + MatrixDoc.table(
                List.of("fault / change", "triggers", "faulted list requests", "failed polls (exceptions to the handler)",
                        "list requests until caught up", "delivered, in order", "first exception the handler got"),
                MatrixDoc.condense(rows, Row::summaryCells, row -> row.trigger().operation(), 1)));
        sections.put("triggers-full", MatrixDoc.table(List.of("fault / change", "trigger", "faulted list requests",
                "failed polls (exceptions to the handler)", "list requests until caught up",
                "delivered (exact, in order)", "first exception the consumer's handler got"),
                rows.stream().map(Row::cells).toList()));
        return sections;
    }

    static Row aFaultMidPagingLosesAndRepeatsNothing(FaultCase scenario) throws Exception {
        ApiFault fault = scenario.fault();
        Trigger trigger = scenario.trigger();
        int faulted = scenario.faulted();
        resetServer();
        seed(trigger, 7);
        fail(FIRST_FAULTED_REQUEST, faulted, fault);
        List<String> expected = IntStream.rangeClosed(1, 7).mapToObj(trigger::id).toList();

        Run run = run(trigger, fault.endpointOptions(), expected);

        int failedPolls = fault.clientRetries ? faulted / fault.attemptsPerCall() : faulted;
        assertThat(run.delivered()).as("served: %s", run.served()).containsExactlyElementsOf(expected);
        assertThat(run.faulted()).hasSize(faulted);
        assertTheSamePageIsAskedAgain(run);
        assertThat(run.firstCaughtUp()).as("list requests until caught up: %s", run.served())
                .isEqualTo(REQUESTS_UNTIL_CAUGHT_UP + faulted);
        assertThat(run.exceptions()).hasSize(failedPolls);
        for (int poll = 0; poll < failedPolls; poll++) {
            Throwable failure = run.exceptions().get(poll);
            assertThat(failure).isExactlyInstanceOf(fault.exceptionType);
            assertThat(failure.getMessage()).startsWith("GET " + trigger.path());
            // a failed poll reports its last attempt: the request ids are numbered by list request
            int lastAttempt = FIRST_FAULTED_REQUEST + (poll + 1) * fault.attemptsPerCall() - 1;
            for (String fragment : fault.expectedMessageFragments(ApiFault.requestIdFor(fault) + "_" + lastAttempt)) {
                assertThat(failure.getMessage()).contains(fragment);
            }
        }
        return new Row(fault.description, trigger, faulted, failedPolls, run.firstCaughtUp(), run.delivered(),
                run.exceptions().isEmpty() ? "none" : "`" + run.exceptions().get(0).getClass().getSimpleName()
                                                      + "`: " + run.exceptions().get(0).getMessage());
    }

    /**
     * Request plan from the beginning with seven objects ({@link #CREATED}): 1 newest page, 2 the oldest page found
     * by created (delivers 001, 002), 3 ending_before=002 (delivers 003..005), 4 ending_before=005 (delivers 006,
     * 007). The change happens just before a request, which then also answers 429 lock_timeout once, so the client's
     * retry is what sees the changed list.
     */
    static Row aPageThatChangesBetweenTwoRequestsLosesAndRepeatsNothing(ChangeCase scenario) throws Exception {
        Change change = scenario.change();
        Trigger trigger = scenario.trigger();
        resetServer();
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

        assertThat(run.delivered()).as("served: %s", run.served()).containsExactlyElementsOf(expected);
        assertThat(run.exceptions()).isEmpty();
        assertThat(run.faulted()).hasSize(1);
        assertTheSamePageIsAskedAgain(run);
        assertThat(run.firstCaughtUp()).as("list requests until caught up: %s", run.served())
                .isEqualTo(change.requestsUntilCaughtUp);
        return new Row(change.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " + one 429 lock_timeout", trigger,
                1, 0, run.firstCaughtUp(), run.delivered(), "none");
    }

    /** A faulted request retried, by the client or by the next poll, asks for the very same page. */
    private static void assertTheSamePageIsAskedAgain(Run run) {
        for (FakeStripeLists.Served bad : run.faulted()) {
            assertThat(run.served().get(bad.number()).query()).as("the request after %s", bad).isEqualTo(bad.query());
        }
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
