package dev.camelstripe.webhook;

import java.util.Properties;

import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Customer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples of docs/webhooks.md, run: a polling trigger's route swapped for the webhook keeps its body type. */
class WebhookDocsTest {

    static final String SECRET = "whsec_test_docsSecret";

    CamelContext context;
    WebhookServer server;
    MockEndpoint downstream;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        server = new WebhookServer(context);
        Properties properties = new Properties();
        properties.put("stripe.webhook-secret", SECRET);
        context.getPropertiesComponent().setOverrideProperties(properties);
        context.getRegistry().bind("charges", MemoryIdempotentRepository.memoryIdempotentRepository(100));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:customers").to("mock:downstream");
                from("direct:charges").to("mock:downstream");
            }
        });
        context.start();
        downstream = context.getEndpoint("mock:downstream", MockEndpoint.class);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theJavaRouteHandsOnTheCustomerAsNewCustomersWould() throws Exception {
        context.addRoutes(new WebhookDocsRoutes());
        downstream.expectedMessageCount(1);

        assertThat(server.postSigned("/stripe/webhook", WebhookServer.event("evt_1", "customer.created",
                "{\"id\":\"cus_1\",\"object\":\"customer\",\"email\":\"a@example.com\"}"), SECRET).statusCode())
                .isEqualTo(200);
        assertThat(server.postSigned("/stripe/webhook", WebhookServer.event("evt_2", "customer.updated",
                "{\"id\":\"cus_1\",\"object\":\"customer\"}"), SECRET).statusCode()).isEqualTo(200);

        downstream.assertIsSatisfied();
        assertThat(downstream.getExchanges().get(0).getMessage().getBody()).isInstanceOfSatisfying(Customer.class,
                customer -> assertThat(customer.getEmail()).isEqualTo("a@example.com"));
    }

    @Test
    void theYamlRouteHandsOnEachChargeOnceAsNewChargesWould() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:webhook/new-charges-now.yaml"));
        downstream.expectedMessageCount(2);

        String pending = "{\"id\":\"ch_1\",\"object\":\"charge\",\"status\":\"pending\"}";
        String succeeded = "{\"id\":\"ch_1\",\"object\":\"charge\",\"status\":\"succeeded\"}";
        String other = "{\"id\":\"ch_2\",\"object\":\"charge\",\"status\":\"failed\"}";
        assertThat(server.postSigned("/stripe/webhook", WebhookServer.event("evt_p", "charge.pending", pending),
                SECRET).statusCode()).isEqualTo(200);
        assertThat(server.postSigned("/stripe/webhook", WebhookServer.event("evt_s", "charge.succeeded", succeeded),
                SECRET).statusCode()).isEqualTo(200);
        assertThat(server.postSigned("/stripe/webhook", WebhookServer.event("evt_f", "charge.failed", other),
                SECRET).statusCode()).isEqualTo(200);

        downstream.assertIsSatisfied();
        assertThat(downstream.getExchanges()).extracting(e -> e.getMessage().getBody(Charge.class).getId())
                .containsExactly("ch_1", "ch_2");
    }
}
