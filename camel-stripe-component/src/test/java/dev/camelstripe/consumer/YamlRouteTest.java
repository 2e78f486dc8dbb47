package dev.camelstripe.consumer;

import java.nio.file.Path;
import java.util.Properties;

import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The YAML route of docs/triggers.md, loaded by the YAML DSL. */
class YamlRouteTest extends ConsumerTestSupport {

    @TempDir
    Path dir;

    @Test
    void aYamlRouteWithATriggerAndAFileStateRepository() throws Exception {
        fake.add("/v1/customers", "cus_1", 1_700_000_000L);
        fake.add("/v1/customers", "cus_2", 1_700_000_001L);
        Properties properties = new Properties();
        properties.put("stripe.api-key", KEY);
        properties.put("stripe.api-base", stripe.baseUrl());
        context.getPropertiesComponent().setOverrideProperties(properties);
        context.getRegistry().bind("stripePositions",
                FileStateRepository.fileStateRepository(dir.resolve("stripe-positions.dat").toFile()));

        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:consumer/new-customers.yaml"));
        MockEndpoint mock = context.getEndpoint("mock:new-customers", MockEndpoint.class);
        mock.expectedMessageCount(2);
        mock.expectedHeaderValuesReceivedInAnyOrder("CamelStripeObjectId", "cus_1", "cus_2");

        consumer().run();

        mock.assertIsSatisfied();
        assertThat(consumer().getStartFrom()).isEqualTo("beginning");
        assertThat(consumer().getStateKey()).isEqualTo("crm-customers");
        assertThat(dir.resolve("stripe-positions.dat")).content().contains("crm-customers=");
    }
}
