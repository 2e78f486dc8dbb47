package dev.camelstripe.test;

import dev.camelstripe.StripeEndpoint;
import org.apache.camel.CamelContext;

/** Endpoints as tests need them. */
public final class Endpoints {

    private Endpoints() {
    }

    /** The context's endpoint for {@code uri}, started, so that its client can be used without a route. */
    public static StripeEndpoint started(CamelContext context, String uri) {
        StripeEndpoint endpoint = context.getEndpoint(uri, StripeEndpoint.class);
        endpoint.start();
        return endpoint;
    }
}
