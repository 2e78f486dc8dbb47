package dev.camelstripe.benchmarks;

import java.time.Duration;
import java.util.UUID;

import dev.camelstripe.client.StripeClient;
import dev.camelstripe.client.StripeHttpClients;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.StripeJson;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The floor: the same POST on the same pooled HttpClient 5 settings the component uses, with a pre-encoded form
 * body and the headers Stripe gets from us, the body read into a byte[]; optionally mapped to a {@link Customer}
 * with the component's own Jackson mapper, to separate transport cost from mapping cost.
 */
final class RawHttpClientCall implements CreateCustomerCall {

    static final String NAME_FLOOR = "raw HttpClient 5 (floor)";
    static final String NAME_MAPPED = "raw HttpClient 5 + Jackson";

    private final CloseableHttpClient http = StripeHttpClients.create(null, null, 20, Duration.ofSeconds(10));
    private final String url;
    private final String form = NewCustomer.asForm();
    private final boolean mapJson;

    RawHttpClientCall(LoopbackStripeServer server, boolean mapJson) {
        this.url = server.baseUrl() + "/v1/customers";
        this.mapJson = mapJson;
    }

    @Override
    public String name() {
        return mapJson ? NAME_MAPPED : NAME_FLOOR;
    }

    @Override
    public String description() {
        return mapJson ? "raw POST, body read to byte[] then mapped to dev.camelstripe.model.Customer"
                : "raw POST, body read to byte[], no JSON mapping";
    }

    @Override
    public Object call() throws Exception {
        ClassicHttpRequest request = ClassicRequestBuilder.post(url)
                .setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED))
                .setHeader("Authorization", "Bearer " + LoopbackStripeServer.API_KEY)
                .setHeader("Idempotency-Key", UUID.randomUUID().toString())
                .setHeader("Accept", "application/json")
                .setHeader("User-Agent", StripeClient.USER_AGENT)
                .build();
        byte[] body = http.execute(request, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
        return mapJson ? StripeJson.read(body, Customer.class) : body;
    }

    @Override
    public void close() throws Exception {
        http.close();
    }
}
