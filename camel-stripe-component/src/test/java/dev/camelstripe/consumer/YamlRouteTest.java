package dev.camelstripe.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import dev.camelstripe.StripeComponent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The YAML route of docs/triggers.md, loaded by the YAML DSL and run by its own scheduler. */
class YamlRouteTest extends ConsumerTestSupport {

    @TempDir
    Path dir;

    @Test
    void aYamlRouteWithATriggerAndAFileStateRepository() throws Exception {
        fake.add("/v1/customers", "cus_1", 1_700_000_000L);
        fake.add("/v1/customers", "cus_2", 1_700_000_001L);
        Properties properties = new Properties();
        properties.put("stripe.api-key", KEY);
        context.getPropertiesComponent().setOverrideProperties(properties);
        context.getComponent("stripe", StripeComponent.class).getConfiguration().setApiBase(stripe.baseUrl());
        context.getRegistry().bind("stripePositions",
                FileStateRepository.fileStateRepository(dir.resolve("stripe-positions.dat").toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:crm").to("mock:new-customers");
            }
        });
        MockEndpoint mock = context.getEndpoint("mock:new-customers", MockEndpoint.class);
        mock.expectedMessageCount(2);

        clock.advance(POLL_DELAY); // Stripe's clock is past the settle time of the objects when the route polls
        // the route's scheduler polls once after its initial delay of 1 s; the mock waits for both customers
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:consumer/new-customers.yaml"));

        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).extracting(e -> e.getMessage().getHeader("CamelStripeObjectId"))
                .containsExactly("cus_1", "cus_2");
        StripePollingConsumer consumer = (StripePollingConsumer) context.getRoute("new-customers").getConsumer();
        assertThat(consumer.getEndpoint().getStartFrom()).isEqualTo("beginning");
        assertThat(consumer.getStateKey()).isEqualTo("crm-customers");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(dir.resolve("stripe-positions.dat"))
                .content().contains("crm-customers=").contains("\"cursorId\":\"cus_2\""));
    }
}
