package dev.camelstripe.examples;

import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.NamedNode;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.CamelContextHelper;

/**
 * Puts Camel's {@link ClusteredRoutePolicy} on every route that consumes from a {@code stripe:} trigger, and on no
 * other route: as one of several instances, the triggers poll on the elected instance only, while the product files,
 * the sign-up endpoint and the ledger writer run on every instance. A trigger route that is not to start at all
 * ({@code autoStartup} false: {@code newOrders} on Stripe) gets no policy, which would start it on the leader.
 */
final class TriggerLeaderElection implements RoutePolicyFactory {

    /** The cluster namespace the trigger routes share: one leader polls them all. */
    static final String NAMESPACE = "stripe-triggers";

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode node) {
        RouteDefinition route = (RouteDefinition) node;
        Endpoint from = context.getEndpoint(route.getInput().getEndpointUri());
        // a webhook takes what Stripe pushes to the instance it reaches: it runs on every instance
        boolean trigger = from instanceof StripeEndpoint stripe && stripe.getOperation().isTrigger()
                          && stripe.getOperation() != StripeOperation.webhook;
        boolean starts = route.getAutoStartup() == null
                         || CamelContextHelper.parseBoolean(context, route.getAutoStartup());
        if (!trigger || !starts) {
            return null;
        }
        try {
            return ClusteredRoutePolicy.forNamespace(context, NAMESPACE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot put route " + routeId + " under leader election", e);
        }
    }
}
