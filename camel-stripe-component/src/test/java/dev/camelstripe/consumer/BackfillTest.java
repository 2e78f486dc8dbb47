package dev.camelstripe.consumer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * startFrom=beginning reads each page once, plus at most 40 list calls to find the oldest page, and a walk that fails
 * resumes from the progress it saved in the position.
 */
class BackfillTest extends ConsumerTestSupport {

    @TempDir
    Path dir;

    @Test
    void fourHundredFiftyObjectsInPagesOfTenCostAtMostEightyFiveListCalls() throws Exception {
        List<String> ids = addCharges("ch_", 450, 1_600_000_000L);
        route("newCharges", "startFrom=beginning&pageSize=10");

        poll();

        assertThat(receivedIds()).containsExactlyElementsOf(ids);
        // reading the list twice (to the oldest page and back) would be 89 calls
        assertThat(listCalls()).isLessThanOrEqualTo(45 + ListWalker.SEARCH_CALLS);
        assertThat(fake.served()).allSatisfy(call -> assertThat(call.ids()).hasSizeLessThanOrEqualTo(10));
    }

    @Test
    void withPrefetchTheNextPageIsListedWhileTheRouteWorksAndAFailedExchangeIsDeliveredAgainNextPoll()
            throws Exception {
        List<String> ids = addCharges("ch_", 95, 1_600_000_000L);
        AtomicBoolean refuse = new AtomicBoolean(true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("newCharges", "startFrom=beginning&pageSize=10&prefetch=true")).routeId("r")
                        .process(exchange -> {
                            String id = exchange.getMessage().getHeader("CamelStripeObjectId", String.class);
                            if (id.equals("ch_55") && refuse.get()) {
                                // ch_46..ch_55 is in the route: the page after it is asked for meanwhile
                                await().atMost(Duration.ofSeconds(10)).until(() -> fake.calls()
                                        .contains("/v1/charges?limit=10&ending_before=ch_55"));
                                throw new IllegalStateException("route refuses " + id);
                            }
                            received.add(exchange.copy());
                        });
            }
        });

        poll();

        assertThat(receivedIds()).containsExactlyElementsOf(ids.subList(0, 54));
        assertThat(fake.calls()).endsWith("/v1/charges?limit=10&ending_before=ch_45",
                "/v1/charges?limit=10&ending_before=ch_55"); // listed ahead, then dropped
        int before = fake.calls().size();

        refuse.set(false);
        poll();

        assertThat(receivedIds()).containsExactlyElementsOf(ids);
        // from the saved position, each page once: the one dropped is listed again
        assertThat(fake.calls().subList(before, fake.calls().size())).containsExactly(
                "/v1/charges?limit=10&ending_before=ch_54", "/v1/charges?limit=10&ending_before=ch_64",
                "/v1/charges?limit=10&ending_before=ch_74", "/v1/charges?limit=10&ending_before=ch_84",
                "/v1/charges?limit=10&ending_before=ch_94");
        assertThat(prefetchThreads()).isEqualTo(1);

        context.getRouteController().stopRoute("r");

        assertThat(prefetchThreads()).isZero();
    }

    private static long prefetchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().contains("StripePrefetch newCharges") && thread.isAlive()).count();
    }

    @Test
    void aSearchCutShortByAFailureResumesAfterARestartFromTheSavedProgress() throws Exception {
        File file = dir.resolve("positions.dat").toFile();
        List<String> ids = addCharges("ch_", 500, 1_600_000_000L);
        context.stop();
        fake.beforeRequest(4, () -> fake.failNext(500, "api_error", null, 3)); // the 4th call and its retries

        CamelContext first = newContext();
        first.getRegistry().bind("positions", FileStateRepository.fileStateRepository(file));
        first.start();
        poll(route(first, "newCharges", "startFrom=beginning&pageSize=10&stateRepository=#positions"));
        first.stop();
        assertThat(received).isEmpty();
        PollState progress = PollState.fromJson(Files.readString(file.toPath()).lines()
                .filter(line -> line.startsWith("stripe:newCharges=")).reduce((a, b) -> b).orElseThrow()
                .substring("stripe:newCharges=".length()));
        assertThat(progress.searchBelow()).isNotNull();
        int callsBefore = fake.calls().size();

        CamelContext second = newContext();
        second.getRegistry().bind("positions", FileStateRepository.fileStateRepository(file));
        second.start();
        poll(route(second, "newCharges", "startFrom=beginning&pageSize=10&stateRepository=#positions"));
        second.stop();

        assertThat(receivedIds()).containsExactlyElementsOf(ids);
        assertThat(fake.calls().get(callsBefore)).isEqualTo("/v1/charges?limit=10&created[gte]="
                                                            + progress.startedAt() + "&created[lt]="
                                                            + progress.searchBelow());
    }
}
