package dev.camelstripe.examples.sandbox;

import static dev.camelstripe.examples.sandbox.ShopObjects.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelstripe.examples.sandbox.TestPaymentMethods.Behaviour;
import dev.camelstripe.examples.sandbox.TestPaymentMethods.TestMethod;

/**
 * The money movements every payment API shares, in one place: payment methods made from Stripe's test methods, a
 * charge per payment attempt (with the balance transaction of each captured one), captures, releases of uncaptured
 * charges, refunds (with their balance transactions, the charge's {@code amount_refunded} and {@code refunded}
 * following) and the late outcomes a bank delivers when the sandbox settles. Callers hold the stores' lock.
 */
public final class Payments {

    /**
     * What one payment attempt asks for.
     *
     * @param more other fields of the charge ({@code metadata}, {@code shipping} …), laid over the rest
     */
    record Attempt(long amount, String currency, String customer, String description, String receiptEmail,
            String paymentIntent, String invoice, Map<String, Object> paymentMethod, boolean capture,
            Map<String, Object> more) {
    }

    /** The charge an attempt made, and the card error to answer with when it failed (else null). */
    record Result(Map<String, Object> charge, StripeError decline) {

        boolean failed() {
            return "failed".equals(charge.get("status"));
        }

        boolean pending() {
            return "pending".equals(charge.get("status"));
        }
    }

    private final ResourceStore charges;
    private final ResourceStore refunds;
    private final ResourceStore balanceTransactions;
    private final ResourceStore paymentMethods;

    Payments(ResourceStore charges, ResourceStore refunds, ResourceStore balanceTransactions,
            ResourceStore paymentMethods) {
        this.charges = charges;
        this.refunds = refunds;
        this.balanceTransactions = balanceTransactions;
        this.paymentMethods = paymentMethods;
    }

