package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicesApiTest extends SandboxTestSupport {

    private String customer;

    @BeforeEach
    void aCustomerWithTwoPendingItems() {
        customer = client.post("/v1/customers", "email=ada%40x.io&name=Ada").id();
        sandbox.invoiceItems().create(Map.of("customer", customer, "amount", 1000L, "description", "Mug"));
        sandbox.invoiceItems().create(Map.of("customer", customer, "amount", 500L, "description", "Sticker"));
    }

    private String draft() {
        SandboxClient.Reply reply = client.post("/v1/invoices", "customer=" + customer
                + "&pending_invoice_items_behavior=include");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.id();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftTakesThePendingItemsAndFinalizingNumbersItAndGivesItAPaymentIntent() {
        SandboxClient.Reply created = client.post("/v1/invoices", "customer=" + customer
                + "&pending_invoice_items_behavior=include&description=March");

        assertThat(created.id()).matches("in_[0-9A-Za-z]{14}");
        assertThat(created.json()).containsEntry("object", "invoice").containsEntry("status", "draft")
                .containsEntry("total", 1500).containsEntry("amount_due", 1500).containsEntry("number", null)
                .containsEntry("customer_email", "ada@x.io").containsEntry("description", "March");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) ((Map<String, Object>) created.json()
                .get("lines")).get("data");
        assertThat(lines).extracting(l -> l.get("amount")).containsExactlyInAnyOrder(1000, 500);
        assertThat(lines).allSatisfy(l -> assertThat(l).containsEntry("type", "invoiceitem"));
        assertThat(client.get("/v1/invoiceitems?invoice=" + created.id()).ids()).hasSize(2);

        SandboxClient.Reply open = client.post("/v1/invoices/" + created.id() + "/finalize", "");

        String prefix = (String) sandbox.customers().get(customer).get("invoice_prefix");
        assertThat(open.json()).containsEntry("status", "open").containsEntry("number", prefix + "-0001");
        assertThat(((Map<String, Object>) open.json().get("status_transitions"))).containsEntry("finalized_at",
                (int) T0);
        assertThat(client.get("/v1/payment_intents/" + open.json().get("payment_intent")).json())
                .containsEntry("amount", 1500).containsEntry("invoice", created.id())
                .containsEntry("status", "requires_payment_method");
        assertThat(client.get("/v1/events?type=invoice.*").data()).extracting(e -> e.get("type"))
                .containsExactly("invoice.finalized", "invoice.created");
    }

    @Test
    void paidWithACardItIsPaidAndItsChargeKnown() {
        String id = draft();
        client.post("/v1/invoices/" + id + "/finalize", "");

        SandboxClient.Reply paid = client.post("/v1/invoices/" + id + "/pay", "payment_method=pm_card_visa");

        assertThat(paid.json()).containsEntry("status", "paid").containsEntry("paid", true)
                .containsEntry("amount_paid", 1500).containsEntry("amount_remaining", 0)
                .containsEntry("attempted", true).containsEntry("attempt_count", 1);
        assertThat(client.get("/v1/charges/" + paid.json().get("charge")).json()).containsEntry("invoice", id)
                .containsEntry("amount", 1500);
        assertThat(client.get("/v1/events?type=invoice.*").data()).extracting(e -> e.get("type")).startsWith(
                "invoice.payment_succeeded", "invoice.paid");
        assertThat(client.post("/v1/invoices/" + id + "/pay", "").error()).containsEntry("code",
                "invoice_not_editable");
    }

    @Test
    void aDeclinedPaymentLeavesItOpenWithTheAttemptRecorded() {
        String id = draft();
        client.post("/v1/invoices/" + id + "/finalize", "");

        SandboxClient.Reply declined = client.post("/v1/invoices/" + id + "/pay",
                "payment_method=pm_card_chargeDeclined");

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.error()).containsEntry("code", "card_declined");
        assertThat(client.get("/v1/invoices/" + id).json()).containsEntry("status", "open")
                .containsEntry("attempt_count", 1).containsEntry("attempted", true);
        assertThat(client.get("/v1/events?type=invoice.payment_failed").data()).hasSize(1);
    }

    @Test
    void withoutAPaymentMethodAnywherePayIsRefusedAndTheCustomersDefaultPays() {
        String id = draft();
        client.post("/v1/invoices/" + id + "/finalize", "");

        SandboxClient.Reply refused = client.post("/v1/invoices/" + id + "/pay", "");
        String method = client.post("/v1/payment_methods/pm_card_visa/attach", "customer=" + customer).id();
        client.post("/v1/customers/" + customer, "invoice_settings[default_payment_method]=" + method);
        SandboxClient.Reply paid = client.post("/v1/invoices/" + id + "/pay", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error().get("message")).isEqualTo(Billing.NO_PAYMENT_METHOD);
        assertThat(paid.json()).containsEntry("status", "paid");
    }

    @Test
    void voidMarkUncollectibleAndOutOfBand() {
        String voided = draft();
        client.post("/v1/invoices/" + voided + "/finalize", "");
        sandbox.invoiceItems().create(Map.of("customer", customer, "amount", 300L));
        String lost = draft();
        client.post("/v1/invoices/" + lost + "/finalize", "");

        SandboxClient.Reply v = client.post("/v1/invoices/" + voided + "/void", "");
        SandboxClient.Reply u = client.post("/v1/invoices/" + lost + "/mark_uncollectible", "");
        SandboxClient.Reply p = client.post("/v1/invoices/" + lost + "/pay", "paid_out_of_band=true");

        assertThat(v.json()).containsEntry("status", "void");
        assertThat(client.get("/v1/payment_intents/" + v.json().get("payment_intent")).json())
                .containsEntry("status", "canceled").containsEntry("cancellation_reason", "void_invoice");
        assertThat(u.json()).containsEntry("status", "uncollectible");
        assertThat(p.json()).containsEntry("status", "paid").containsEntry("paid_out_of_band", true)
                .containsEntry("amount_paid", 300);
        assertThat(client.post("/v1/invoices/" + voided + "/void", "").error().get("message")).isEqualTo(
                "This Invoice could not be voided because it has a status of void. Only a Invoice with one of the "
                        + "following statuses may be voided: open, uncollectible.");
        assertThat(client.get("/v1/invoices?status=void").ids()).containsExactly(voided);
    }

    @Test
    void onlyADraftIsDeletedAndItsItemsArePendingAgain() {
        String draft = draft();
        String open = client.post("/v1/invoices", "customer=" + customer).id();
        client.post("/v1/invoices/" + open + "/finalize", "");

        SandboxClient.Reply deleted = client.delete("/v1/invoices/" + draft);
        SandboxClient.Reply refused = client.delete("/v1/invoices/" + open);

        assertThat(deleted.json()).isEqualTo(Map.of("id", draft, "object", "invoice", "deleted", true));
        assertThat(sandbox.invoiceItems().all()).allSatisfy(i -> assertThat(i).containsEntry("invoice", null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).containsEntry("code", "invoice_not_editable");
        assertThat(client.get("/v1/events?type=invoice.deleted").data()).hasSize(1);
    }

    @Test
    void anInvoiceWithNothingDueIsPaidOnFinalization() {
        String empty = client.post("/v1/invoices", "customer=" + customer).id();

        SandboxClient.Reply reply = client.post("/v1/invoices/" + empty + "/finalize", "");

        assertThat(reply.json()).containsEntry("status", "paid").containsEntry("payment_intent", null);
    }

    @Test
    void sendNeedsSendInvoiceAndUpdatesAfterFinalizationAreLimited() {
        String charged = draft();
        client.post("/v1/invoices/" + charged + "/finalize", "");
        sandbox.invoiceItems().create(Map.of("customer", customer, "amount", 300L));
        SandboxClient.Reply sent = client.post("/v1/invoices", "customer=" + customer
                + "&collection_method=send_invoice&days_until_due=30&pending_invoice_items_behavior=include");
        SandboxClient.Reply noDue = client.post("/v1/invoices", "customer=" + customer
                + "&collection_method=send_invoice");
        client.post("/v1/invoices/" + sent.id() + "/finalize", "");

        assertThat(client.post("/v1/invoices/" + charged + "/send", "").error().get("message"))
                .isEqualTo("You can only manually send an invoice if its collection method is 'send_invoice'.");
        assertThat(client.post("/v1/invoices/" + sent.id() + "/send", "").json()).containsEntry("status", "open")
                .containsEntry("due_date", (int) (T0 + 30 * 86_400));
        assertThat(noDue.error()).containsEntry("param", "days_until_due");
        assertThat(client.post("/v1/invoices/" + charged, "collection_method=send_invoice").error())
                .containsEntry("code", "invoice_not_editable");
        assertThat(client.post("/v1/invoices/" + charged, "metadata[po]=77").json())
                .containsEntry("metadata", Map.of("po", "77"));
        assertThat(client.get("/v1/events?type=invoice.sent").data()).hasSize(1);
    }

    @Test
    void searchFindsInvoicesByStatusAndTotal() {
        String open = draft();
        client.post("/v1/invoices/" + open + "/finalize", "");
        String empty = client.post("/v1/invoices", "customer=" + customer).id();
        clock.advanceSeconds(2);

        assertThat(client.search("/v1/invoices/search", "status:'open' AND total>1000", "").ids())
                .containsExactly(open);
        assertThat(client.search("/v1/invoices/search", "customer:'" + customer + "'", "").ids())
                .containsExactly(empty, open);
    }
}
