package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionsApiTest extends SandboxTestSupport {

    private String customer;
    private String monthly;

    @BeforeEach
    void aCustomerAndAMonthlyPrice() {
        customer = client.post("/v1/customers", "email=ada%40x.io").id();
        monthly = client.post("/v1/prices", "currency=usd&unit_amount=900&product_data[name]=Club"
                + "&recurring[interval]=month").id();
    }

    private String paymentMethod(String testMethod) {
        return client.post("/v1/payment_methods/" + testMethod + "/attach", "customer=" + customer).id();
    }

    private SandboxClient.Reply subscribe(String more) {
        return client.post("/v1/subscriptions", "customer=" + customer + "&items[0][price]=" + monthly
                + "&items[0][quantity]=2" + more);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withADefaultPaymentMethodItIsActiveAndItsFirstInvoicePaid() {
        SandboxClient.Reply reply = subscribe("&default_payment_method=" + paymentMethod("pm_card_visa")
                + "&metadata[plan]=club");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.id()).matches("sub_[0-9A-Za-z]{14}");
        assertThat(reply.json()).containsEntry("object", "subscription").containsEntry("status", "active")
                .containsEntry("customer", customer).containsEntry("current_period_start", (int) T0)
                .containsEntry("current_period_end", (int) (T0 + 30 * 86_400)) // 2023-11-14 + 1 month
                .containsEntry("metadata", Map.of("plan", "club"));
        Map<String, Object> item = ((List<Map<String, Object>>) ((Map<String, Object>) reply.json().get("items"))
                .get("data")).get(0);
        assertThat((String) item.get("id")).startsWith("si_");
        assertThat(item).containsEntry("quantity", 2);
        Map<String, Object> invoice = client.get("/v1/invoices/" + reply.json().get("latest_invoice")).json();
        assertThat(invoice).containsEntry("status", "paid").containsEntry("amount_paid", 1800)
                .containsEntry("subscription", reply.id()).containsEntry("billing_reason", "subscription_create");
        assertThat(client.get("/v1/events?type=customer.subscription.created").data()).hasSize(1);
    }

    @Test
    void aDeclinedFirstPaymentLeavesItIncompleteOrFailsTheRequestWhenAsked() {
        String failing = paymentMethod("pm_card_chargeCustomerFail");

        SandboxClient.Reply incomplete = subscribe("&default_payment_method=" + failing);
        SandboxClient.Reply refused = subscribe("&default_payment_method=" + failing
                + "&payment_behavior=error_if_incomplete");

        assertThat(incomplete.json()).containsEntry("status", "incomplete");
        assertThat(client.get("/v1/invoices/" + incomplete.json().get("latest_invoice")).json())
                .containsEntry("status", "open");
        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.error()).containsEntry("code", "card_declined");
        assertThat(sandbox.subscriptions().count()).isEqualTo(1);

        // paid later, the subscription follows its invoice
        String invoice = (String) incomplete.json().get("latest_invoice");
        client.post("/v1/invoices/" + invoice + "/pay", "payment_method=pm_card_visa");
        assertThat(client.get("/v1/subscriptions/" + incomplete.id()).json()).containsEntry("status", "active");
    }

    @Test
    void withoutAnyPaymentMethodItIsRefusedUnlessItIsLeftIncomplete() {
        SandboxClient.Reply refused = subscribe("");
        SandboxClient.Reply incomplete = subscribe("&payment_behavior=default_incomplete");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error().get("message")).isEqualTo(Billing.NO_PAYMENT_METHOD);
        assertThat(incomplete.json()).containsEntry("status", "incomplete");
    }

    @Test
    void aTrialEndingWithoutAPaymentMethodPausesAndResumes() {
        SandboxClient.Reply trial = subscribe("&trial_period_days=14"
                + "&trial_settings[end_behavior][missing_payment_method]=pause");
        assertThat(trial.json()).containsEntry("status", "trialing").containsEntry("trial_start", (int) T0)
                .containsEntry("trial_end", (int) (T0 + 14 * 86_400));
        assertThat(client.get("/v1/invoices/" + trial.json().get("latest_invoice")).json())
                .containsEntry("status", "paid").containsEntry("total", 0);

        SandboxClient.Reply paused = client.post("/v1/subscriptions/" + trial.id(), "trial_end=now");
        SandboxClient.Reply resumed = client.post("/v1/subscriptions/" + trial.id() + "/resume", "");
        SandboxClient.Reply again = client.post("/v1/subscriptions/" + trial.id() + "/resume", "");

        assertThat(paused.json()).containsEntry("status", "paused");
        assertThat(resumed.json()).containsEntry("status", "active");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error().get("message")).isEqualTo("This Subscription could not be resumed because it has "
                + "a status of active. Only a Subscription with one of the following statuses may be resumed: paused.");
        assertThat(client.get("/v1/events?type=customer.subscription.*").data()).extracting(e -> e.get("type"))
                .containsExactly("customer.subscription.updated", "customer.subscription.resumed",
                        "customer.subscription.updated", "customer.subscription.paused",
                        "customer.subscription.created");
    }

    @Test
    void aTrialEndingWithAPaymentMethodStartsThePaidPeriod() {
        SandboxClient.Reply trial = subscribe("&trial_period_days=7&default_payment_method="
                + paymentMethod("pm_card_visa"));
        clock.advanceSeconds(3600);

        SandboxClient.Reply active = client.post("/v1/subscriptions/" + trial.id(), "trial_end=now");

        assertThat(active.json()).containsEntry("status", "active").containsEntry("trial_end", (int) T0 + 3600)
                .containsEntry("current_period_start", (int) T0 + 3600);
        assertThat(client.get("/v1/invoices/" + active.json().get("latest_invoice")).json())
                .containsEntry("status", "paid").containsEntry("amount_paid", 1800)
                .containsEntry("billing_reason", "subscription_cycle");
    }

    @Test
    void cancelEndsItAndTheListLeavesCanceledOnesOutByDefault() {
        String method = paymentMethod("pm_card_visa");
        String kept = subscribe("&default_payment_method=" + method).id();
        String gone = subscribe("&default_payment_method=" + method).id();

        SandboxClient.Reply canceled = client.delete("/v1/subscriptions/" + gone
                + "?cancellation_details[comment]=too+expensive");
        SandboxClient.Reply update = client.post("/v1/subscriptions/" + gone, "metadata[a]=1");

        assertThat(canceled.json()).containsEntry("status", "canceled").containsEntry("canceled_at", (int) T0)
                .containsEntry("ended_at", (int) T0).containsEntry("cancellation_details", TestMaps.withNulls(
                        "comment", "too expensive", "feedback", null, "reason", "cancellation_requested"));
        assertThat(update.status()).isEqualTo(400);
        assertThat(client.get("/v1/subscriptions").ids()).containsExactly(kept);
        assertThat(client.get("/v1/subscriptions?status=all").ids()).containsExactly(gone, kept);
        assertThat(client.get("/v1/subscriptions?status=canceled").ids()).containsExactly(gone);
        assertThat(client.get("/v1/subscriptions?price=" + monthly + "&customer=" + customer).ids())
                .containsExactly(kept);
        assertThat(client.get("/v1/events?type=customer.subscription.deleted").data()).hasSize(1);
    }

    @Test
    void updateRecordsPreviousAttributesAndSearchFindsByStatus() {
        String id = subscribe("&default_payment_method=" + paymentMethod("pm_card_visa")).id();

        client.post("/v1/subscriptions/" + id, "cancel_at_period_end=true&description=Club");
        clock.advanceSeconds(2);

        Map<String, Object> event = client.get("/v1/events?type=customer.subscription.updated").data().get(0);
        assertThat(((Map<?, ?>) event.get("data")).get("previous_attributes")).isEqualTo(TestMaps.withNulls(
                "cancel_at", null, "cancel_at_period_end", false, "description", null));
        assertThat(client.search("/v1/subscriptions/search", "status:'active'", "").ids()).containsExactly(id);
        assertThat(client.search("/v1/subscriptions/search", "status:'canceled'", "").ids()).isEmpty();
    }

    @Test
    void aOneTimePriceOrAnotherCustomersMethodIsRefused() {
        String oneTime = client.post("/v1/prices", "currency=usd&unit_amount=900&product_data[name]=Mug").id();
        String other = client.post("/v1/customers", "").id();
        String foreign = client.post("/v1/payment_methods/pm_card_visa/attach", "customer=" + other).id();

        SandboxClient.Reply price = client.post("/v1/subscriptions", "customer=" + customer + "&items[0][price]="
                + oneTime);
        SandboxClient.Reply method = subscribe("&default_payment_method=" + foreign);

        assertThat(price.error()).containsEntry("param", "items[0][price]").containsEntry("message",
                "The price specified is set to `type=one_time` but this field only accepts prices with "
                        + "`type=recurring`.");
        assertThat(method.error()).containsEntry("param", "default_payment_method");
        assertThat(sandbox.subscriptions().count()).isZero();
    }
}
