package dev.camelstripe.examples.sandbox;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckoutSessionsApiTest extends SandboxTestSupport {

    private String mug;
    private String club;

    @BeforeEach
    void prices() {
        mug = client.post("/v1/prices", "currency=usd&unit_amount=1200&product_data[name]=Mug").id();
        club = client.post("/v1/prices", "currency=usd&unit_amount=900&product_data[name]=Club"
                + "&recurring[interval]=month").id();
    }

    private SandboxClient.Reply session(String form) {
        return client.post("/v1/checkout/sessions", form);
    }

    @Test
    void aPaymentSessionIsOpenUntilTheCustomerPays() {
        SandboxClient.Reply open = session("mode=payment&line_items[0][price]=" + mug + "&line_items[0][quantity]=2"
                + "&success_url=https%3A%2F%2Fshop.example%2Fok&customer_email=ada%40x.io&client_reference_id=order-7");

        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.id()).matches("cs_test_[0-9A-Za-z]{14}");
        assertThat(open.json()).containsEntry("object", "checkout.session").containsEntry("status", "open")
                .containsEntry("payment_status", "unpaid").containsEntry("amount_total", 2400)
                .containsEntry("expires_at", (int) T0 + 86_400).containsEntry("payment_intent", null)
                .containsEntry("url", "https://checkout.stripe.com/c/pay/" + open.id())
                .containsEntry("client_reference_id", "order-7");
        assertThat(client.get("/v1/checkout/sessions/" + open.id() + "/line_items").data()).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("amount_total", 2400).containsEntry("quantity", 2));

        Map<String, Object> complete = sandbox.completeCheckout(open.id(), "pm_card_visa");

        assertThat(complete).containsEntry("status", "complete").containsEntry("payment_status", "paid");
        assertThat(client.get("/v1/payment_intents/" + complete.get("payment_intent")).json())
                .containsEntry("status", "succeeded").containsEntry("amount", 2400);
        assertThat(client.get("/v1/events?type=checkout.session.completed").data()).hasSize(1);
        assertThat(client.get("/v1/checkout/sessions?status=complete").ids()).containsExactly(open.id());
    }

    @Test
    void aDeclinedCardLeavesTheSessionOpen() {
        String id = session("mode=payment&line_items[0][price]=" + mug).id();

        assertThatThrownBy(() -> sandbox.completeCheckout(id, "pm_card_chargeDeclined"))
                .isInstanceOfSatisfying(StripeError.class, e -> assertThat(e.code()).isEqualTo("card_declined"));
        assertThat(sandbox.checkoutSessions().get(id)).containsEntry("status", "open");
    }

    @Test
    void aSubscriptionSessionSubscribesTheNewCustomer() {
        String id = session("mode=subscription&line_items[0][price]=" + club + "&customer_email=ada%40x.io").id();

        Map<String, Object> complete = sandbox.completeCheckout(id, "pm_card_visa");

        assertThat(client.get("/v1/subscriptions/" + complete.get("subscription")).json())
                .containsEntry("status", "active").containsEntry("customer", complete.get("customer"));
        assertThat(sandbox.customers().get((String) complete.get("customer"))).containsEntry("email", "ada@x.io");
    }

    @Test
    void expireOnlyAnOpenSession() {
        String id = session("mode=payment&line_items[0][price]=" + mug).id();

        SandboxClient.Reply expired = client.post("/v1/checkout/sessions/" + id + "/expire", "");
        SandboxClient.Reply again = client.post("/v1/checkout/sessions/" + id + "/expire", "");

        assertThat(expired.json()).containsEntry("status", "expired");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error().get("message")).isEqualTo("This Checkout Session could not be expired because it "
                + "has a status of expired. Only a Checkout Session with one of the following statuses may be "
                + "expired: open.");
        assertThat(client.get("/v1/events?type=checkout.session.expired").data()).hasSize(1);
    }

    @Test
    void pricesMustFitTheModeAndTheLifetimeIsBounded() {
        SandboxClient.Reply recurringInPayment = session("mode=payment&line_items[0][price]=" + club);
        SandboxClient.Reply noRecurring = session("mode=subscription&line_items[0][price]=" + mug);
        SandboxClient.Reply noMode = session("line_items[0][price]=" + mug);
        SandboxClient.Reply tooLong = session("mode=payment&line_items[0][price]=" + mug + "&expires_at="
                + (T0 + 2 * 86_400));

        assertThat(recurringInPayment.error()).containsEntry("param", "line_items[0][price]");
        assertThat(noRecurring.error()).containsEntry("param", "line_items");
        assertThat(noMode.error()).containsEntry("code", "parameter_missing").containsEntry("param", "mode");
        assertThat(tooLong.error()).containsEntry("param", "expires_at");
        assertThat(sandbox.checkoutSessions().count()).isZero();
    }
}
