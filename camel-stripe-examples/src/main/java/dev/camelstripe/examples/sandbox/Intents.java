package dev.camelstripe.examples.sandbox;

import static dev.camelstripe.examples.sandbox.ShopObjects.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.camelstripe.examples.sandbox.StatusMachine.Transition;
import dev.camelstripe.examples.sandbox.TestPaymentMethods.Behaviour;

/**
 * The payment intent's life, shared by the payment intents API, invoices, checkout and the shop activity: confirm
 * (with Stripe's test payment methods deciding the outcome), capture, cancel, the customer's 3D Secure answer and the
 * bank's late answer. Statuses follow Stripe's machine (docs.stripe.com/payments/paymentintents/lifecycle):
 * {@code requires_payment_method → requires_confirmation → requires_action | processing | requires_capture |
 * succeeded}, {@code canceled}; a declined attempt goes back to {@code requires_payment_method} with
 * {@code last_payment_error}, and the confirm answers Stripe's 402 {@code card_error} carrying the payment intent.
 */
public final class Intents {

    private static final List<String> OPEN = List.of("requires_payment_method", "requires_confirmation",
            "requires_action");

    /** Which statuses each action starts from (stripe-node's PaymentIntents resource docs). */
    static final StatusMachine MACHINE = new StatusMachine("PaymentIntent", "payment_intent_unexpected_state",
            "payment_intent",
            new Transition("update", "updated", OPEN, null),
            new Transition("confirm", "confirmed", OPEN, null),
            new Transition("capture", "captured", List.of("requires_capture"), "succeeded"),
            new Transition("cancel", "canceled", List.of("requires_payment_method", "requires_capture",
                    "requires_confirmation", "requires_action", "processing"), "canceled"),
            new Transition("authenticate", "authenticated", List.of("requires_action"), null),
            new Transition("settle", "settled", List.of("processing"), null));

    /** The event each status a payment intent reaches records (there is no {@code payment_intent.updated}). */
    private static final Map<String, String> EVENT_ON_STATUS = Map.of(
            "requires_action", "payment_intent.requires_action",
            "processing", "payment_intent.processing",
            "requires_capture", "payment_intent.amount_capturable_updated",
            "succeeded", "payment_intent.succeeded",
            "requires_payment_method", "payment_intent.payment_failed",
            "canceled", "payment_intent.canceled");

    private static final TestPaymentMethods.Decline AUTHENTICATION_REQUIRED = new TestPaymentMethods.Decline(
            "authentication_required", "authentication_required",
            "Your card was declined. This transaction requires authentication.");

    private final ResourceStore intents;
    private final Payments payments;
    private final List<Consumer<Map<String, Object>>> onSettled = new ArrayList<>();

    Intents(ResourceStore intents, Payments payments) {
        this.intents = intents;
        this.payments = payments;
    }

    ResourceStore store() {
        return intents;
    }

    Payments payments() {
        return payments;
    }

    /** Called with each payment intent that reaches succeeded or fails an attempt (invoices follow their own). */
    void onOutcome(Consumer<Map<String, Object>> listener) {
        onSettled.add(listener);
    }

    /**
     * Creates a payment intent from validated fields; {@code paymentMethod} (a reference, may be a test method) sets
     * it to {@code requires_confirmation}.
     */
    Map<String, Object> create(Map<String, Object> fields, String paymentMethod) {
        return intents.atomically(() -> {
            Map<String, Object> all = new LinkedHashMap<>(fields);
            if (paymentMethod != null) {
                all.put("payment_method", payments.paymentMethod(paymentMethod, "payment_method").get("id"));
                all.put("status", "requires_confirmation");
            }
            return intents.create(all);
        });
    }

