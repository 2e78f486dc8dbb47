package dev.camelstripe.examples.sandbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentIntentsApiTest extends SandboxTestSupport {

    private String intent(String form) {
        SandboxClient.Reply reply = client.post("/v1/payment_intents", "amount=2000&currency=usd" + form);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.id();
    }

    @Test
    void createdWithoutAPaymentMethodItWaitsForOne() {
        SandboxClient.Reply reply = client.post("/v1/payment_intents", "amount=2000&currency=USD&metadata[order]=42");

        assertThat(reply.id()).matches("pi_[0-9A-Za-z]{14}");
        assertThat(reply.json()).containsEntry("object", "payment_intent").containsEntry("status",
                "requires_payment_method").containsEntry("amount", 2000).containsEntry("currency", "usd")
                .containsEntry("capture_method", "automatic_async").containsEntry("livemode", false)
                .containsEntry("created", (int) T0).containsEntry("latest_charge", null)
                .containsEntry("metadata", Map.of("order", "42"))
                .containsEntry("automatic_payment_methods", Map.of("allow_redirects", "always", "enabled", true));
        assertThat((String) reply.json().get("client_secret")).startsWith(reply.id() + "_secret_");
    }

    @Test
    void confirmedWithPmCardVisaItSucceedsAndItsChargeIsListed() {
        String id = intent("&customer=" + client.post("/v1/customers", "email=a%40x.io").id());

        SandboxClient.Reply confirmed = client.post("/v1/payment_intents/" + id + "/confirm",
                "payment_method=pm_card_visa");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json()).containsEntry("status", "succeeded").containsEntry("amount_received", 2000)
                .containsEntry("last_payment_error", null);
        assertThat((String) confirmed.json().get("payment_method")).matches("pm_[0-9A-Za-z]{14}");
        String chargeId = (String) confirmed.json().get("latest_charge");
        assertThat(client.get("/v1/charges?payment_intent=" + id).ids()).containsExactly(chargeId);
        Map<String, Object> charge = client.get("/v1/charges/" + chargeId).json();
        assertThat(charge).containsEntry("status", "succeeded").containsEntry("captured", true)
                .containsEntry("paid", true).containsEntry("payment_intent", id).containsEntry("amount", 2000)
                .containsEntry("payment_method", confirmed.json().get("payment_method"));
        assertThat(client.get("/v1/balance_transactions/" + charge.get("balance_transaction")).json())
                .containsEntry("type", "charge").containsEntry("source", chargeId).containsEntry("amount", 2000)
                .containsEntry("fee", 88).containsEntry("net", 1912);
    }

    @Test
    void confirmTrueOnCreateConfirmsAtOnce() {
        SandboxClient.Reply reply = client.post("/v1/payment_intents",
                "amount=1500&currency=usd&payment_method=pm_card_mastercard&confirm=true");

        assertThat(reply.json()).containsEntry("status", "succeeded").containsEntry("amount_received", 1500);
    }

    @Test
    void aPaymentMethodWithoutConfirmationWaitsForIt() {
        SandboxClient.Reply reply = client.post("/v1/payment_intents",
                "amount=1500&currency=usd&payment_method=pm_card_visa");

        assertThat(reply.json()).containsEntry("status", "requires_confirmation");
        assertThat(client.post("/v1/payment_intents/" + reply.id() + "/confirm", "").json())
                .containsEntry("status", "succeeded");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclinedCardIsA402CardErrorAndTheIntentWaitsForAnotherMethod() {
        String id = intent("");

        SandboxClient.Reply declined = client.post("/v1/payment_intents/" + id + "/confirm",
                "payment_method=pm_card_chargeDeclined");

        assertThat(declined.status()).isEqualTo(402);
        Map<String, Object> error = declined.error();
        assertThat(error).containsEntry("type", "card_error").containsEntry("code", "card_declined")
                .containsEntry("decline_code", "generic_decline").containsEntry("message", "Your card was declined.")
                .containsEntry("doc_url", "https://stripe.com/docs/error-codes/card-declined");
        String chargeId = (String) error.get("charge");
        Map<String, Object> embedded = (Map<String, Object>) error.get("payment_intent");
        assertThat(embedded).containsEntry("id", id).containsEntry("status", "requires_payment_method")
                .containsEntry("latest_charge", chargeId).containsEntry("payment_method", null);
        assertThat(((Map<String, Object>) error.get("payment_method")).get("card")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("last4", "0002");
        Map<String, Object> stored = client.get("/v1/payment_intents/" + id).json();
        assertThat((Map<String, Object>) stored.get("last_payment_error")).containsEntry("type", "card_error")
                .containsEntry("code", "card_declined").containsEntry("decline_code", "generic_decline")
                .containsEntry("charge", chargeId);
        assertThat(client.get("/v1/charges/" + chargeId).json()).containsEntry("status", "failed")
                .containsEntry("failure_code", "card_declined").containsEntry("balance_transaction", null);
        // and a good card afterwards pays it
        assertThat(client.post("/v1/payment_intents/" + id + "/confirm", "payment_method=pm_card_visa").json())
                .containsEntry("status", "succeeded");
    }

    @Test
    void otherDeclinesCarryTheirOwnCodes() {
        SandboxClient.Reply funds = client.post("/v1/payment_intents/" + intent("") + "/confirm",
                "payment_method=pm_card_visa_chargeDeclinedInsufficientFunds");
        SandboxClient.Reply expired = client.post("/v1/payment_intents/" + intent("") + "/confirm",
                "payment_method=pm_card_chargeDeclinedExpiredCard");

        assertThat(funds.error()).containsEntry("code", "card_declined").containsEntry("decline_code",
                "insufficient_funds").containsEntry("message", "Your card has insufficient funds.");
        assertThat(expired.error()).containsEntry("code", "expired_card").containsEntry("message",
                "Your card has expired.");
    }

    @Test
    void aRetriedDeclineUnderTheSameIdempotencyKeyIsReplayedNotChargedAgain() {
        String id = intent("");

        SandboxClient.Reply first = client.postIdempotent("/v1/payment_intents/" + id + "/confirm",
                "payment_method=pm_card_chargeDeclined", SandboxClient.KEY, "confirm-1");
        SandboxClient.Reply retry = client.postIdempotent("/v1/payment_intents/" + id + "/confirm",
                "payment_method=pm_card_chargeDeclined", SandboxClient.KEY, "confirm-1");

        assertThat(retry.status()).isEqualTo(402);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(sandbox.charges().count()).isEqualTo(1);
    }

    @Test
    void manualCaptureHoldsTheFundsUntilCapturedInPart() {
        String id = intent("&capture_method=manual&payment_method=pm_card_visa&confirm=true");
        Map<String, Object> held = client.get("/v1/payment_intents/" + id).json();
        assertThat(held).containsEntry("status", "requires_capture").containsEntry("amount_capturable", 2000)
                .containsEntry("amount_received", 0);
        String chargeId = (String) held.get("latest_charge");
        assertThat(client.get("/v1/charges/" + chargeId).json()).containsEntry("captured", false)
                .containsEntry("amount_captured", 0).containsEntry("balance_transaction", null)
                .containsEntry("paid", true);

        SandboxClient.Reply tooMuch = client.post("/v1/payment_intents/" + id + "/capture", "amount_to_capture=2500");
        SandboxClient.Reply captured = client.post("/v1/payment_intents/" + id + "/capture", "amount_to_capture=1500");

        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.error()).containsEntry("code", "amount_too_large").containsEntry("param",
                "amount_to_capture");
        assertThat(captured.json()).containsEntry("status", "succeeded").containsEntry("amount_received", 1500)
                .containsEntry("amount_capturable", 0);
        Map<String, Object> charge = client.get("/v1/charges/" + chargeId).json();
        assertThat(charge).containsEntry("captured", true).containsEntry("amount_captured", 1500)
                .containsEntry("amount_refunded", 500).containsEntry("refunded", false);
        assertThat(client.get("/v1/balance_transactions/" + charge.get("balance_transaction")).json())
                .containsEntry("amount", 1500);
    }

    @Test
    void cancelReleasesAHeldChargeAndACanceledIntentRefusesEverything() {
        String id = intent("&capture_method=manual&payment_method=pm_card_visa&confirm=true");

        SandboxClient.Reply canceled = client.post("/v1/payment_intents/" + id + "/cancel",
                "cancellation_reason=requested_by_customer");
        SandboxClient.Reply again = client.post("/v1/payment_intents/" + id + "/cancel", "");
        SandboxClient.Reply capture = client.post("/v1/payment_intents/" + id + "/capture", "");

        assertThat(canceled.json()).containsEntry("status", "canceled").containsEntry("canceled_at", (int) T0)
                .containsEntry("cancellation_reason", "requested_by_customer").containsEntry("amount_capturable", 0);
        assertThat(client.get("/v1/charges/" + canceled.json().get("latest_charge")).json())
                .containsEntry("refunded", true).containsEntry("amount_refunded", 2000);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error()).containsEntry("type", "invalid_request_error")
                .containsEntry("code", "payment_intent_unexpected_state")
                .containsEntry("message", "This PaymentIntent could not be canceled because it has a status of "
                        + "canceled. Only a PaymentIntent with one of the following statuses may be canceled: "
                        + "requires_payment_method, requires_capture, requires_confirmation, requires_action, "
                        + "processing.")
                .containsEntry("doc_url", "https://stripe.com/docs/error-codes/payment-intent-unexpected-state");
        assertThat(again.error().get("payment_intent")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("id", id);
        assertThat(capture.error()).containsEntry("code", "payment_intent_unexpected_state");
    }

    @Test
    void captureOfAnUnconfirmedIntentIsRefused() {
        SandboxClient.Reply reply = client.post("/v1/payment_intents/" + intent("") + "/capture", "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().get("message")).isEqualTo("This PaymentIntent could not be captured because it "
                + "has a status of requires_payment_method. Only a PaymentIntent with one of the following statuses "
                + "may be captured: requires_capture.");
    }

    @Test
    void threeDSecureWaitsForTheCustomersAnswer() {
        String approved = intent("&payment_method=pm_card_authenticationRequired&confirm=true");
        String refused = intent("&payment_method=pm_card_threeDSecure2Required&confirm=true");
        Map<String, Object> waiting = client.get("/v1/payment_intents/" + approved).json();
        assertThat(waiting).containsEntry("status", "requires_action").containsEntry("latest_charge", null);
        assertThat(waiting.get("next_action")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("type", "use_stripe_sdk");

        assertThat(sandbox.authenticate(approved, true)).containsEntry("status", "succeeded");
        Map<String, Object> failed = sandbox.authenticate(refused, false);

        assertThat(failed).containsEntry("status", "requires_payment_method").containsEntry("next_action", null);
        assertThat(failed.get("last_payment_error")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("code", "payment_intent_authentication_failure");
    }

    @Test
    void offSessionAThreeDSecureCardIsDeclinedAsAuthenticationRequired() {
        SandboxClient.Reply reply = client.post("/v1/payment_intents", "amount=2000&currency=usd&confirm=true"
                + "&off_session=true&payment_method=pm_card_authenticationRequired");

        assertThat(reply.status()).isEqualTo(402);
        assertThat(reply.error()).containsEntry("code", "authentication_required")
                .containsEntry("decline_code", "authentication_required");
    }

    @Test
    void aBankDebitProcessesUntilTheSandboxSettlesIt() {
        String id = intent("&payment_method=pm_usBankAccount_success&confirm=true&payment_method_types[0]="
                + "us_bank_account");
        String failing = intent("&payment_method=pm_usBankAccount_accountClosed&confirm=true");
        Map<String, Object> processing = client.get("/v1/payment_intents/" + id).json();
        assertThat(processing).containsEntry("status", "processing");
        assertThat(client.get("/v1/charges/" + processing.get("latest_charge")).json())
                .containsEntry("status", "pending").containsEntry("paid", false);

        sandbox.settlePayments();

        assertThat(client.get("/v1/payment_intents/" + id).json()).containsEntry("status", "succeeded");
        assertThat(client.get("/v1/charges/" + processing.get("latest_charge")).json())
                .containsEntry("status", "succeeded").containsEntry("paid", true);
        assertThat(client.get("/v1/payment_intents/" + failing).json())
                .containsEntry("status", "requires_payment_method");
        assertThat(client.get("/v1/events?type=charge.*").json().get("data")).asList().extracting("type")
                .containsExactly("charge.failed", "charge.succeeded", "charge.pending", "charge.pending");
    }

    @Test
    void updateChangesThePaymentOnlyWhileItCanStillBeConfirmed() {
        String id = intent("&payment_method=pm_card_visa&confirm=true");

        SandboxClient.Reply amount = client.post("/v1/payment_intents/" + id, "amount=3000");
        SandboxClient.Reply metadata = client.post("/v1/payment_intents/" + id, "metadata[note]=late&description=x");
        SandboxClient.Reply open = client.post("/v1/payment_intents/" + intent(""), "amount=3000");

        assertThat(amount.status()).isEqualTo(400);
        assertThat(amount.error()).containsEntry("code", "payment_intent_unexpected_state");
        assertThat(metadata.json()).containsEntry("metadata", Map.of("note", "late")).containsEntry("amount", 2000);
        assertThat(open.json()).containsEntry("amount", 3000);
    }

    @Test
    void badParametersAreRefusedAndNothingIsCreated() {
        SandboxClient.Reply missing = client.post("/v1/payment_intents", "currency=usd");
        SandboxClient.Reply small = client.post("/v1/payment_intents", "amount=20&currency=usd");
        SandboxClient.Reply customer = client.post("/v1/payment_intents", "amount=2000&currency=usd&customer=cus_x");
        SandboxClient.Reply method = client.post("/v1/payment_intents", "amount=2000&currency=usd&payment_method=pm_x");

        assertThat(missing.error()).containsEntry("code", "parameter_missing").containsEntry("param", "amount");
        assertThat(small.error()).containsEntry("code", "amount_too_small").containsEntry("param", "amount");
        assertThat(customer.status()).isEqualTo(404);
        assertThat(customer.error()).containsEntry("param", "customer").containsEntry("code", "resource_missing");
        assertThat(method.error()).containsEntry("param", "payment_method");
        assertThat(sandbox.paymentIntents().count()).isZero();
    }

    @Test
    void listAndSearchFindTheCustomersIntents() {
        String customer = client.post("/v1/customers", "email=a%40x.io").id();
        String a = intent("&customer=" + customer);
        intent("");
        String b = intent("&customer=" + customer + "&payment_method=pm_card_visa&confirm=true");
        clock.advanceSeconds(5);

        assertThat(client.get("/v1/payment_intents?customer=" + customer).ids()).containsExactly(b, a);
        assertThat(client.search("/v1/payment_intents/search", "customer:'" + customer + "' AND status:'succeeded'",
                "").ids()).containsExactly(b);
        assertThat(client.search("/v1/payment_intents/search", "amount>=2000", "").ids()).hasSize(3);
        assertThat(List.of(a, b)).doesNotHaveDuplicates();
    }
}
