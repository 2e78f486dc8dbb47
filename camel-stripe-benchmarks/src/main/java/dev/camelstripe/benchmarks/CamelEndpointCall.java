package dev.camelstripe.benchmarks;

import dev.camelstripe.model.Customer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/** What a route author gets: {@code stripe:createCustomer} through a ProducerTemplate, throttle and retries off. */
final class CamelEndpointCall implements CreateCustomerCall {

    static final String URI = "stripe:createCustomer?rateLimit=0&maxRetries=0";

    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Endpoint endpoint;

    CamelEndpointCall(LoopbackStripeServer server) {
        camel = CamelStripe.context(server);
        camel.start();
        template = camel.createProducerTemplate();
        endpoint = camel.getEndpoint(URI);
    }

    @Override
    public String name() {
        return "camel-stripe stripe: endpoint";
    }

    @Override
    public String description() {
        return "ProducerTemplate.requestBody(\"" + URI + "\", CustomerParams, Customer.class)";
    }

    @Override
    public Object call() {
        return template.requestBody(endpoint, NewCustomer.asCustomerParams(), Customer.class);
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
