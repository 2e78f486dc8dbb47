package dev.camelstripe.benchmarks;

import java.net.URI;
import java.time.Duration;

import dev.camelstripe.client.RetryPolicy;
import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeClientSettings;
import dev.camelstripe.client.StripeHttpClients;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeTransport;
import dev.camelstripe.client.TimeSource;
import dev.camelstripe.model.Customer;

/** The component's client without Camel around it: shows what the endpoint layer adds on top. */
final class StripeClientCall implements CreateCustomerCall {

    private final StripeTransport http = StripeTransport.of(StripeHttpClients.create(null, null, 20,
            Duration.ofSeconds(10)));
    private final StripeClient client;

    StripeClientCall(LoopbackStripeServer server) {
        client = new StripeClient(http, settings(server), null, new RetryPolicy(0, () -> 0.5), TimeSource.SYSTEM);
    }

    static StripeClientSettings settings(LoopbackStripeServer server) {
        return new StripeClientSettings(LoopbackStripeServer.API_KEY, URI.create(server.baseUrl()), null, null,
                Duration.ofSeconds(10), Duration.ofSeconds(80), Duration.ofSeconds(60));
    }

    @Override
    public String name() {
        return "camel-stripe StripeClient";
    }

    @Override
    public String description() {
        return "dev.camelstripe.client.StripeClient.execute(POST /v1/customers, Customer.class), no throttle, no retries";
    }

    @Override
    public Object call() {
        return client.execute(StripeRequest.post("/v1/customers", NewCustomer.asMap(), null), Customer.class).body();
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
