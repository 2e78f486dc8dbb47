package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChargesApiTest extends SandboxTestSupport {

    @Test
    void aTokenPaysAtOnceWithABalanceTransaction() {
        String customer = client.post("/v1/customers", "email=a%40x.io").id();

        SandboxClient.Reply reply = client.post("/v1/charges", "amount=1000&currency=eur&source=tok_visa&customer="
                + customer + "&description=Mug&metadata[order]=7");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.id()).matches("ch_[0-9A-Za-z]{14}");
        assertThat(reply.json()).containsEntry("object", "charge").containsEntry("status", "succeeded")
                .containsEntry("amount", 1000).containsEntry("currency", "eur").containsEntry("customer", customer)
                .containsEntry("captured", true).containsEntry("amount_captured", 1000)
                .containsEntry("metadata", Map.of("order", "7")).containsEntry("payment_intent", null);
        assertThat((String) reply.json().get("payment_method")).startsWith("card_");
        assertThat(client.get("/v1/balance_transactions?source=" + reply.id()).ids()).containsExactly(
                reply.json().get("balance_transaction"));
        assertThat(client.get("/v1/events?type=charge.succeeded").data()).singleElement()
                .satisfies(e -> assertThat(((Map<?, ?>) e.get("data")).get("object")).isEqualTo(reply.json()));
    }

    @Test
    void aDeclinedTokenIsA402NamingTheFailedChargeWhichIsListed() {
        SandboxClient.Reply reply = client.post("/v1/charges", "amount=1000&currency=usd&source=tok_chargeDeclined");

        assertThat(reply.status()).isEqualTo(402);
        String charge = (String) reply.error().get("charge");
        assertThat(reply.error()).isEqualTo(Map.of("type", "card_error", "code", "card_declined",
                "decline_code", "generic_decline", "message", "Your card was declined.", "charge", charge,
                "doc_url", "https://stripe.com/docs/error-codes/card-declined"));
        assertThat(client.get("/v1/charges").ids()).containsExactly(charge);
        assertThat(client.get("/v1/events").data()).extracting(e -> e.get("type")).containsExactly("charge.failed");
    }

    @Test
    void withoutASourceItIsRefused() {
        SandboxClient.Reply none = client.post("/v1/charges", "amount=1000&currency=usd");
        SandboxClient.Reply customerOnly = client.post("/v1/charges", "amount=1000&currency=usd&customer="
                + client.post("/v1/customers", "").id());

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.error()).containsEntry("param", "source").containsEntry("message",
                "Must provide source or customer.");
        assertThat(customerOnly.status()).isEqualTo(402);
        assertThat(customerOnly.error()).containsEntry("type", "card_error").containsEntry("code", "missing");
        assertThat(sandbox.charges().count()).isZero();
    }

    @Test
    void anUncapturedChargeIsCapturedOnce() {
        String id = client.post("/v1/charges", "amount=1000&currency=usd&source=tok_visa&capture=false").id();
        assertThat(client.get("/v1/charges/" + id).json()).containsEntry("captured", false)
                .containsEntry("balance_transaction", null).containsEntry("paid", true);

        SandboxClient.Reply captured = client.post("/v1/charges/" + id + "/capture", "");
        SandboxClient.Reply again = client.post("/v1/charges/" + id + "/capture", "");

        assertThat(captured.json()).containsEntry("captured", true).containsEntry("amount_captured", 1000);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error()).isEqualTo(Map.of("type", "invalid_request_error", "code",
                "charge_already_captured", "message", "Charge " + id + " has already been captured.",
                "doc_url", "https://stripe.com/docs/error-codes/charge-already-captured"));
        assertThat(client.get("/v1/events").data()).extracting(e -> e.get("type"))
                .containsExactly("charge.captured", "charge.succeeded");
    }

    @Test
    void aPaymentIntentsChargeIsCapturedThroughTheIntent() {
        String intent = client.post("/v1/payment_intents", "amount=1000&currency=usd&capture_method=manual"
                + "&payment_method=pm_card_visa&confirm=true").id();
        String charge = (String) sandbox.paymentIntents().get(intent).get("latest_charge");

        SandboxClient.Reply reply = client.post("/v1/charges/" + charge + "/capture", "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat((String) reply.error().get("message")).contains("/v1/payment_intents/" + intent + "/capture");
    }

    @Test
    void updateRecordsChargeUpdatedWithThePreviousValues() {
        String id = client.post("/v1/charges", "amount=1000&currency=usd&source=tok_visa&description=old").id();

        SandboxClient.Reply updated = client.post("/v1/charges/" + id, "description=new&metadata[k]=v");
        SandboxClient.Reply amount = client.post("/v1/charges/" + id, "amount=5");

        assertThat(updated.json()).containsEntry("description", "new").containsEntry("metadata", Map.of("k", "v"));
        Map<String, Object> event = client.get("/v1/events?type=charge.updated").data().get(0);
        assertThat(event.get("data")).isEqualTo(Map.of("object", updated.json(), "previous_attributes",
                TestMaps.withNulls("description", "old", "metadata", TestMaps.withNulls("k", null))));
        assertThat(amount.error()).containsEntry("code", "parameter_unknown").containsEntry("param", "amount");
    }

    @Test
    void listFiltersAndSearchFindCharges() {
        String customer = client.post("/v1/customers", "").id();
        String a = client.post("/v1/charges", "amount=1000&currency=usd&source=tok_visa&customer=" + customer).id();
        String b = client.post("/v1/charges", "amount=3000&currency=usd&source=tok_mastercard").id();
        clock.advanceSeconds(2);

        assertThat(client.get("/v1/charges?customer=" + customer).ids()).containsExactly(a);
        assertThat(client.search("/v1/charges/search", "payment_method_details.card.last4:'4444'", "").ids())
                .containsExactly(b);
        assertThat(client.search("/v1/charges/search", "amount>1000 OR customer:'" + customer + "'", "").ids())
                .containsExactly(b, a);
        assertThat(client.search("/v1/charges/search", "refunded:false -amount:3000", "").ids()).containsExactly(a);
        assertThat(List.of(a, b)).doesNotHaveDuplicates();
    }
}
