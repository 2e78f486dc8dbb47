package dev.camelstripe.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.camelstripe.client.RetryPolicy;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeHttpClients;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeResponse;
import dev.camelstripe.client.StripeTransport;
import dev.camelstripe.client.TimeSource;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.StripeList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The benchmark server pages exactly like Stripe, so the consumer benchmark measures the real access pattern. */
class LoopbackStripeServerTest {

    private static final int SIZE = 1_050;

    private static LoopbackStripeServer server;
    private static StripeTransport http;
    private static StripeClient client;

    @BeforeAll
    static void start() {
        server = new LoopbackStripeServer();
        server.serveCustomers(SIZE);
        http = StripeTransport.of(StripeHttpClients.create(null, null, 4, Duration.ofSeconds(5)));
        client = new StripeClient(http, StripeClientCall.settings(server), null, new RetryPolicy(0, () -> 0.5),
                TimeSource.SYSTEM);
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        server.close();
    }

    @Test
    void walksBackToTheOldestPageThenForwardOldestFirstLikeTheTriggerContract() {
        // find the oldest page: follow starting_after from the newest until has_more is false
        StripeList<Customer> page = list(Map.of());
        while (page.hasMore()) {
            page = list(Map.of("starting_after", last(page).getId()));
        }
        List<String> delivered = new ArrayList<>();
        for (int i = page.getData().size() - 1; i >= 0; i--) {
            delivered.add(page.getData().get(i).getId());
        }
        // page forward: ending_before the newest seen, each page read bottom-up
        String newest = delivered.get(delivered.size() - 1);
        do {
            page = list(Map.of("ending_before", newest));
            for (int i = page.getData().size() - 1; i >= 0; i--) {
                delivered.add(page.getData().get(i).getId());
            }
            newest = delivered.get(delivered.size() - 1);
        } while (page.hasMore());

        assertThat(delivered).hasSize(SIZE).doesNotHaveDuplicates();
        assertThat(delivered.get(0)).isEqualTo(VirtualCustomers.idOf(SIZE - 1));
        assertThat(delivered.get(SIZE - 1)).isEqualTo(VirtualCustomers.idOf(0));
    }

    @Test
    void pagesAreNewestFirstWithFullCustomersAndStripesHasMore() {
        StripeList<Customer> first = list(Map.of());
        assertThat(first.getData()).hasSize(100);
        assertThat(first.hasMore()).isTrue();
        Customer newest = first.getData().get(0);
        assertThat(newest.getId()).isEqualTo(VirtualCustomers.idOf(0));
        assertThat(newest.getEmail()).isEqualTo("jenny.rosen@example.com");
        assertThat(newest.getCreated()).isAfter(first.getData().get(1).getCreated());

        StripeList<Customer> oldest = list(Map.of("starting_after", VirtualCustomers.idOf(SIZE - 51)));
        assertThat(oldest.getData()).hasSize(50);
        assertThat(oldest.hasMore()).isFalse();

        StripeList<Customer> newer = list(Map.of("ending_before", VirtualCustomers.idOf(30)));
        assertThat(newer.getData()).extracting(Customer::getId).first().isEqualTo(VirtualCustomers.idOf(0));
        assertThat(newer.getData()).hasSize(30);
        assertThat(newer.hasMore()).isFalse();

        StripeList<Customer> closest = list(Map.of("ending_before", VirtualCustomers.idOf(500)));
        assertThat(closest.getData()).extracting(Customer::getId)
                .startsWith(VirtualCustomers.idOf(400)).endsWith(VirtualCustomers.idOf(499));
        assertThat(closest.hasMore()).isTrue();
    }

    @Test
    void filtersOnCreatedRangesAndSendsADateHeader() {
        long newest = VirtualCustomers.createdOf(0);
        // created[gte] and created[lt] bound the list to indexes 10..19 (created newest-19 .. newest-10)
        StripeList<Customer> range = list(Map.of("created[gte]", Long.toString(newest - 19),
                "created[lt]", Long.toString(newest - 9)));
        assertThat(range.getData()).extracting(Customer::getId)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(10, 19)
                        .mapToObj(VirtualCustomers::idOf).toList());
        assertThat(range.hasMore()).isFalse();

        StripeList<Customer> gtLte = list(Map.of("created[gt]", Long.toString(newest - 3),
                "created[lte]", Long.toString(newest - 1), "ending_before", VirtualCustomers.idOf(2)));
        assertThat(gtLte.getData()).extracting(Customer::getId).containsExactly(VirtualCustomers.idOf(1));
        assertThat(gtLte.hasMore()).isFalse();

        StripeList<Customer> older = list(Map.of("created[gte]", Long.toString(newest - 300),
                "starting_after", VirtualCustomers.idOf(150)));
        assertThat(older.getData()).hasSize(100);
        assertThat(older.hasMore()).isTrue();
        assertThat(older.getData().get(99).getId()).isEqualTo(VirtualCustomers.idOf(250));

        StripeResponse<StripeList<Customer>> answer = client.execute(StripeRequest.get("/v1/customers",
                Map.of("limit", 1)), StripeList.typeOf(Customer.class));
        assertThat(answer.date()).isCloseTo(java.time.Instant.now(), within(5, java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void holdsEachListAnswerBackForTheAnswerTimeItIsGiven() {
        server.listAnswerTime(Duration.ofMillis(300));
        try {
            long start = System.nanoTime();
            StripeList<Customer> page = list(Map.of());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(page.getData()).hasSize(100);
        } finally {
            server.listAnswerTime(Duration.ZERO);
        }
    }

    @Test
    void refusesWhatStripeRefuses() {
        assertThatThrownBy(() -> list(Map.of("starting_after", "cus_unknown")))
                .isInstanceOfSatisfying(StripeApiException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
        assertThatThrownBy(() -> list(Map.of("starting_after", VirtualCustomers.idOf(1),
                "ending_before", VirtualCustomers.idOf(5))))
                .isInstanceOfSatisfying(StripeApiException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
    }

    private static StripeList<Customer> list(Map<String, String> cursor) {
        Map<String, Object> params = new HashMap<>(cursor);
        params.put("limit", 100);
        return client.<StripeList<Customer>> execute(StripeRequest.get("/v1/customers", params),
                StripeList.typeOf(Customer.class)).body();
    }

    private static Customer last(StripeList<Customer> page) {
        return page.getData().get(page.getData().size() - 1);
    }
}
