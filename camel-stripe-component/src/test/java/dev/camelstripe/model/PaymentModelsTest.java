package dev.camelstripe.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The new models read Stripe's JSON (the examples of its API reference) into exact typed values, and lose nothing. */
class PaymentModelsTest {

    @Test
    void paymentIntent() throws Exception {
        PaymentIntent intent = Fixtures.read("payment_intent.json", PaymentIntent.class);

        assertThat(intent.getId()).isEqualTo("pi_3MtwBwLkdIwHu7ix28a3tqPa");
        assertThat(intent.getAmount()).isEqualTo(2000L);
        assertThat(intent.getAmountCapturable()).isEqualTo(2000L);
        assertThat(intent.getAmountReceived()).isZero();
        assertThat(intent.getCaptureMethod()).isEqualTo("manual");
        assertThat(intent.getCreated()).isEqualTo(Instant.ofEpochSecond(1680800504));
        assertThat(intent.getCurrency()).isEqualTo("usd");
        assertThat(intent.getCustomer()).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(intent.getLatestCharge()).isEqualTo("ch_3MtwBwLkdIwHu7ix0snN0B15");
        assertThat(intent.getLatestChargeExpandable().isExpanded()).isFalse();
        assertThat(intent.getPaymentMethod()).isEqualTo("pm_1MtwBwLkdIwHu7ixdMq2X0d1");
        assertThat(intent.getPaymentMethodTypes()).containsExactly("card", "link");
        assertThat(intent.getStatus()).isEqualTo(PaymentIntent.STATUS_REQUIRES_CAPTURE);
        assertThat(intent.getMetadata()).containsExactly(Map.entry("order", "6735"));
        assertThat(intent.getAutomaticPaymentMethods()).containsEntry("enabled", true);
        assertThat(intent.getInvoice()).isNull();
        assertThat(intent.getUnknownField("source")).isNull();
        assertThat(intent.getUnknownFields()).containsOnlyKeys("source");
        assertThat(intent.toString()).doesNotContain("secret");
        assertThat(Fixtures.written(intent)).isEqualTo(Fixtures.tree("payment_intent.json"));
    }

    @Test
    void anExpandedLatestChargeIsACharge() throws Exception {
        PaymentIntent intent = StripeJson.read(("{\"id\":\"pi_1\",\"object\":\"payment_intent\",\"latest_charge\":"
                + "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":2000,\"paid\":true}}").getBytes(), PaymentIntent.class);

        assertThat(intent.getLatestCharge()).isEqualTo("ch_1");
        assertThat(intent.getLatestChargeExpandable().getExpanded().getPaid()).isTrue();
    }

    @Test
    void refund() {
        Refund refund = Fixtures.read("refund.json", Refund.class);

        assertThat(refund.getAmount()).isEqualTo(1000L);
        assertThat(refund.getBalanceTransaction()).isEqualTo("txn_1Nispe2eZvKYlo2CYezqFhEx");
        assertThat(refund.getCharge()).isEqualTo("ch_1NirD82eZvKYlo2CIvbtLWuY");
        assertThat(refund.getPaymentIntent()).isEqualTo("pi_1GszsK2eZvKYlo2CfhZyoZLp");
        assertThat(refund.getReason()).isEqualTo(Refund.REASON_REQUESTED_BY_CUSTOMER);
        assertThat(refund.getStatus()).isEqualTo(Refund.STATUS_SUCCEEDED);
        assertThat(refund.getCreated()).isEqualTo(Instant.ofEpochSecond(1692942318));
        assertThat(refund.getDestinationDetails()).containsEntry("type", "card");
        assertThat(refund.getUnknownFields()).isEmpty();
    }

    @Test
    void subscription() {
        Subscription subscription = Fixtures.read("subscription.json", Subscription.class);

        assertThat(subscription.getStatus()).isEqualTo(Subscription.STATUS_ACTIVE);
        assertThat(subscription.getCustomer()).isEqualTo("cus_Na6dX7aXxi11N4");
        assertThat(subscription.getCurrentPeriodEnd()).isEqualTo(Instant.ofEpochSecond(1682288167));
        assertThat(subscription.getCancelAtPeriodEnd()).isFalse();
        assertThat(subscription.getCollectionMethod()).isEqualTo("charge_automatically");
        assertThat(subscription.getLatestInvoice()).isEqualTo("in_1MowQWLkdIwHu7ixuzkSPfKd");
        assertThat(subscription.getDefaultPaymentMethod()).isEqualTo("pm_1MtwBwLkdIwHu7ixdMq2X0d1");
        assertThat(subscription.getItems()).containsEntry("total_count", 1);
        assertThat(subscription.getApplicationFeePercent()).isNull();
        assertThat(subscription.getUnknownFields()).isEmpty();
    }

