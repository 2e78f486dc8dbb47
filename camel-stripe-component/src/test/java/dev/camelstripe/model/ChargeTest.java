package dev.camelstripe.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChargeTest {

    @Test
    void readsAFailedChargeWithItsOutcome() {
        Charge charge = Fixtures.read("charge.json", Charge.class);

        assertThat(charge.getId()).isEqualTo("ch_3MmlLrLkdIwHu7ix0snN0B15");
        assertThat(charge.getAmount()).isEqualTo(1099L);
        assertThat(charge.getAmountCaptured()).isZero();
        assertThat(charge.getAmountRefunded()).isZero();
        assertThat(charge.getCaptured()).isFalse();
        assertThat(charge.getCreated()).isEqualTo(Instant.ofEpochSecond(1679090539L));
        assertThat(charge.getCurrency()).isEqualTo("usd");
        assertThat(charge.getCustomer()).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(charge.getDescription()).isEqualTo("Order #1042");
        assertThat(charge.getFailureCode()).isEqualTo("card_declined");
        assertThat(charge.getFailureMessage()).isEqualTo("Your card was declined.");
        assertThat(charge.getInvoice()).isEqualTo("in_1MtHbELkdIwHu7ixl4OzzPMv");
        assertThat(charge.getOrder()).isEqualTo("or_1MmlLrLkdIwHu7ixQ1b2c3d4");
        assertThat(charge.getPaid()).isFalse();
        assertThat(charge.getReceiptEmail()).isEqualTo("jenny.rosen@example.com");
        assertThat(charge.getReceiptNumber()).isNull();
        assertThat(charge.getRefunded()).isFalse();
        assertThat(charge.getStatementDescriptor()).isEqualTo("EXAMPLE SHOP");
        assertThat(charge.getStatus()).isEqualTo(Charge.STATUS_FAILED);
        assertThat(charge.getMetadata()).containsExactly(Map.entry("order_ref", "1042"));
        assertThat(charge.getLivemode()).isFalse();

        Outcome outcome = charge.getOutcome();
        assertThat(outcome.getNetworkStatus()).isEqualTo(Outcome.NETWORK_DECLINED);
        assertThat(outcome.getReason()).isEqualTo("generic_decline");
        assertThat(outcome.getRiskLevel()).isEqualTo("normal");
        assertThat(outcome.getRiskScore()).isEqualTo(32);
        assertThat(outcome.getSellerMessage())
                .isEqualTo("The bank did not return any further details with this decline.");
        assertThat(outcome.getType()).isEqualTo(Outcome.TYPE_ISSUER_DECLINED);
        assertThat(outcome.getUnknownFields()).containsOnlyKeys("network_advice_code", "network_decline_code", "rule");
        assertThat(outcome.getUnknownField("network_decline_code")).isEqualTo("05");
    }

    @Test
    void keepsUnmodelledNestedObjects() {
        Charge charge = Fixtures.read("charge.json", Charge.class);

        assertThat(charge.getUnknownField("billing_details")).isEqualTo(mapWithNulls(
                "address", mapWithNulls("city", null, "country", "US", "line1", null, "line2", null,
                        "postal_code", "42424", "state", null),
                "email", "jenny.rosen@example.com", "name", "Jenny Rosen", "phone", null));
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) charge.getUnknownField("payment_method_details");
        assertThat(details.get("type")).isEqualTo("card");
        @SuppressWarnings("unchecked")
        Map<String, Object> card = (Map<String, Object>) details.get("card");
        assertThat(card).containsEntry("last4", "0002").containsEntry("exp_year", 2027);
        assertThat(card.get("checks")).isEqualTo(mapWithNulls("address_line1_check", null,
                "address_postal_code_check", "pass", "cvc_check", "pass"));
        assertThat(charge.getUnknownField("fraud_details")).isEqualTo(Map.of());
        assertThat(charge.getUnknownFields()).containsKey("transfer_group").doesNotContainKey("outcome");
    }

    @Test
    void expandedCustomerIsATypedCustomerAndTheIdStillWorks() {
        Charge charge = Fixtures.read("charge-expanded-customer.json", Charge.class);

        assertThat(charge.getCustomer()).isEqualTo("cus_NffrFeUfNV2Hib");
        Customer customer = charge.getCustomerExpandable().getExpanded();
        assertThat(customer.getEmail()).isEqualTo("jenny.rosen@example.com");
        assertThat(customer.getCreated()).isEqualTo(Instant.ofEpochSecond(1680893993L));
        assertThat(customer.getUnknownField("preferred_locales")).isEqualTo(List.of("fr"));
        assertThat(charge.getInvoice()).isNull();
        assertThat(charge.getInvoiceExpandable()).isNull();
        assertThat(charge.getStatus()).isEqualTo(Charge.STATUS_SUCCEEDED);
        assertThat(charge.getAmountRefunded()).isEqualTo(1200L);
        assertThat(charge.getReceiptNumber()).isEqualTo("1672-9143");
        assertThat(charge.getOutcome().getType()).isEqualTo(Outcome.TYPE_AUTHORIZED);
    }

    @Test
    void expandedCustomerIsWrittenBackAsAnObjectAndAnIdAsAString() {
        assertThat(Fixtures.written(Fixtures.read("charge-expanded-customer.json", Charge.class))
                .get("customer").get("email").asText()).isEqualTo("jenny.rosen@example.com");
        assertThat(Fixtures.written(Fixtures.read("charge.json", Charge.class)).get("customer").isTextual())
                .isTrue();
    }

    /** 2025-03-31.basil removed charge.invoice: nothing to fall back to, so the getter says null, not an error. */
    @Test
    void aBasilChargeHasNoInvoice() {
        Charge charge = Fixtures.read("charge-basil.json", Charge.class);

        assertThat(charge.getInvoice()).isNull();
        assertThat(charge.getInvoiceExpandable()).isNull();
        assertThat(charge.has("invoice")).isFalse();
        assertThat(charge.getAmount()).isEqualTo(1099L);
        assertThat(charge.getCustomer()).isEqualTo("cus_NffrFeUfNV2Hib");
        assertThat(Fixtures.read("charge.json", Charge.class).has("invoice")).isTrue();
    }

    /** Map.of refuses nulls, and Stripe sends plenty. */
    private static Map<String, Object> mapWithNulls(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
