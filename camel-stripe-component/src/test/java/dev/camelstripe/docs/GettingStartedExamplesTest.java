package dev.camelstripe.docs;

import java.util.List;
import java.util.Properties;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes of docs/getting-started.md (Java {@link CreateCustomerRoute} and YAML docs/create-customer.camel.yaml)
 * load, and their stripe:createCustomer endpoint is created and started with the settings the page gives for the
 * local sandbox. The routes themselves are not started: they need the createCustomer producer (docs/actions.md),
 * whose tests cover the call itself.
 */
class GettingStartedExamplesTest {

    private CamelContext context;

    @BeforeEach
    void sandboxSettings() {
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("stripe.api-key", "sk_test_sandbox");
        context.getPropertiesComponent().setInitialProperties(properties);
        StripeComponent stripe = context.getComponent("stripe", StripeComponent.class);
        // what camel.component.stripe.api-key / api-base in the page's application.properties set
        stripe.getConfiguration().setApiKey(context.resolvePropertyPlaceholders("{{stripe.api-key}}"));
        stripe.getConfiguration().setApiBase("http://127.0.0.1:12111");
        // the producer is not built by these tests (see the class comment), so route start must not create it
        stripe.setLazyStartProducer(true);
        context.setAutoStartup(false);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void javaRoute() throws Exception {
        context.addRoutes(new CreateCustomerRoute());
        context.start();
        assertCreateCustomerEndpoint();
    }

    @Test
    void yamlRoute() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:docs/create-customer.camel.yaml"));
        context.start();
        assertThat(context.getRoute("create-customer")).isNotNull();
        assertCreateCustomerEndpoint();
    }

    private void assertCreateCustomerEndpoint() {
        List<StripeEndpoint> endpoints = context.getEndpoints().stream()
                .filter(StripeEndpoint.class::isInstance).map(StripeEndpoint.class::cast).toList();
        assertThat(endpoints).hasSize(1);
        StripeEndpoint endpoint = endpoints.get(0);
        assertThat(endpoint.getOperation()).isEqualTo(StripeOperation.createCustomer);
        endpoint.start();
        assertThat(endpoint.getClient().getSettings().baseUrl()).isEqualTo("http://127.0.0.1:12111");
        assertThat(endpoint.getClient().getSettings().apiKey()).isEqualTo("sk_test_sandbox");
    }
}
