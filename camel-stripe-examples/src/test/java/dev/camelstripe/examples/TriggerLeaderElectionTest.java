package dev.camelstripe.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TriggerLeaderElectionTest {

    private final TriggerLeaderElection election = new TriggerLeaderElection();

    @Test
    void onlyTriggerRoutesThatStartAreLeaderElected() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("orders.enabled", "false");
            assertThat(election.createRoutePolicy(context, "charges",
                    route("stripe:newCharges?apiKey=sk_test_x", null))).isInstanceOf(ClusteredRoutePolicy.class);
            assertThat(election.createRoutePolicy(context, "signup-create",
                    route("stripe:createCustomer?apiKey=sk_test_x", null))).as("an action").isNull();
            assertThat(election.createRoutePolicy(context, "signup", route("direct:signup", null))).isNull();
            assertThat(election.createRoutePolicy(context, "charge-failed-events",
                    route("stripe:webhook?webhookSecret=whsec_x", null))).as("pushed to every instance").isNull();
            assertThat(election.createRoutePolicy(context, "ledger-orders",
                    route("stripe:newOrders?apiKey=sk_test_x", "{{orders.enabled}}"))).as("not to start").isNull();
        }
    }

    private static RouteDefinition route(String from, String autoStartup) {
        RouteDefinition route = new RouteDefinition();
        route.from(from).to("log:x");
        route.setAutoStartup(autoStartup);
        return route;
    }
}
