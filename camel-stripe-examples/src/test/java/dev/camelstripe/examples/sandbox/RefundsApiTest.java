package dev.camelstripe.examples.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundsApiTest extends SandboxTestSupport {

    private String charge(String source) {
        return client.post("/v1/charges", "amount=2000&currency=usd&source=" + source).id();
    }

    @Test
    void partialRefundsAddUpOnTheChargeWithBalanceTransactions() {
        String charge = charge("tok_visa");

        SandboxClient.Reply first = client.post("/v1/refunds", "charge=" + charge + "&amount=500&reason=duplicate"
                + "&metadata[ticket]=T1");
        Map<String, Object> afterFirst = client.get("/v1/charges/" + charge).json();
        SandboxClient.Reply rest = client.post("/v1/refunds", "charge=" + charge);

        assertThat(first.id()).matches("re_[0-9A-Za-z]{14}");
        assertThat(first.json()).containsEntry("object", "refund").containsEntry("status", "succeeded")
                .containsEntry("amount", 500).containsEntry("charge", charge).containsEntry("reason", "duplicate")
                .containsEntry("metadata", Map.of("ticket", "T1")).containsEntry("currency", "usd");
        assertThat(afterFirst).containsEntry("amount_refunded", 500).containsEntry("refunded", false);
        assertThat(rest.json()).containsEntry("amount", 1500);
        assertThat(client.get("/v1/charges/" + charge).json()).containsEntry("amount_refunded", 2000)
                .containsEntry("refunded", true);
        assertThat(client.get("/v1/balance_transactions/" + first.json().get("balance_transaction")).json())
                .containsEntry("type", "refund").containsEntry("amount", -500).containsEntry("fee", 0)
                .containsEntry("source", first.id());
        assertThat(client.get("/v1/balance_transactions?type=refund").ids()).hasSize(2);
        assertThat(client.get("/v1/refunds?charge=" + charge).ids()).containsExactly(rest.id(), first.id());
        assertThat(client.get("/v1/events?types[]=refund.created&types[]=charge.refunded").data())
                .extracting(e -> e.get("type"))
                .containsExactly("charge.refunded", "refund.created", "charge.refunded", "refund.created");
    }

    @Test
    void overRefundsAndRefundsOfARefundedChargeAreRefused() {
        String charge = charge("tok_visa");

        SandboxClient.Reply tooMuch = client.post("/v1/refunds", "charge=" + charge + "&amount=2500");
        client.post("/v1/refunds", "charge=" + charge);
        SandboxClient.Reply again = client.post("/v1/refunds", "charge=" + charge);

        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.error()).isEqualTo(Map.of("type", "invalid_request_error", "param", "amount",
                "message", "Refund amount ($25.00) is greater than unrefunded amount on charge ($20.00)"));
        assertThat(again.error()).containsEntry("code", "charge_already_refunded")
                .containsEntry("message", "Charge " + charge + " has already been refunded.");
        assertThat(sandbox.refunds().count()).isEqualTo(1);
    }

    @Test
    void aPaymentIntentIsRefundedThroughItsCharge() {
        String intent = client.post("/v1/payment_intents", "amount=2000&currency=usd&payment_method=pm_card_visa"
                + "&confirm=true").id();
        String open = client.post("/v1/payment_intents", "amount=2000&currency=usd").id();

        SandboxClient.Reply refund = client.post("/v1/refunds", "payment_intent=" + intent + "&amount=700");
        SandboxClient.Reply unpaid = client.post("/v1/refunds", "payment_intent=" + open);
        SandboxClient.Reply both = client.post("/v1/refunds", "payment_intent=" + intent + "&charge=ch_1");

        assertThat(refund.json()).containsEntry("payment_intent", intent).containsEntry("charge",
                sandbox.paymentIntents().get(intent).get("latest_charge"));
        assertThat(client.get("/v1/refunds?payment_intent=" + intent).ids()).containsExactly(refund.id());
        assertThat(unpaid.error()).containsEntry("code", "charge_not_refundable");
        assertThat(both.error()).containsEntry("code", "parameters_exclusive");
    }

    @Test
    void aPendingRefundSucceedsAndAFailingOneFailsWhenTheSandboxSettles() {
        String pending = client.post("/v1/refunds", "charge=" + charge("tok_pendingRefund")).id();
        String failing = client.post("/v1/refunds", "charge=" + charge("tok_refundFail")).id();
        assertThat(client.get("/v1/refunds/" + pending).json()).containsEntry("status", "pending");
        assertThat(client.get("/v1/refunds/" + failing).json()).containsEntry("status", "succeeded");

        sandbox.settlePayments();

        assertThat(client.get("/v1/refunds/" + pending).json()).containsEntry("status", "succeeded");
        Map<String, Object> failed = client.get("/v1/refunds/" + failing).json();
        assertThat(failed).containsEntry("status", "failed").containsEntry("failure_reason",
                "expired_or_canceled_card");
        assertThat(client.get("/v1/charges/" + failed.get("charge")).json()).containsEntry("amount_refunded", 0)
                .containsEntry("refunded", false);
        assertThat(client.get("/v1/events?type=refund.failed").data()).hasSize(1);
    }

    @Test
    void onlyARefundAwaitingActionCanBeCanceled() {
        String succeeded = client.post("/v1/refunds", "charge=" + charge("tok_visa")).id();
        // refunds of payment methods that need the customer (a customer balance) wait for action; cards never do
        String awaiting = (String) sandbox.refunds().create(Map.of("status", "requires_action", "amount", 100L))
                .get("id");

        SandboxClient.Reply refused = client.post("/v1/refunds/" + succeeded + "/cancel", "");
        SandboxClient.Reply canceled = client.post("/v1/refunds/" + awaiting + "/cancel", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo(Map.of("type", "invalid_request_error", "message",
                "This Refund could not be canceled because it has a status of succeeded. Only a Refund with one of "
                        + "the following statuses may be canceled: requires_action."));
        assertThat(canceled.json()).containsEntry("status", "canceled");
    }

    @Test
    void updateChangesMetadataOnly() {
        String id = client.post("/v1/refunds", "charge=" + charge("tok_visa")).id();

        assertThat(client.post("/v1/refunds/" + id, "metadata[a]=1").json()).containsEntry("metadata",
                Map.of("a", "1"));
        assertThat(client.post("/v1/refunds/" + id, "amount=1").error()).containsEntry("param", "amount");
        assertThat(client.get("/v1/events?type=refund.updated").data()).hasSize(1);
    }
}
