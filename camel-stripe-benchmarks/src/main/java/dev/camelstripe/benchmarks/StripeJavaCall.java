package dev.camelstripe.benchmarks;

import com.stripe.StripeClient;

/** The SDK Apache's camel-stripe wraps, as shipped (its HttpURLConnection transport), pointed at loopback. */
final class StripeJavaCall implements CreateCustomerCall {

    private final StripeClient client;

    StripeJavaCall(LoopbackStripeServer server) {
        client = StripeClient.builder()
                .setApiKey(LoopbackStripeServer.API_KEY)
                .setApiBase(server.baseUrl())
                .setMaxNetworkRetries(0)
                .build();
    }

    @Override
    public String name() {
        return "stripe-java 33.2.0";
    }

    @Override
    public String description() {
        return "com.stripe.StripeClient.customers().create(CustomerCreateParams), default transport, no retries";
    }

    @Override
    public Object call() throws Exception {
        return client.customers().create(NewCustomer.asStripeJavaParams());
    }
}