    /**
     * The payment method {@code ref} names: a stored one, or a new one made from a test method ({@code pm_card_visa}
     * becomes {@code pm_…}, {@code tok_visa} a {@code card_…}), as Stripe does; else a 404 naming {@code param}.
     */
    Map<String, Object> paymentMethod(String ref, String param) {
        return TestPaymentMethods.named(ref).map(method -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (ref.startsWith("tok_")) {
                fields.put("id", Ids.next("card"));
            }
            fields.put("type", method.type());
            fields.put(method.type(), PaymentObjects.details(method));
            return paymentMethods.create(fields);
        }).orElseGet(() -> paymentMethods.live(ref, param));
    }

    /** A stored charge (404 naming {@code charge} when unknown). */
    Map<String, Object> charge(String id) {
        return charges.live(id, "charge");
    }

    /** Makes the charge of one attempt: succeeded (captured or not), failed with its decline, or pending. */
    Result charge(Attempt attempt) {
        TestMethod method = TestPaymentMethods.of(attempt.paymentMethod());
        boolean declined = method.behaviour() == Behaviour.DECLINE || method.behaviour() == Behaviour.DECLINE_AFTER_ATTACH;
        boolean pending = method.behaviour() == Behaviour.SETTLE_SUCCEED || method.behaviour() == Behaviour.SETTLE_FAIL;
        return charge(attempt, method, declined ? method.decline() : null, pending);
    }

    /** Like {@link #charge(Attempt)}, declined with {@code decline} whatever the method (3D Secure off session). */
    Result decline(Attempt attempt, TestPaymentMethods.Decline decline) {
        return charge(attempt, TestPaymentMethods.of(attempt.paymentMethod()), decline, false);
    }

    private Result charge(Attempt attempt, TestMethod method, TestPaymentMethods.Decline decline, boolean pending) {
        String id = Ids.next("ch");
        boolean captured = decline == null && !pending && attempt.capture();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("amount", attempt.amount());
        fields.put("amount_captured", captured ? attempt.amount() : 0L);
        fields.put("balance_transaction", captured ? chargeTransaction(id, attempt.amount(), attempt.currency()) : null);
        fields.put("billing_details", attempt.paymentMethod().get("billing_details"));
        fields.put("captured", captured);
        fields.put("currency", attempt.currency());
        fields.put("customer", attempt.customer());
        fields.put("description", attempt.description());
        fields.put("invoice", attempt.invoice());
        fields.put("payment_intent", attempt.paymentIntent());
        fields.put("payment_method", attempt.paymentMethod().get("id"));
        fields.put("payment_method_details", chargeDetails(attempt.paymentMethod(), method));
        fields.put("receipt_email", attempt.receiptEmail());
        fields.putAll(attempt.more());
        if (decline != null) {
            fields.put("status", "failed");
            fields.put("failure_code", decline.code());
            fields.put("failure_message", decline.message());
            fields.put("outcome", map("network_status", "declined_by_network", "reason", decline.declineCode(),
                    "risk_level", "normal", "risk_score", 41L, "seller_message",
                    "The bank did not return any further details with this decline.", "type", "issuer_declined"));
        } else {
            fields.put("status", pending ? "pending" : "succeeded");
        }
        Map<String, Object> charge = charges.create(fields);
        StripeError error = decline == null ? null : StripeError.card(decline.code(), decline.declineCode(),
                decline.message()).with("charge", id);
        return new Result(charge, error);
    }

    /** Captures an uncaptured charge, all of it or {@code amount}; the rest is released. */
    Map<String, Object> capture(String chargeId, Long amount, String param) {
        Map<String, Object> charge = charges.live(chargeId, "charge");
        if (Boolean.TRUE.equals(charge.get("captured")) || !"succeeded".equals(charge.get("status"))) {
            throw StripeError.unexpectedState("charge_already_captured",
                    "Charge " + chargeId + " has already been captured.");
        }
        long authorized = longOf(charge, "amount");
        long captured = amount == null ? authorized : amount;
        if (captured > authorized) {
            throw StripeError.invalid("amount_too_large", param, "The amount to capture (" + captured
                    + ") is greater than the amount authorized (" + authorized + ").");
        }
        String transaction = chargeTransaction(chargeId, captured, (String) charge.get("currency"));
        return charges.update(chargeId, c -> {
            c.put("captured", true);
            c.put("amount_captured", captured);
            c.put("amount_refunded", authorized - captured);
            c.put("balance_transaction", transaction);
        }, List.of("charge.captured"));
    }

    /** Releases an uncaptured charge (its payment intent was canceled): nothing was captured, all is refunded. */
    Map<String, Object> release(String chargeId) {
        return charges.update(chargeId, c -> {
            c.put("amount_refunded", c.get("amount"));
            c.put("refunded", true);
        }, List.of("charge.refunded"));
    }

    /**
     * Refunds {@code amount} of a charge (what is left when null): the refund, its balance transaction, and the
     * charge's {@code amount_refunded} and {@code refunded}.
     */
    Map<String, Object> refund(Map<String, Object> charge, Long amount, String reason, Map<String, Object> metadata) {
        String chargeId = (String) charge.get("id");
        if (!"succeeded".equals(charge.get("status"))) {
            throw StripeError.unexpectedState("charge_not_refundable", "Charge " + chargeId + " has a status of "
                    + charge.get("status") + ": only a succeeded charge can be refunded.");
        }
        long refundable = longOf(charge, Boolean.TRUE.equals(charge.get("captured")) ? "amount_captured" : "amount")
                - longOf(charge, "amount_refunded");
        if (refundable <= 0) {
            throw StripeError.unexpectedState("charge_already_refunded",
                    "Charge " + chargeId + " has already been refunded.");
        }
        long refunded = amount == null ? refundable : amount;
        if (refunded > refundable) {
            throw StripeError.invalid(null, "amount", "Refund amount (" + money(refunded, charge)
                    + ") is greater than unrefunded amount on charge (" + money(refundable, charge) + ")");
        }
        Behaviour behaviour = TestPaymentMethods.of(paymentMethodOf(charge)).behaviour();
        String id = Ids.next("re");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("amount", refunded);
        fields.put("balance_transaction", Boolean.TRUE.equals(charge.get("captured"))
                ? transaction("refund", id, -refunded, 0, (String) charge.get("currency")) : null);
        fields.put("charge", chargeId);
        fields.put("currency", charge.get("currency"));
        fields.put("metadata", metadata);
        fields.put("payment_intent", charge.get("payment_intent"));
        fields.put("reason", reason);
        fields.put("status", behaviour == Behaviour.REFUND_PENDING ? "pending" : "succeeded");
        Map<String, Object> refund = refunds.create(fields);
        charges.update(chargeId, c -> {
            long total = longOf(c, "amount_refunded") + refunded;
            c.put("amount_refunded", total);
            c.put("refunded", total >= longOf(c, "amount"));
        }, List.of("charge.refunded"));
        return refund;
    }

    /** What the bank answers later about a pending charge: succeeded or failed. */
    Result settleCharge(String chargeId) {
        Map<String, Object> charge = charges.live(chargeId, "charge");
        TestMethod method = TestPaymentMethods.of(paymentMethodOf(charge));
        if (method.behaviour() == Behaviour.SETTLE_FAIL) {
            TestPaymentMethods.Decline decline = method.decline();
            Map<String, Object> failed = charges.update(chargeId, c -> {
                c.put("status", "failed");
                c.put("paid", false);
                c.put("failure_code", decline.code());
                c.put("failure_message", decline.message());
            }, List.of("charge.failed"));
            return new Result(failed, StripeError.card(decline.code(), null, decline.message()).with("charge", chargeId));
        }
        String transaction = chargeTransaction(chargeId, longOf(charge, "amount"), (String) charge.get("currency"));
        return new Result(charges.update(chargeId, c -> {
            c.put("status", "succeeded");
            c.put("paid", true);
            c.put("captured", true);
            c.put("amount_captured", c.get("amount"));
            c.put("balance_transaction", transaction);
        }, List.of("charge.succeeded")), null);
    }

    /** Pending refunds succeed; refunds of {@code pm_card_refundFail} payments fail, and the charge takes it back. */
    void settleRefunds() {
        for (Map<String, Object> refund : refunds.where(r -> !"failed".equals(r.get("status")))) {
            Map<String, Object> charge = charges.live((String) refund.get("charge"), "charge");
            Behaviour behaviour = TestPaymentMethods.of(paymentMethodOf(charge)).behaviour();
            String id = (String) refund.get("id");
            if ("pending".equals(refund.get("status"))) {
                refunds.update(id, r -> r.put("status", "succeeded"), List.of("refund.updated"));
            } else if (behaviour == Behaviour.REFUND_FAIL && "succeeded".equals(refund.get("status"))) {
                long amount = longOf(refund, "amount");
                String reversal = transaction("refund_failure", id, amount, 0, (String) refund.get("currency"));
                refunds.update(id, r -> {
                    r.put("status", "failed");
                    r.put("failure_reason", "expired_or_canceled_card");
                    r.put("failure_balance_transaction", reversal);
                }, List.of("refund.failed", "refund.updated"));
                charges.update((String) charge.get("id"), c -> {
                    c.put("amount_refunded", longOf(c, "amount_refunded") - amount);
                    c.put("refunded", false);
                }, List.of());
            }
        }
    }

    /** The charge's payment method as stored (a charge of a deleted or unknown method pays like visa). */
    private Map<String, Object> paymentMethodOf(Map<String, Object> charge) {
        Object id = charge.get("payment_method");
        return id instanceof String s ? paymentMethods.find(s).orElse(Map.of()) : Map.of();
    }

    private static Map<String, Object> chargeDetails(Map<String, Object> paymentMethod, TestMethod method) {
        Map<String, Object> details = PaymentObjects.details(method);
        if ("card".equals(method.type())) {
            details.remove("display_brand");
            details.remove("generated_from");
            details.remove("three_d_secure_usage");
            details.put("network", method.brand());
        }
        return map("type", paymentMethod.getOrDefault("type", method.type()), method.type(), details);
    }

    /** A charge's balance transaction; Stripe's US card pricing, 2.9% + 30 cents. */
    private String chargeTransaction(String chargeId, long amount, String currency) {
        return transaction("charge", chargeId, amount, Math.round(amount * 0.029) + 30, currency);
    }

    private String transaction(String type, String source, long amount, long fee, String currency) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("amount", amount);
        fields.put("currency", currency);
        fields.put("fee", fee);
        fields.put("reporting_category", type.equals("refund_failure") ? "refund_failure" : type);
        fields.put("source", source);
        fields.put("type", type);
        return (String) balanceTransactions.create(fields).get("id");
    }

    private static String money(long amount, Map<String, Object> charge) {
        String currency = String.valueOf(charge.get("currency"));
        return "usd".equals(currency) ? String.format("$%d.%02d", amount / 100, amount % 100)
                : amount + " " + currency;
    }

    static long longOf(Map<String, Object> object, String field) {
        return object.get(field) instanceof Number n ? n.longValue() : 0L;
    }
}