    /**
     * Confirms: with {@code paymentMethod} (or the one already set) the payment is attempted.
     *
     * @param changes other confirm parameters, applied first ({@code receipt_email}, {@code capture_method} …)
     * @throws StripeError 402 card_error when the attempt is declined, after recording it
     */
    Map<String, Object> confirm(String id, String paymentMethod, boolean offSession, Map<String, Object> changes) {
        return intents.atomically(() -> {
            Map<String, Object> intent = intents.live(id, "id");
            MACHINE.check("confirm", intent);
            String reference = paymentMethod != null ? paymentMethod : (String) intent.get("payment_method");
            if (reference == null) {
                throw StripeError.unexpectedState("payment_intent_unexpected_state", "You cannot confirm this "
                        + "PaymentIntent because it's missing a payment method. To confirm the PaymentIntent, "
                        + "specify a payment method with payment_method.").with("payment_intent", intent);
            }
            Map<String, Object> method = payments.paymentMethod(reference, "payment_method");
            Object owner = method.get("customer");
            if (owner != null && intent.get("customer") != null && !owner.equals(intent.get("customer"))) {
                throw StripeError.invalid(null, "payment_method", "The provided PaymentMethod " + method.get("id")
                        + " belongs to another customer than this PaymentIntent's.");
            }
            Map<String, Object> updated = intents.update(id, pi -> {
                pi.putAll(changes);
                pi.put("payment_method", method.get("id"));
                pi.put("status", "requires_confirmation");
            }, List.of());
            if (TestPaymentMethods.of(method).behaviour() == Behaviour.REQUIRE_ACTION) {
                if (offSession) {
                    return fail(updated, method, payments.decline(attempt(updated, method), AUTHENTICATION_REQUIRED));
                }
                return moveTo(id, "requires_action", pi -> pi.put("next_action", map("type", "use_stripe_sdk",
                        "use_stripe_sdk", map("type", "three_d_secure_redirect",
                                "stripe_js", "https://hooks.stripe.com/3d_secure_2/sandbox/" + id))));
            }
            return pay(updated, method);
        });
    }

    /** Captures {@code amount} (all that is capturable when null) of a {@code requires_capture} intent. */
    Map<String, Object> capture(String id, Long amount, Map<String, Object> changes) {
        return intents.atomically(() -> {
            Map<String, Object> intent = intents.live(id, "id");
            MACHINE.check("capture", intent);
            long capturable = Payments.longOf(intent, "amount_capturable");
            long captured = amount == null ? capturable : amount;
            if (captured > capturable) {
                throw StripeError.invalid("amount_too_large", "amount_to_capture", "The amount_to_capture ("
                        + captured + ") must be less than or equal to the amount_capturable (" + capturable + ").");
            }
            payments.capture((String) intent.get("latest_charge"), captured, "amount_to_capture");
            return moveTo(id, "succeeded", pi -> {
                pi.putAll(changes);
                pi.put("amount_received", captured);
                pi.put("amount_capturable", 0L);
            });
        });
    }

    /** Cancels; the charge of a {@code requires_capture} intent is released. */
    Map<String, Object> cancel(String id, String reason) {
        return intents.atomically(() -> {
            Map<String, Object> intent = intents.live(id, "id");
            MACHINE.check("cancel", intent);
            if ("requires_capture".equals(intent.get("status"))) {
                payments.release((String) intent.get("latest_charge"));
            }
            long now = intents.now();
            return moveTo(id, "canceled", pi -> {
                pi.put("canceled_at", now);
                pi.put("cancellation_reason", reason);
                pi.put("amount_capturable", 0L);
                pi.put("next_action", null);
            });
        });
    }

