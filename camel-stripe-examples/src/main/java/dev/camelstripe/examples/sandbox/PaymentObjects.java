package dev.camelstripe.examples.sandbox;

import static dev.camelstripe.examples.sandbox.ShopObjects.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ResourceStore.Template}s of the payment objects, in their shape as of {@link EventLog#API_VERSION}
 * (stripe-node's {@code PaymentIntent}, {@code PaymentMethod}, {@code Refund} and {@code BalanceTransaction}
 * interfaces): realistic defaults, then the caller's fields laid over them.
 */
final class PaymentObjects {

    private PaymentObjects() {
    }

    static Map<String, Object> paymentIntent(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "payment_intent");
        o.put("amount", 0L);
        o.put("amount_capturable", 0L);
        o.put("amount_details", map("tip", new LinkedHashMap<>()));
        o.put("amount_received", 0L);
        o.put("application", null);
        o.put("application_fee_amount", null);
        o.put("automatic_payment_methods", null);
        o.put("canceled_at", null);
        o.put("cancellation_reason", null);
        o.put("capture_method", "automatic_async");
        o.put("client_secret", id + "_secret_" + Ids.random(25));
        o.put("confirmation_method", "automatic");
        o.put("created", now);
        o.put("currency", "usd");
        o.put("customer", null);
        o.put("description", null);
        o.put("invoice", null);
        o.put("last_payment_error", null);
        o.put("latest_charge", null);
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("next_action", null);
        o.put("on_behalf_of", null);
        o.put("payment_method", null);
        o.put("payment_method_configuration_details", null);
        o.put("payment_method_options", map("card", map("installments", null, "mandate_options", null,
                "network", null, "request_three_d_secure", "automatic")));
        o.put("payment_method_types", new ArrayList<>(List.of("card")));
        o.put("processing", null);
        o.put("receipt_email", null);
        o.put("review", null);
        o.put("setup_future_usage", null);
        o.put("shipping", null);
        o.put("source", null);
        o.put("statement_descriptor", null);
        o.put("statement_descriptor_suffix", null);
        o.put("status", "requires_payment_method");
        o.put("transfer_data", null);
        o.put("transfer_group", null);
        o.putAll(given);
        return o;
    }

    /** A payment method made from a test method ({@code given} carries {@code type} and its details). */
    static Map<String, Object> paymentMethod(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "payment_method");
        o.put("allow_redisplay", "unspecified");
        o.put("billing_details", map("address", address(), "email", null, "name", null, "phone", null));
        o.put("created", now);
        o.put("customer", null);
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("type", "card");
        o.putAll(given);
        return o;
    }

    /** The {@code card} or {@code us_bank_account} hash of a payment method made from {@code method}. */
    static Map<String, Object> details(TestPaymentMethods.TestMethod method) {
        if ("us_bank_account".equals(method.type())) {
            return map("account_holder_type", "individual", "account_type", method.funding(),
                    "bank_name", method.brand(), "financial_connections_account", null,
                    "fingerprint", method.fingerprint(), "last4", method.last4(),
                    "networks", map("preferred", "ach", "supported", new ArrayList<>(List.of("ach"))),
                    "routing_number", "110000000", "status_details", null);
        }
        return map("brand", method.brand(), "checks", map("address_line1_check", null,
                "address_postal_code_check", null, "cvc_check", "pass"), "country", "US",
                "display_brand", method.brand(), "exp_month", 12L, "exp_year", 2034L,
                "fingerprint", method.fingerprint(), "funding", method.funding(), "generated_from", null,
                "last4", method.last4(), "networks", map("available", new ArrayList<>(List.of(method.brand())),
                        "preferred", null), "three_d_secure_usage", map("supported", true), "wallet", null);
    }

    static Map<String, Object> refund(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "refund");
        o.put("amount", 0L);
        o.put("balance_transaction", null);
        o.put("charge", null);
        o.put("created", now);
        o.put("currency", "usd");
        o.put("destination_details", map("card", map("reference", null, "reference_status", "pending",
                "reference_type", "acquirer_reference_number", "type", "refund"), "type", "card"));
        o.put("failure_balance_transaction", null);
        o.put("failure_reason", null);
        o.put("metadata", new LinkedHashMap<>());
        o.put("payment_intent", null);
        o.put("reason", null);
        o.put("receipt_number", null);
        o.put("source_transfer_reversal", null);
        o.put("status", "succeeded");
        o.put("transfer_reversal", null);
        o.putAll(given);
        return o;
    }

    /**
     * {@code amount} and {@code fee} given, {@code net} derived; available two days later, as card funds are on a
     * standard US account.
     */
    static Map<String, Object> balanceTransaction(String id, long now, Map<String, Object> given) {
        long amount = ((Number) given.getOrDefault("amount", 0L)).longValue();
        long fee = ((Number) given.getOrDefault("fee", 0L)).longValue();
        Map<String, Object> o = map("id", id, "object", "balance_transaction");
        o.put("amount", amount);
        o.put("available_on", now + 2 * 86_400L);
        o.put("created", now);
        o.put("currency", "usd");
        o.put("description", null);
        o.put("exchange_rate", null);
        o.put("fee", fee);
        o.put("fee_details", fee == 0 ? new ArrayList<>() : new ArrayList<>(List.of(map("amount", fee,
                "application", null, "currency", given.getOrDefault("currency", "usd"),
                "description", "Stripe processing fees", "type", "stripe_fee"))));
        o.put("net", amount - fee);
        o.put("reporting_category", given.getOrDefault("type", "charge"));
        o.put("source", null);
        o.put("status", "pending");
        o.put("type", "charge");
        o.putAll(given);
        return o;
    }

    static Map<String, Object> address() {
        return map("city", null, "country", null, "line1", null, "line2", null, "postal_code", null, "state", null);
    }
}
