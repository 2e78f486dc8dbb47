package dev.camelstripe.consumer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RestartTest extends ConsumerTestSupport {

    @TempDir
    Path dir;

    private StripePollingConsumer start(CamelContext camel, File file) throws Exception {
        camel.getRegistry().bind("positions", FileStateRepository.fileStateRepository(file));
        camel.start();
        return route(camel, "newCharges", "stateRepository=#positions");
    }

    @Test
    void aRestartDeliversExactlyTheObjectsCreatedWhileStopped() throws Exception {
        File file = dir.resolve("stripe-positions.dat").toFile();
        fake.add(CHARGES, "ch_before", STARTED_AT - 1);
        context.stop();

        CamelContext first = newContext();
        StripePollingConsumer consumer = start(first, file);
        poll(consumer); // startFrom=now: ch_before is older than the start second
        fake.add(CHARGES, "ch_1", 1_700_000_001L);
        poll(consumer);
        first.stop();
        assertThat(receivedIds()).containsExactly("ch_1");
        assertThat(Files.readString(file.toPath()))
                .contains("stripe:newCharges=").contains("\"cursorId\":\"ch_1\"");

        fake.add(CHARGES, "ch_2", 1_700_000_001L);
        fake.add(CHARGES, "ch_3", 1_700_000_002L);

        CamelContext second = newContext();
        StripePollingConsumer again = start(second, file);
        poll(again);
        poll(again);
        second.stop();

        assertThat(receivedIds()).containsExactly("ch_1", "ch_2", "ch_3");
    }

    @Test
    void aRouteStoppedAndStartedAgainKeepsItsInMemoryPosition() throws Exception {
        fake.add(CHARGES, "ch_before", STARTED_AT - 1);
        route("newCharges", "");
        poll();
        context.getRouteController().stopRoute("r");
        fake.add(CHARGES, "ch_1", 1_700_000_001L);
        context.getRouteController().startRoute("r");
        poll();

        assertThat(receivedIds()).containsExactly("ch_1");
    }

    @Test
    void theStateKeyDefaultsToTheOperationAndAccountAndCanBeSet() throws Exception {
        StripePollingConsumer consumer = route("newCharges", "stripeAccount=acct_42");
        assertThat(consumer.getStateKey()).isEqualTo("stripe:newCharges:acct_42");
        context.stop();

        CamelContext other = newContext();
        other.start();
        assertThat(route(other, "newCustomers", "stateKey=crm-sync").getStateKey()).isEqualTo("crm-sync");
        CamelContext third = newContext();
        third.start();
        assertThat(route(third, "newInvoiceItems", "").getStateKey()).isEqualTo("stripe:newInvoiceItems")
                .doesNotContain(KEY);
        other.stop();
        third.stop();
    }
}
