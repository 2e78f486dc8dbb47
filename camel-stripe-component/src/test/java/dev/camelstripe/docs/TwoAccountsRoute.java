package dev.camelstripe.docs;

import org.apache.camel.builder.RouteBuilder;

/** docs/security.md: one key per endpoint, from property placeholders. */
public class TwoAccountsRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:eu-customer")
            .to("stripe:getCustomer?apiKey={{stripe.eu.api-key}}");
        from("direct:us-customer")
            .to("stripe:getCustomer?apiKey={{stripe.us.api-key}}");
    }
}
