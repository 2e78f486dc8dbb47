package dev.camelstripe.benchmarks;

import dev.camelstripe.StripeComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** A CamelContext whose {@code stripe} component points at the loopback server, as both Camel benchmarks need. */
final class CamelStripe {

    private CamelStripe() {
    }

    static CamelContext context(LoopbackStripeServer server) {
        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(5);
        StripeComponent stripe = new StripeComponent();
        stripe.getConfiguration().setApiKey(LoopbackStripeServer.API_KEY);
        stripe.getConfiguration().setApiBase(server.baseUrl());
        camel.addComponent("stripe", stripe);
        return camel;
    }
}
