package com.example;

import dev.camelstripe.model.CustomerParams;
import org.apache.camel.builder.RouteBuilder;

public class CreateCustomerRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:create-customer?repeatCount=1")
            .setBody(constant(new CustomerParams()
                    .email("jenny.rosen@example.com")
                    .description("My first customer")))
            .to("stripe:createCustomer")
            .log("Created customer ${body.id} (Stripe request ${header.CamelStripeRequestId})");
    }
}
