package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ResourceStore.Template}s: each object in Stripe's full shape with realistic defaults, then the caller's
 * fields laid over them. Fields that depend on each other (a failed charge is neither paid nor captured) are derived
 * from the given ones first, so a caller only names what matters to it.
 */
public final class ShopObjects {

    public static final String DECLINED_MESSAGE = "Your card was declined.";

    private ShopObjects() {
    }

    public static Map<String, Object> product(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = start(id, "product");
        o.put("active", true);
        o.put("attributes", new ArrayList<>());
        o.put("created", now);
        o.put("default_price", null);
        o.put("description", null);
        o.put("images", new ArrayList<>());
        o.put("livemode", false);
        o.put("marketing_features", new ArrayList<>());
        o.put("metadata", new LinkedHashMap<>());
        o.put("name", null);
        o.put("package_dimensions", null);
        o.put("shippable", null);
        o.put("statement_descriptor", null);
        o.put("tax_code", null);
        o.put("type", "service");
        o.put("unit_label", null);
        o.put("updated", now);
        o.put("url", null);
        return overlay(o, given);
    }

    public static Map<String, Object> customer(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = start(id, "customer");
        o.put("address", null);
        o.put("balance", 0L);
        o.put("created", now);
        o.put("currency", null);
        o.put("default_source", null);
        o.put("delinquent", false);
        o.put("description", null);
        o.put("discount", null);
        o.put("email", null);
        o.put("invoice_prefix", Ids.random(8).toUpperCase());
        o.put("invoice_settings", invoiceSettings());
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("name", null);
        o.put("next_invoice_sequence", 1L);
        o.put("phone", null);
        o.put("preferred_locales", new ArrayList<>());
        o.put("shipping", null);
        o.put("tax_exempt", "none");
        o.put("test_clock", null);
        return overlay(o, given);
    }

    static Map<String, Object> invoiceSettings() {
        return map("custom_fields", null, "default_payment_method", null, "footer", null, "rendering_options", null);
    }

    /**
     * {@code status} (succeeded by default, failed or pending) decides the payment, outcome and failure fields. As of
     * API version 2022-11-15 a charge lists no {@code refunds} unless they are expanded.
     */
    public static Map<String, Object> charge(String id, long now, Map<String, Object> given) {
        String status = given.get("status") instanceof String s ? s : "succeeded";
        boolean failed = "failed".equals(status);
        boolean succeeded = "succeeded".equals(status);
        long amount = longOf(given, "amount", 2000L);
        Map<String, Object> o = start(id, "charge");
        o.put("amount", amount);
        o.put("amount_captured", succeeded ? amount : 0L);
        o.put("amount_refunded", 0L);
        o.put("application", null);
        o.put("application_fee", null);
        o.put("application_fee_amount", null);
        o.put("balance_transaction", null);
        o.put("billing_details", map("address", map("city", null, "country", null, "line1", null, "line2", null,
                "postal_code", null, "state", null), "email", null, "name", null, "phone", null));
        o.put("calculated_statement_descriptor", "SANDBOX SHOP");
        o.put("captured", succeeded);
        o.put("created", now);
        o.put("currency", "usd");
        o.put("customer", null);
        o.put("description", null);
        o.put("disputed", false);
        o.put("failure_balance_transaction", null);
        o.put("failure_code", failed ? "card_declined" : null);
        o.put("failure_message", failed ? DECLINED_MESSAGE : null);
        o.put("fraud_details", new LinkedHashMap<>());
        o.put("invoice", null);
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("on_behalf_of", null);
        o.put("order", null);
        o.put("outcome", failed
                ? map("network_status", "declined_by_network", "reason", "generic_decline", "risk_level", "normal",
                        "risk_score", 41L, "seller_message",
                        "The bank did not return any further details with this decline.", "type", "issuer_declined")
                : map("network_status", "approved_by_network", "reason", null, "risk_level", "normal",
                        "risk_score", 32L, "seller_message", "Payment complete.", "type", "authorized"));
        o.put("paid", succeeded);
        o.put("payment_intent", null);
        o.put("payment_method", Ids.next("card"));
        o.put("payment_method_details", map("card", map("brand", "visa", "country", "US", "exp_month", 12L,
                "exp_year", 2034L, "funding", "credit", "last4", failed ? "0002" : "4242", "network", "visa"),
                "type", "card"));
        o.put("receipt_email", null);
        o.put("receipt_number", null);
        o.put("receipt_url", failed ? null : "https://pay.stripe.com/receipts/sandbox/" + id);
        o.put("refunded", false);
        o.put("review", null);
        o.put("shipping", null);
        o.put("source_transfer", null);
        o.put("statement_descriptor", null);
        o.put("statement_descriptor_suffix", null);
        o.put("status", status);
        o.put("transfer_data", null);
        o.put("transfer_group", null);
        return overlay(o, given);
    }

