package dev.camelstripe.builder.endpoint;

import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

/**
 * In Camel's EndpointRouteBuilder, stripe(...) is Camel's builder for Apache's component: this project's builders
 * are called by their class name there.
 */
class StripeEndpointRouteBuilderRoutes extends EndpointRouteBuilder {

    @Override
    public void configure() {
        from(StaticEndpointBuilders.stripe("newCharges").delay(60000).startFrom("beginning"))
                .to(mock("charges"));

        from(direct("signup"))
                .to(StaticEndpointBuilders.stripe("createCustomer").apiKey("{{stripe.key}}"));
    }
}
