package dev.camelstripe.consumer;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import dev.camelstripe.StripeComponent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Java DSL sample of docs/triggers.md ("Surviving restarts"), verbatim, run by the route's own scheduler. */
class FileStateRepositoryDocsTest extends ConsumerTestSupport {

    @TempDir
    Path dir;

    @Test
    void theDocumentedRouteKeepsItsPositionInTheFile() throws Exception {
        fake.add(CHARGES, "ch_old", 1_700_000_000L);
        Properties properties = new Properties();
        properties.put("stripe.api-key", KEY);
        context.getPropertiesComponent().setOverrideProperties(properties);
        context.getComponent("stripe", StripeComponent.class).getConfiguration().setApiBase(stripe.baseUrl());
        File positionsFile = dir.resolve("stripe-positions.dat").toFile();
        // the repository already knows ch_old was delivered, as after a restart
        FileStateRepository previousRun = FileStateRepository.fileStateRepository(positionsFile);
        previousRun.start();
        previousRun.setState("stripe:newCharges",
                "{\"cursorId\":\"ch_old\",\"cursorCreated\":1700000000,\"seenAtCursorSecond\":[\"ch_old\"]}");
        previousRun.stop();
        fake.add(CHARGES, "ch_new", 1_700_000_001L);
        MockEndpoint charges = context.getEndpoint("mock:charges", MockEndpoint.class);
        charges.expectedMessageCount(1);

        clock.advance(POLL_DELAY); // Stripe's clock is past the settle time of the objects when the route polls
        context.getRegistry().bind("positions", FileStateRepository.fileStateRepository(positionsFile));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:charges").to("mock:charges");

                from("stripe:newCharges?apiKey={{stripe.api-key}}&stateRepository=#positions")
                        .log("New charge ${header.CamelStripeObjectId}: ${body.amount} ${body.currency}")
                        .to("direct:charges");
            }
        });

        charges.assertIsSatisfied();
        assertThat(charges.getExchanges().get(0).getMessage().getHeader("CamelStripeObjectId")).isEqualTo("ch_new");
        // the position is saved once the exchange has completed, just after the mock saw it
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(positionsFile).content().contains("\"cursorId\":\"ch_new\""));
    }
}
