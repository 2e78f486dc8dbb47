package dev.camelstripe.examples.sandbox;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventsApiTest extends SandboxTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void eachChangeRecordsAnEventWithTheObjectAndTheRequest() {
        SandboxClient.Reply created = client.postIdempotent("/v1/customers", "email=a%40x.io&metadata[tier]=silver",
                SandboxClient.KEY, "signup-1");
        clock.advanceSeconds(1);
        SandboxClient.Reply updated = client.post("/v1/customers/" + created.id(), "name=Ada&metadata[tier]=gold"
                + "&metadata[vip]=yes");
        clock.advanceSeconds(1);
        client.delete("/v1/customers/" + created.id());

        SandboxClient.Reply events = client.get("/v1/events");

        assertThat(events.json()).containsEntry("object", "list").containsEntry("url", "/v1/events");
        assertThat(events.data()).extracting(e -> e.get("type")).containsExactly("customer.deleted",
                "customer.updated", "customer.created");
        Map<String, Object> creation = events.data().get(2);
        assertThat((String) creation.get("id")).matches("evt_[0-9A-Za-z]{14}");
        assertThat(creation).containsEntry("object", "event").containsEntry("api_version", EventLog.API_VERSION)
                .containsEntry("created", (int) T0).containsEntry("livemode", false)
                .containsEntry("pending_webhooks", 0)
                .containsEntry("request", Map.of("id", created.header("Request-Id"), "idempotency_key", "signup-1"));
        assertThat(creation.get("data")).isEqualTo(Map.of("object", created.json()));
        Map<String, Object> update = events.data().get(1);
        assertThat(update.get("data")).isEqualTo(Map.of("object", updated.json(), "previous_attributes",
                TestMaps.withNulls("metadata", TestMaps.withNulls("tier", "silver", "vip", null), "name", null)));
        assertThat((Map<String, Object>) update.get("request")).containsEntry("id", updated.header("Request-Id"))
                .containsEntry("idempotency_key", null);
        assertThat(((Map<String, Object>) events.data().get(0).get("data")).get("object")).isEqualTo(updated.json());
        assertThat(client.get("/v1/events/" + creation.get("id")).json()).isEqualTo(creation);
    }

    @Test
    void changesNoRequestMadeCarryANullRequest() {
        sandbox.customers().create(Map.of("email", "dashboard@x.io"));

        assertThat(client.get("/v1/events").data()).singleElement().satisfies(e -> assertThat(e.get("request"))
                .isEqualTo(TestMaps.withNulls("id", null, "idempotency_key", null)));
    }

    @Test
    void typeTakesAWildcardTypesTakesExactNamesAndNotBoth() {
        String customer = client.post("/v1/customers", "").id();
        client.post("/v1/products", "name=Mug");
        client.post("/v1/payment_methods/pm_card_visa/attach", "customer=" + customer);
        client.post("/v1/subscriptions", "customer=" + customer); // refused: records nothing

        assertThat(client.get("/v1/events?type=customer.*").data()).extracting(e -> e.get("type"))
                .containsExactly("customer.created");
        assertThat(client.get("/v1/events?type=*.created").data()).extracting(e -> e.get("type"))
                .containsExactly("product.created", "customer.created");
        assertThat(client.get("/v1/events?types[]=product.created&types[]=payment_method.attached").data())
                .extracting(e -> e.get("type")).containsExactly("payment_method.attached", "product.created");
        assertThat(client.get("/v1/events?types[]=customer.*").data()).isEmpty();
        SandboxClient.Reply both = client.get("/v1/events?type=customer.created&types[]=product.created");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.error()).containsEntry("code", "parameters_exclusive");
        String tooMany = "types[]=a.b&".repeat(21);
        assertThat(client.get("/v1/events?" + tooMany).error()).containsEntry("param", "types");
    }

    @Test
    void eventsPageNewestFirstAndFilterOnCreated() {
        for (int i = 0; i < 5; i++) {
            client.post("/v1/products", "name=P" + i);
            clock.advanceSeconds(1);
        }

        SandboxClient.Reply first = client.get("/v1/events?limit=2");
        SandboxClient.Reply second = client.get("/v1/events?limit=2&starting_after=" + first.ids().get(1));
        SandboxClient.Reply last = client.get("/v1/events?limit=2&starting_after=" + second.ids().get(1));

        assertThat(first.json()).containsEntry("has_more", true);
        assertThat(second.json()).containsEntry("has_more", true);
        assertThat(last.ids()).hasSize(1);
        assertThat(last.json()).containsEntry("has_more", false);
        assertThat(first.data()).extracting(e -> e.get("created")).containsExactly((int) T0 + 4, (int) T0 + 3);
        assertThat(client.get("/v1/events?created[gte]=" + (T0 + 3)).ids()).isEqualTo(first.ids());
    }

    @Test
    void eventsAreKeptForThirtyDays() {
        client.post("/v1/products", "name=Old");
        String old = client.get("/v1/events").ids().get(0).toString();
        clock.advance(EventLog.RETENTION.minus(Duration.ofSeconds(1)));
        client.post("/v1/products", "name=Recent");
        assertThat(client.get("/v1/events").ids()).hasSize(2);

        clock.advanceSeconds(1);

        assertThat(client.get("/v1/events").ids()).hasSize(1).doesNotContain(old);
        SandboxClient.Reply gone = client.get("/v1/events/" + old);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.error()).containsEntry("message", "No such event: '" + old + "'");
    }

    @Test
    void deliverySuccessTellsEventsNoEndpointAwaits() {
        client.post("/v1/products", "name=Mug");

        assertThat(client.get("/v1/events?delivery_success=true").ids()).hasSize(1);
        assertThat(client.get("/v1/events?delivery_success=false").ids()).isEmpty();
    }
}
