package dev.camelstripe.consumer;

import java.time.Duration;
import java.util.Map;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.StripeEndpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list-parameter samples of docs/triggers.md ("List parameters"), verbatim, run by their routes' own schedulers
 * against the fake Stripe list, which filters, leaves out test-clock customers and records every request.
 */
class ListParametersDocsTest extends ConsumerTestSupport {

    static final String JENNY = "cus_NffrFeUfNV2Hib";

    @BeforeEach
    void configureTheComponentAndTheData() throws Exception {
        StripeComponent component = context.getComponent("stripe", StripeComponent.class);
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setApiBase(stripe.baseUrl());
        component.getConfiguration().setRateLimit(0);
        fake.add(CHARGES, "{\"id\":\"ch_1\",\"object\":\"charge\",\"created\":" + (STARTED_AT + 1) + ",\"customer\":"
                          + "{\"id\":\"" + JENNY + "\",\"object\":\"customer\",\"email\":\"jenny.rosen@example.com\"}}");
        fake.add(CHARGES, "{\"id\":\"ch_2\",\"object\":\"charge\",\"created\":" + (STARTED_AT + 2)
                          + ",\"customer\":\"cus_other\"}");
        fake.add("/v1/customers", "{\"id\":\"cus_plain\",\"object\":\"customer\",\"created\":" + (STARTED_AT + 1)
                                  + "}");
        fake.add("/v1/customers", "{\"id\":\"cus_clocked\",\"object\":\"customer\",\"created\":" + (STARTED_AT + 2)
                                  + ",\"test_clock\":\"clock_1Mr3D2LkdIwHu7ix\"}");
        // the triggers start from now; Stripe answers their first poll when these objects are past their settle time
        fake.beforeRequest(1, () -> clock.advance(Duration.ofMinutes(2)));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:customer-charges").to("mock:customer-charges");
                from("direct:test-clock-customers").to("mock:test-clock-customers");
            }
        });
    }

    private MockEndpoint expect(String mock, String id) {
        MockEndpoint endpoint = context.getEndpoint(mock, MockEndpoint.class);
        endpoint.expectedHeaderReceived("CamelStripeObjectId", id);
        endpoint.expectedMessageCount(1);
        return endpoint;
    }

    @Test
    void theUriFormFiltersAndExpands() throws Exception {
        MockEndpoint charges = expect("mock:customer-charges", "ch_1");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:newCharges?list.customer=cus_NffrFeUfNV2Hib&list.expand=data.customer")
                        .log("Charge ${body.id} for ${body.customerExpandable.expanded.email}")
                        .to("direct:customer-charges");
            }
        });

        charges.assertIsSatisfied();
        assertThat(fake.calls()).first()
                .isEqualTo("/v1/charges?limit=100&customer=" + JENNY + "&expand[0]=data.customer");
        assertThat(charges.getExchanges().get(0).getMessage().getBody(dev.camelstripe.model.Charge.class)
                .getCustomerExpandable().getExpanded().getEmail()).isEqualTo("jenny.rosen@example.com");
    }

    @Test
    void theJavaFormSetsThemOnTheEndpoint() throws Exception {
        MockEndpoint charges = expect("mock:customer-charges", "ch_1");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                StripeEndpoint charges = getContext().getEndpoint("stripe:newCharges", StripeEndpoint.class);
                charges.setListParameters(Map.of("customer", "cus_NffrFeUfNV2Hib"));
                from(charges).to("direct:customer-charges");
            }
        });

        charges.assertIsSatisfied();
        assertThat(fake.calls()).first().isEqualTo("/v1/charges?limit=100&customer=" + JENNY);
    }

    @Test
    void theYamlFormListsTheCustomersOfATestClock() throws Exception {
        MockEndpoint customers = expect("mock:test-clock-customers", "cus_clocked");

        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("test-clock.yaml", """
                - route:
                    id: test-clock-customers
                    from:
                      uri: stripe:newCustomers
                      parameters:
                        list.test_clock: clock_1Mr3D2LkdIwHu7ix
                      steps:
                        - log: "Customer ${header.CamelStripeObjectId} of a test clock"
                        - to: direct:test-clock-customers
                """));

        customers.assertIsSatisfied();
        assertThat(fake.calls()).first().isEqualTo("/v1/customers?limit=100&test_clock=clock_1Mr3D2LkdIwHu7ix");
    }
}