    /**
     * The customer's answer to 3D Secure on a {@code requires_action} intent: approved, the payment is made; refused,
     * the intent goes back to {@code requires_payment_method} with {@code payment_intent_authentication_failure}.
     */
    Map<String, Object> authenticate(String id, boolean approved) {
        return intents.atomically(() -> {
            Map<String, Object> intent = intents.live(id, "id");
            MACHINE.check("authenticate", intent);
            Map<String, Object> method = payments.paymentMethod((String) intent.get("payment_method"), "payment_method");
            if (approved) {
                return pay(intents.update(id, pi -> pi.put("next_action", null), List.of()), method);
            }
            Map<String, Object> failed = moveTo(id, "requires_payment_method", pi -> {
                pi.put("next_action", null);
                pi.put("payment_method", null);
                pi.put("last_payment_error", map("code", "payment_intent_authentication_failure",
                        "doc_url", "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
                        "message", "The provided PaymentMethod has failed authentication. You can provide "
                                + "payment_method_data or a new PaymentMethod to attempt to fulfill this "
                                + "PaymentIntent again.", "payment_method", method, "type", "invalid_request_error"));
            });
            onSettled.forEach(l -> l.accept(failed));
            return failed;
        });
    }

    /** The bank's late answer on every {@code processing} intent: succeeded, or failed with the debit's error. */
    void settle() {
        intents.atomically(() -> {
            List<Map<String, Object>> processing = new ArrayList<>(intents.where(pi -> MACHINE.allows("settle", pi)));
            java.util.Collections.reverse(processing); // oldest first, as the bank answers them
            for (Map<String, Object> intent : processing) {
                Payments.Result result = payments.settleCharge((String) intent.get("latest_charge"));
                Map<String, Object> method = payments.paymentMethod((String) intent.get("payment_method"),
                        "payment_method");
                try {
                    settled(intent, method, result);
                } catch (StripeError declined) {
                    // recorded on the intent and its charge; nobody waits for an answer
                }
            }
            return null;
        });
    }

    private Map<String, Object> pay(Map<String, Object> intent, Map<String, Object> method) {
        return settled(intent, method, payments.charge(attempt(intent, method)));
    }

    private Map<String, Object> settled(Map<String, Object> intent, Map<String, Object> method,
            Payments.Result result) {
        if (result.failed()) {
            return fail(intent, method, result);
        }
        String id = (String) intent.get("id");
        String chargeId = (String) result.charge().get("id");
        Map<String, Object> moved;
        if (result.pending()) {
            moved = moveTo(id, "processing", pi -> pi.put("latest_charge", chargeId));
        } else if (Boolean.FALSE.equals(result.charge().get("captured"))) {
            moved = moveTo(id, "requires_capture", pi -> {
                pi.put("latest_charge", chargeId);
                pi.put("amount_capturable", pi.get("amount"));
            });
        } else {
            moved = moveTo(id, "succeeded", pi -> {
                pi.put("latest_charge", chargeId);
                pi.put("amount_received", pi.get("amount"));
                pi.put("last_payment_error", null);
            });
            onSettled.forEach(l -> l.accept(moved));
        }
        return moved;
    }

    private Map<String, Object> fail(Map<String, Object> intent, Map<String, Object> method,
            Payments.Result result) {
        StripeError decline = result.decline().with("payment_method", method);
        Map<String, Object> error = new LinkedHashMap<>(decline.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> lastError = new LinkedHashMap<>((Map<String, Object>) error.get("error"));
        Map<String, Object> failed = moveTo((String) intent.get("id"), "requires_payment_method", pi -> {
            pi.put("latest_charge", result.charge().get("id"));
            pi.put("payment_method", null);
            pi.put("next_action", null);
            pi.put("last_payment_error", lastError);
        });
        onSettled.forEach(l -> l.accept(failed));
        throw decline.with("payment_intent", failed);
    }

    private Map<String, Object> moveTo(String id, String status, Consumer<Map<String, Object>> change) {
        return intents.update(id, pi -> {
            change.accept(pi);
            pi.put("status", status);
        }, List.of(EVENT_ON_STATUS.get(status)));
    }

    private static Payments.Attempt attempt(Map<String, Object> intent, Map<String, Object> method) {
        return new Payments.Attempt(Payments.longOf(intent, "amount"), (String) intent.get("currency"),
                (String) intent.get("customer"), (String) intent.get("description"),
                (String) intent.get("receipt_email"), (String) intent.get("id"), (String) intent.get("invoice"),
                method, !"manual".equals(intent.get("capture_method")), Map.of());
    }
}
