package dev.camelstripe.examples.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentMethodsApiTest extends SandboxTestSupport {

    @Test
    void attachingATestMethodAttachesANewPaymentMethodListedForTheCustomer() {
        String customer = client.post("/v1/customers", "email=a%40x.io").id();

        SandboxClient.Reply attached = client.post("/v1/payment_methods/pm_card_visa/attach", "customer=" + customer);

        assertThat(attached.status()).isEqualTo(200);
        assertThat(attached.id()).matches("pm_[0-9A-Za-z]{14}");
        assertThat(attached.json()).containsEntry("object", "payment_method").containsEntry("type", "card")
                .containsEntry("customer", customer).containsEntry("livemode", false);
        assertThat(attached.json().get("card")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("brand", "visa").containsEntry("last4", "4242").containsEntry("exp_year", 2034);
        assertThat(client.get("/v1/customers/" + customer + "/payment_methods").json())
                .containsEntry("url", "/v1/customers/" + customer + "/payment_methods");
        assertThat(client.get("/v1/customers/" + customer + "/payment_methods?type=card").ids())
                .containsExactly(attached.id());
        assertThat(client.get("/v1/payment_methods?customer=" + customer).ids()).containsExactly(attached.id());
        assertThat(client.get("/v1/events").data()).extracting(e -> e.get("type"))
                .containsExactly("payment_method.attached", "customer.created");
    }

    @Test
    void aDecliningCardIsRefusedAtAttachButChargeCustomerFailAttaches() {
        String customer = client.post("/v1/customers", "").id();

        SandboxClient.Reply declined = client.post("/v1/payment_methods/pm_card_chargeDeclined/attach",
                "customer=" + customer);
        SandboxClient.Reply failLater = client.post("/v1/payment_methods/pm_card_chargeCustomerFail/attach",
                "customer=" + customer);

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.error()).containsEntry("code", "card_declined").containsEntry("type", "card_error");
        assertThat(failLater.status()).isEqualTo(200);
        SandboxClient.Reply pay = client.post("/v1/payment_intents", "amount=1000&currency=usd&confirm=true&customer="
                + customer + "&payment_method=" + failLater.id());
        assertThat(pay.status()).isEqualTo(402);
    }

    @Test
    void detachOnceThenRefused() {
        String customer = client.post("/v1/customers", "").id();
        String method = client.post("/v1/payment_methods/pm_card_visa/attach", "customer=" + customer).id();

        SandboxClient.Reply detached = client.post("/v1/payment_methods/" + method + "/detach", "");
        SandboxClient.Reply again = client.post("/v1/payment_methods/" + method + "/detach", "");
        SandboxClient.Reply reattach = client.post("/v1/payment_methods/" + method + "/attach", "customer=cus_x");

        assertThat(detached.json()).containsEntry("customer", null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error()).containsEntry("code", "payment_method_unexpected_state").containsEntry("message",
                "The payment method you provided is not attached to a customer so detachment is impossible.");
        assertThat(reattach.status()).isEqualTo(404);
        assertThat(client.get("/v1/customers/" + customer + "/payment_methods").ids()).isEmpty();
        assertThat(client.get("/v1/events?type=payment_method.detached").data()).hasSize(1);
    }

    @Test
    void updateNeedsAnAttachedMethod() {
        String customer = client.post("/v1/customers", "").id();
        String method = client.post("/v1/payment_methods/pm_card_visa/attach", "customer=" + customer).id();
        String loose = (String) sandbox.paymentMethods().create(Map.of("type", "card")).get("id");

        SandboxClient.Reply updated = client.post("/v1/payment_methods/" + method, "billing_details[name]=Ada"
                + "&billing_details[address][city]=London&card[exp_month]=3&metadata[k]=v");
        SandboxClient.Reply refused = client.post("/v1/payment_methods/" + loose, "metadata[k]=v");

        assertThat(updated.json().get("billing_details")).isEqualTo(TestMaps.withNulls("address",
                TestMaps.withNulls("city", "London", "country", null, "line1", null, "line2", null, "postal_code",
                        null, "state", null), "email", null, "name", "Ada", "phone", null));
        assertThat(updated.json().get("card")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("exp_month", 3);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).containsEntry("message",
                "You must save this PaymentMethod to a customer before you can update it.");
        assertThat(client.get("/v1/events?type=payment_method.updated").data()).hasSize(1);
    }

    @Test
    void theNestedListOfAnUnknownCustomerIs404() {
        SandboxClient.Reply reply = client.get("/v1/customers/cus_missing/payment_methods");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).containsEntry("param", "customer").containsEntry("message",
                "No such customer: 'cus_missing'");
    }
}
