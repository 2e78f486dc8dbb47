package dev.camelstripe.examples.sandbox;

import static dev.camelstripe.examples.sandbox.ShopObjects.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ResourceStore.Template}s of the billing objects (price, subscription, invoice, checkout session), in
 * their shape as of {@link EventLog#API_VERSION} (stripe-node's interfaces of the same names).
 */
final class BillingObjects {

    private BillingObjects() {
    }

    static Map<String, Object> price(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "price");
        o.put("active", true);
        o.put("billing_scheme", "per_unit");
        o.put("created", now);
        o.put("currency", "usd");
        o.put("custom_unit_amount", null);
        o.put("livemode", false);
        o.put("lookup_key", null);
        o.put("metadata", new LinkedHashMap<>());
        o.put("nickname", null);
        o.put("product", null);
        o.put("recurring", null);
        o.put("tax_behavior", "unspecified");
        o.put("tiers_mode", null);
        o.put("transform_quantity", null);
        o.put("type", "one_time");
        o.put("unit_amount", 0L);
        o.put("unit_amount_decimal", "0");
        o.putAll(given);
        return o;
    }

    static Map<String, Object> subscription(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "subscription");
        o.put("application", null);
        o.put("application_fee_percent", null);
        o.put("automatic_tax", map("disabled_reason", null, "enabled", false, "liability", null));
        o.put("billing_cycle_anchor", now);
        o.put("billing_cycle_anchor_config", null);
        o.put("billing_thresholds", null);
        o.put("cancel_at", null);
        o.put("cancel_at_period_end", false);
        o.put("canceled_at", null);
        o.put("cancellation_details", map("comment", null, "feedback", null, "reason", null));
        o.put("collection_method", "charge_automatically");
        o.put("created", now);
        o.put("currency", "usd");
        o.put("current_period_end", now);
        o.put("current_period_start", now);
        o.put("customer", null);
        o.put("days_until_due", null);
        o.put("default_payment_method", null);
        o.put("default_source", null);
        o.put("default_tax_rates", new ArrayList<>());
        o.put("description", null);
        o.put("discount", null);
        o.put("discounts", new ArrayList<>());
        o.put("ended_at", null);
        o.put("invoice_settings", map("account_tax_ids", null, "issuer", map("type", "self")));
        o.put("items", map("object", "list", "data", new ArrayList<>(), "has_more", false, "total_count", 0L,
                "url", "/v1/subscription_items?subscription=" + id));
        o.put("latest_invoice", null);
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("next_pending_invoice_item_invoice", null);
        o.put("on_behalf_of", null);
        o.put("pause_collection", null);
        o.put("payment_settings", map("payment_method_options", null, "payment_method_types", null,
                "save_default_payment_method", "off"));
        o.put("pending_invoice_item_interval", null);
        o.put("pending_setup_intent", null);
        o.put("pending_update", null);
        o.put("schedule", null);
        o.put("start_date", now);
        o.put("status", "incomplete");
        o.put("test_clock", null);
        o.put("transfer_data", null);
        o.put("trial_end", null);
        o.put("trial_settings", map("end_behavior", map("missing_payment_method", "create_invoice")));
        o.put("trial_start", null);
        o.putAll(given);
        return o;
    }

    /** A subscription item ({@code si_…}) of {@code price} (the price object, as Stripe embeds it). */
    static Map<String, Object> subscriptionItem(String subscription, long now, Map<String, Object> price,
            long quantity, Map<String, Object> metadata) {
        return map("id", Ids.next("si"), "object", "subscription_item", "billing_thresholds", null,
                "created", now, "discounts", new ArrayList<>(), "metadata", metadata, "price", price,
                "quantity", quantity, "subscription", subscription, "tax_rates", new ArrayList<>());
    }

    static Map<String, Object> invoice(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "invoice");
        o.put("account_country", "US");
        o.put("account_name", "Sandbox shop");
        o.put("amount_due", 0L);
        o.put("amount_paid", 0L);
        o.put("amount_remaining", 0L);
        o.put("amount_shipping", 0L);
        o.put("application", null);
        o.put("attempt_count", 0L);
        o.put("attempted", false);
        o.put("auto_advance", false);
        o.put("automatic_tax", map("enabled", false, "liability", null, "status", null));
        o.put("billing_reason", "manual");
        o.put("charge", null);
        o.put("collection_method", "charge_automatically");
        o.put("created", now);
        o.put("currency", "usd");
        o.put("customer", null);
        o.put("customer_email", null);
        o.put("customer_name", null);
        o.put("default_payment_method", null);
        o.put("description", null);
        o.put("discount", null);
        o.put("discounts", new ArrayList<>());
        o.put("due_date", null);
        o.put("ending_balance", null);
        o.put("footer", null);
        o.put("hosted_invoice_url", null);
        o.put("invoice_pdf", null);
        o.put("last_finalization_error", null);
        o.put("latest_revision", null);
        o.put("lines", lines(id, new ArrayList<>()));
        o.put("livemode", false);
        o.put("metadata", new LinkedHashMap<>());
        o.put("next_payment_attempt", null);
        o.put("number", null);
        o.put("paid", false);
        o.put("paid_out_of_band", false);
        o.put("payment_intent", null);
        o.put("period_end", now);
        o.put("period_start", now);
        o.put("post_payment_credit_notes_amount", 0L);
        o.put("pre_payment_credit_notes_amount", 0L);
        o.put("receipt_number", null);
        o.put("starting_balance", 0L);
        o.put("statement_descriptor", null);
        o.put("status", "draft");
        o.put("status_transitions", map("finalized_at", null, "marked_uncollectible_at", null, "paid_at", null,
                "voided_at", null));
        o.put("subscription", null);
        o.put("subtotal", 0L);
        o.put("subtotal_excluding_tax", 0L);
        o.put("tax", null);
        o.put("total", 0L);
        o.put("total_excluding_tax", 0L);
        o.put("webhooks_delivered_at", null);
        o.putAll(given);
        return o;
    }

    /** An invoice's {@code lines} list. */
    static Map<String, Object> lines(String invoice, List<Map<String, Object>> lines) {
        return map("object", "list", "data", lines, "has_more", false, "total_count", (long) lines.size(),
                "url", "/v1/invoices/" + invoice + "/lines");
    }

    /**
     * One line ({@code il_…}) of an invoice: of a pending invoice item ({@code type=invoiceitem}) or of a
     * subscription item ({@code type=subscription}).
     */
    static Map<String, Object> invoiceLine(String type, long amount, String currency, String description,
            Map<String, Object> price, long quantity, String source, String subscription, Map<String, Object> period) {
        return map("id", Ids.next("il"), "object", "line_item", "amount", amount, "currency", currency,
                "description", description, "discount_amounts", new ArrayList<>(), "discountable", true,
                "discounts", new ArrayList<>(), "invoice_item", "invoiceitem".equals(type) ? source : null,
                "livemode", false, "metadata", new LinkedHashMap<>(), "period", period, "price", price,
                "proration", false, "quantity", quantity, "subscription", subscription,
                "subscription_item", "subscription".equals(type) ? source : null, "tax_amounts", new ArrayList<>(),
                "tax_rates", new ArrayList<>(), "type", type);
    }

    /** A Checkout Session ({@code cs_test_…}, as test-mode sessions are named), open until paid or expired. */
    static Map<String, Object> checkoutSession(String id, long now, Map<String, Object> given) {
        Map<String, Object> o = map("id", id, "object", "checkout.session");
        o.put("after_expiration", null);
        o.put("allow_promotion_codes", null);
        o.put("amount_subtotal", 0L);
        o.put("amount_total", 0L);
        o.put("automatic_tax", map("enabled", false, "liability", null, "status", null));
        o.put("billing_address_collection", null);
        o.put("cancel_url", null);
        o.put("client_reference_id", null);
        o.put("client_secret", null);
        o.put("consent", null);
        o.put("consent_collection", null);
        o.put("created", now);
        o.put("currency", "usd");
        o.put("custom_fields", new ArrayList<>());
        o.put("custom_text", map("after_submit", null, "shipping_address", null, "submit", null,
                "terms_of_service_acceptance", null));
        o.put("customer", null);
        o.put("customer_creation", "if_required");
        o.put("customer_details", null);
        o.put("customer_email", null);
        o.put("expires_at", now + 86_400L);
        o.put("invoice", null);
        o.put("invoice_creation", null);
        o.put("livemode", false);
        o.put("locale", null);
        o.put("metadata", new LinkedHashMap<>());
        o.put("mode", "payment");
        o.put("payment_intent", null);
        o.put("payment_link", null);
        o.put("payment_method_collection", "if_required");
        o.put("payment_method_options", new LinkedHashMap<>());
        o.put("payment_method_types", new ArrayList<>(List.of("card")));
        o.put("payment_status", "unpaid");
        o.put("phone_number_collection", map("enabled", false));
        o.put("recovered_from", null);
        o.put("setup_intent", null);
        o.put("shipping_address_collection", null);
        o.put("shipping_cost", null);
        o.put("shipping_details", null);
        o.put("shipping_options", new ArrayList<>());
        o.put("status", "open");
        o.put("submit_type", null);
        o.put("subscription", null);
        o.put("success_url", null);
        o.put("total_details", map("amount_discount", 0L, "amount_shipping", 0L, "amount_tax", 0L));
        o.put("ui_mode", "hosted");
        o.put("url", "https://checkout.stripe.com/c/pay/" + id);
        o.putAll(given);
        return o;
    }
}