    /** Invoice items carry their creation time as {@code date}, not {@code created}. */
    public static Map<String, Object> invoiceItem(String id, long now, Map<String, Object> given) {
        long quantity = longOf(given, "quantity", 1L);
        long amount = longOf(given, "amount", 1500L * quantity);
        long date = longOf(given, "date", now);
        Map<String, Object> o = start(id, "invoiceitem");
        o.put("amount", amount);
        o.put("currency", "usd");
        o.put("customer", null);
        o.put("date", date);
        o.put("description", null);
        o.put("discountable", true);
        o.put("discounts", new ArrayList<>());
        o.put("invoice", null);
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("period", map("end", date, "start", date));
        o.put("price", null);
        o.put("proration", false);
        o.put("quantity", quantity);
        o.put("subscription", null);
        o.put("tax_rates", new ArrayList<>());
        o.put("test_clock", null);
        o.put("unit_amount", amount / quantity);
        o.put("unit_amount_decimal", Long.toString(amount / quantity));
        return overlay(o, given);
    }

    /**
     * A legacy order. {@code status} (created by default) fills {@code status_transitions}; Stripe spelled one of its
     * keys {@code fulfiled}, and clients of that API expect the typo.
     */
    public static Map<String, Object> order(String id, long now, Map<String, Object> given) {
        String status = given.get("status") instanceof String s ? s : "created";
        long amount = longOf(given, "amount", 2500L);
        long created = longOf(given, "created", now);
        boolean paid = List.of("paid", "fulfilled", "returned").contains(status);
        boolean fulfilled = List.of("fulfilled", "returned").contains(status);
        Map<String, Object> o = start(id, "order");
        o.put("amount", amount);
        o.put("amount_returned", "returned".equals(status) ? amount : null);
        o.put("application", null);
        o.put("application_fee", null);
        o.put("charge", null);
        o.put("created", created);
        o.put("currency", "usd");
        o.put("customer", null);
        o.put("email", null);
        o.put("external_coupon_code", null);
        o.put("items", new ArrayList<>(List.of(map("object", "order_item", "amount", amount, "currency", "usd",
                "description", "Sandbox T-shirt", "parent", "sku_sandbox_tshirt", "quantity", 1L, "type", "sku"))));
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("returns", map("object", "list", "data", new ArrayList<>(), "has_more", false,
                "url", "/v1/order_returns?order=" + id));
        o.put("selected_shipping_method", null);
        o.put("shipping", null);
        o.put("shipping_methods", null);
        o.put("status", status);
        o.put("status_transitions", map("canceled", "canceled".equals(status) ? created : null,
                "fulfiled", fulfilled ? created : null, "paid", paid ? created : null,
                "returned", "returned".equals(status) ? created : null));
        o.put("updated", created);
        o.put("upstream_id", null);
        return overlay(o, given);
    }

    private static Map<String, Object> start(String id, String object) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("object", object);
        return o;
    }

    /** Known fields keep their place in the shape; fields the template does not know are appended. */
    private static Map<String, Object> overlay(Map<String, Object> shape, Map<String, Object> given) {
        shape.putAll(given);
        return shape;
    }

    private static long longOf(Map<String, Object> given, String key, long fallback) {
        return given.get(key) instanceof Number n ? n.longValue() : fallback;
    }

    /** A LinkedHashMap from alternating keys and values; unlike Map.of it keeps order and allows nulls. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
