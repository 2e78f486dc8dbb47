package dev.camelstripe.examples.quarkus;

import org.apache.camel.builder.RouteBuilder;

/** A sign-up becomes a Stripe customer. Camel Quarkus finds this route builder on its own. */
public class SignupRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:signup").routeId("signup")
                .to("stripe:createCustomer")
                .log("signed up customer ${header.CamelStripeObjectId}");
    }
}
