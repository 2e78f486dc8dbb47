package dev.camelstripe.builder.endpoint;

import dev.camelstripe.builder.endpoint.dsl.StripeEndpointBuilderFactory;
import org.apache.camel.builder.RouteBuilder;

/** A trigger and an action written with the typed endpoint DSL. */
class StripeDslRoutes extends RouteBuilder implements StripeEndpointBuilderFactory.StripeBuilders {

    @Override
    public void configure() {
        from(stripe("newCharges").delay(60000).startFrom("beginning"))
                .to("mock:charges");

        from("direct:signup")
                .to(stripe("createCustomer").apiKey("{{stripe.key}}"));
    }
}