    @Test
    void invoice() {
        Invoice invoice = Fixtures.read("invoice.json", Invoice.class);

        assertThat(invoice.getStatus()).isEqualTo(Invoice.STATUS_DRAFT);
        assertThat(invoice.getAmountDue()).isEqualTo(1500L);
        assertThat(invoice.getTotal()).isEqualTo(1500L);
        assertThat(invoice.getCustomerEmail()).isEqualTo("jennyrosen@example.com");
        assertThat(invoice.getDueDate()).isEqualTo(Instant.ofEpochSecond(1683236467));
        assertThat(invoice.getNumber()).isEqualTo("F9A3B4C1-0001");
        assertThat(invoice.getPaid()).isFalse();
        assertThat(invoice.getCharge()).isNull();
        assertThat(invoice.getSubscription()).isNull();
        assertThat(invoice.getDeleted()).isNull();
        assertThat(invoice.getUnknownFields()).isEmpty();
    }

    @Test
    void price() {
        Price price = Fixtures.read("price.json", Price.class);

        assertThat(price.getUnitAmount()).isEqualTo(1000L);
        assertThat(price.getUnitAmountDecimal()).isEqualTo(new BigDecimal("1000"));
        assertThat(price.getProduct()).isEqualTo("prod_NZKdYqrwEYx6iK");
        assertThat(price.getType()).isEqualTo(Price.TYPE_RECURRING);
        assertThat(price.getRecurring()).containsEntry("interval", "month");
        assertThat(price.getLookupKey()).isEqualTo("gold_monthly");
        assertThat(price.getActive()).isTrue();
        assertThat(price.getUnknownFields()).isEmpty();
    }

    @Test
    void balanceTransactionPaymentMethodCheckoutSessionEvent() {
        BalanceTransaction transaction = Fixtures.read("balance_transaction.json", BalanceTransaction.class);
        PaymentMethod method = Fixtures.read("payment_method.json", PaymentMethod.class);
        CheckoutSession session = Fixtures.read("checkout_session.json", CheckoutSession.class);
        Event event = Fixtures.read("event.json", Event.class);

        assertThat(transaction.getAmount()).isEqualTo(-400L);
        assertThat(transaction.getNet()).isEqualTo(-400L);
        assertThat(transaction.getSource()).isEqualTo("tr_1MiN3gLkdIwHu7ixNiiD9BAR");
        assertThat(transaction.getAvailableOn()).isEqualTo(Instant.ofEpochSecond(1678043844));
        assertThat(transaction.getFeeDetails()).isEqualTo(List.of());
        assertThat(method.getType()).isEqualTo(PaymentMethod.TYPE_CARD);
        assertThat(method.getCard()).containsEntry("exp_year", 2026);
        assertThat(method.getBillingDetails()).containsEntry("name", "Jenny Rosen");
        assertThat(session.getObject()).isEqualTo("checkout.session");
        assertThat(session.getMode()).isEqualTo(CheckoutSession.MODE_PAYMENT);
        assertThat(session.getPaymentStatus()).isEqualTo(CheckoutSession.PAYMENT_STATUS_UNPAID);
        assertThat(session.getAmountTotal()).isEqualTo(2198L);
        assertThat(session.getExpiresAt()).isEqualTo(Instant.ofEpochSecond(1679686615));
        assertThat(session.getUrl()).startsWith("https://checkout.stripe.com/c/pay/cs_test_");
        assertThat(session.getClientReferenceId()).isEqualTo("order-6735");
        assertThat(session.getUnknownFields()).isEmpty();
        assertThat(event.getType()).isEqualTo("payment_intent.succeeded");
        assertThat(event.getApiVersion()).isEqualTo("2025-02-24.acacia");
        assertThat(event.getDataObject()).isInstanceOfSatisfying(PaymentIntent.class,
                intent -> assertThat(intent.getObject()).isEqualTo("payment_intent"));
    }

    @Test
    void aFieldWithoutASetterIsSetThroughItsConstantAndCountsAsAChange() {
        PaymentIntent intent = Fixtures.read("payment_intent.json", PaymentIntent.class);

        intent.set(PaymentIntent.RECEIPT_EMAIL, "new@example.com");
        intent.setDescription("Order 6736");

        assertThat(intent.changedParams()).containsOnly(Map.entry("receipt_email", "new@example.com"),
                Map.entry("description", "Order 6736"));
    }
}
