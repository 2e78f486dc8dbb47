package dev.camelstripe.examples.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersApiTest extends SandboxTestSupport {

    @Test
    void legacyOrdersAreListedByDefault() {
        Map<String, Object> paid = sandbox.orders().create(Map.of("status", "paid", "amount", 1200L,
                "customer", "cus_1", "charge", "ch_1"));
        Map<String, Object> created = sandbox.orders().create(Map.of("status", "created"));

        SandboxClient.Reply list = client.get("/v1/orders?limit=5");
        SandboxClient.Reply one = client.get("/v1/orders/" + paid.get("id"));

        assertThat(sandbox.ordersApiEnabled()).isTrue();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.ids()).containsExactly(created.get("id"), paid.get("id"));
        assertThat(list.json()).containsEntry("url", "/v1/orders");
        assertThat(one.json()).containsEntry("object", "order").containsEntry("status", "paid")
                .containsEntry("amount", 1200).containsEntry("amount_returned", null)
                .containsEntry("charge", "ch_1").containsEntry("customer", "cus_1")
                .containsEntry("created", (int) T0).containsEntry("updated", (int) T0)
                .containsEntry("selected_shipping_method", null).containsEntry("livemode", false);
        assertThat((String) one.json().get("id")).matches("or_[0-9A-Za-z]{14}");
        assertThat(one.json().get("status_transitions")).isEqualTo(TestMaps.withNulls("canceled", null,
                "fulfiled", null, "paid", (int) T0, "returned", null));
    }

    @Test
    void switchedOffOrdersAnswerLikeARemovedApi() {
        sandbox.orders().create(Map.of());
        sandbox.ordersApiEnabled(false);

        SandboxClient.Reply reply = client.get("/v1/orders?limit=3");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo(Map.of("type", "invalid_request_error", "message",
                "Unrecognized request URL (GET: /v1/orders). Please see https://stripe.com/docs or we can help at "
                        + "https://support.stripe.com/."));
        assertThat(client.get("/v1/orders/or_1").status()).isEqualTo(404);

        sandbox.ordersApiEnabled(true);
        assertThat(client.get("/v1/orders").status()).isEqualTo(200);
    }
}
