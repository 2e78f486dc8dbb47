package dev.camelstripe.consumer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

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
