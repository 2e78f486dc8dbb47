package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's test payment methods ({@code pm_card_visa}) and card tokens ({@code tok_visa}), and what paying with each
 * one does, after docs.stripe.com/testing: the card numbers' last four digits, declines with their {@code code},
 * {@code decline_code} and message, 3D Secure, the bank debit that settles later, and the refunds that settle late or
 * fail. A test payment method used anywhere becomes a new {@code pm_…} object, as on Stripe; its fingerprint says
 * which row it came from.
 */
final class TestPaymentMethods {

    /** What a payment with the method does. */
    enum Behaviour {
        /** Paid at once. */
        SUCCEED,
        /** Declined, and already refused when attached to a customer. */
        DECLINE,
        /** Attaches to a customer fine; every payment is declined ({@code pm_card_chargeCustomerFail}). */
        DECLINE_AFTER_ATTACH,
        /** Needs the customer to authenticate (3D Secure): the payment intent waits in {@code requires_action}. */
        REQUIRE_ACTION,
        /** A bank debit: {@code processing} (charge {@code pending}) until the sandbox settles, then succeeded. */
        SETTLE_SUCCEED,
        /** A bank debit that fails when it settles. */
        SETTLE_FAIL,
        /** Paid at once; a refund stays {@code pending} until the sandbox settles ({@code pm_card_pendingRefund}). */
        REFUND_PENDING,
        /** Paid at once; a refund succeeds, then fails when the sandbox settles ({@code pm_card_refundFail}). */
        REFUND_FAIL
    }

    /** A decline as Stripe reports it: error {@code code}, {@code decline_code} and message. */
    record Decline(String code, String declineCode, String message) {
    }

    /**
     * @param ids      the payment method and token names that stand for it
     * @param type     {@code card} or {@code us_bank_account}
     * @param brand    card brand, or the bank's name for a bank account
     */
    record TestMethod(List<String> ids, String type, String brand, String last4, String funding,
            Behaviour behaviour, Decline decline) {

        String fingerprint() {
            return "sbx" + Integer.toHexString(ids.get(0).hashCode());
        }
    }

    private static final Decline GENERIC = new Decline("card_declined", "generic_decline", ShopObjects.DECLINED_MESSAGE);

    private static final List<TestMethod> METHODS = List.of(
            card("visa", "visa", "4242", "credit", Behaviour.SUCCEED, null),
            card("visa_debit", "visa", "5556", "debit", Behaviour.SUCCEED, null),
            card("mastercard", "mastercard", "4444", "credit", Behaviour.SUCCEED, null),
            card("amex", "amex", "0005", "credit", Behaviour.SUCCEED, null),
            card(List.of("pm_card_chargeDeclined", "pm_card_visa_chargeDeclined", "tok_chargeDeclined",
                    "tok_visa_chargeDeclined"), "0002", Behaviour.DECLINE, GENERIC),
            card(List.of("pm_card_chargeDeclinedInsufficientFunds", "pm_card_visa_chargeDeclinedInsufficientFunds",
                    "tok_chargeDeclinedInsufficientFunds", "tok_visa_chargeDeclinedInsufficientFunds"), "9995",
                    Behaviour.DECLINE, new Decline("card_declined", "insufficient_funds",
                            "Your card has insufficient funds.")),
            card(List.of("pm_card_visa_chargeDeclinedLostCard", "tok_visa_chargeDeclinedLostCard"), "9987",
                    Behaviour.DECLINE, new Decline("card_declined", "lost_card", ShopObjects.DECLINED_MESSAGE)),
            card(List.of("pm_card_visa_chargeDeclinedStolenCard", "tok_visa_chargeDeclinedStolenCard"), "9979",
                    Behaviour.DECLINE, new Decline("card_declined", "stolen_card", ShopObjects.DECLINED_MESSAGE)),
            card(List.of("pm_card_chargeDeclinedExpiredCard", "tok_chargeDeclinedExpiredCard"), "0069",
                    Behaviour.DECLINE, new Decline("expired_card", "expired_card", "Your card has expired.")),
            card(List.of("pm_card_chargeDeclinedIncorrectCvc", "tok_chargeDeclinedIncorrectCvc"), "0127",
                    Behaviour.DECLINE, new Decline("incorrect_cvc", "incorrect_cvc",
                            "Your card's security code is incorrect.")),
            card(List.of("pm_card_chargeDeclinedProcessingError", "tok_chargeDeclinedProcessingError"), "0119",
                    Behaviour.DECLINE, new Decline("processing_error", "processing_error",
                            "An error occurred while processing your card. Try again in a little bit.")),
            card(List.of("pm_card_chargeCustomerFail", "tok_chargeCustomerFail"), "0341",
                    Behaviour.DECLINE_AFTER_ATTACH, GENERIC),
            card(List.of("pm_card_authenticationRequired", "tok_authenticationRequired"), "3155",
                    Behaviour.REQUIRE_ACTION, null),
            card(List.of("pm_card_threeDSecure2Required", "tok_threeDSecure2Required"), "3220",
                    Behaviour.REQUIRE_ACTION, null),
            card("pendingRefund", "visa", "7726", "credit", Behaviour.REFUND_PENDING, null),
            card("refundFail", "visa", "5126", "credit", Behaviour.REFUND_FAIL, null),
            new TestMethod(List.of("pm_usBankAccount_success"), "us_bank_account", "STRIPE TEST BANK", "6789",
                    "checking", Behaviour.SETTLE_SUCCEED, null),
            new TestMethod(List.of("pm_usBankAccount_accountClosed"), "us_bank_account", "STRIPE TEST BANK", "1113",
                    "checking", Behaviour.SETTLE_FAIL, new Decline("account_closed", null,
                            "The customer's bank account has been closed.")));

    private static final Map<String, TestMethod> BY_ID = new LinkedHashMap<>();
    private static final Map<String, TestMethod> BY_FINGERPRINT = new LinkedHashMap<>();

    static {
        for (TestMethod method : METHODS) {
            method.ids().forEach(id -> BY_ID.put(id, method));
            BY_FINGERPRINT.put(method.fingerprint(), method);
        }
    }

    private TestPaymentMethods() {
    }

    /** The test method a name stands for ({@code pm_card_visa}, {@code tok_visa}). */
    static Optional<TestMethod> named(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The test method a stored payment method was made from; a payment method of unknown origin pays like visa. */
    @SuppressWarnings("unchecked")
    static TestMethod of(Map<String, Object> paymentMethod) {
        Object details = paymentMethod.get(paymentMethod.get("type"));
        Object fingerprint = details instanceof Map ? ((Map<String, Object>) details).get("fingerprint") : null;
        return BY_FINGERPRINT.getOrDefault(fingerprint, METHODS.get(0));
    }

    private static TestMethod card(String name, String brand, String last4, String funding, Behaviour behaviour,
            Decline decline) {
        return new TestMethod(List.of("pm_card_" + name, "tok_" + name), "card", brand, last4, funding, behaviour,
                decline);
    }

    private static TestMethod card(List<String> ids, String last4, Behaviour behaviour, Decline decline) {
        return new TestMethod(ids, "card", "visa", last4, "credit", behaviour, decline);
    }
}
