package dev.camelstripe.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of "create checkout session": {@code new
 * CheckoutSessionParams().mode("payment").successUrl("https://example.com/ok").lineItems(List.of(Map.of("price",
 * "price_123", "quantity", 1)))}.
 */
public class CheckoutSessionParams extends StripeParams<CheckoutSessionParams> implements
        Params.Currency<CheckoutSessionParams>, Params.Customer<CheckoutSessionParams>,
        Params.Metadata<CheckoutSessionParams> {

    public static final Field<Boolean> ALLOW_PROMOTION_CODES = Field.bool("allow_promotion_codes");
    public static final Field<String> BILLING_ADDRESS_COLLECTION =
            Field.oneOf("billing_address_collection", "auto", "required");
    public static final Field<String> CANCEL_URL = Field.string("cancel_url");
    public static final Field<String> CLIENT_REFERENCE_ID = Field.string("client_reference_id");
    public static final Field<String> CUSTOMER_CREATION = Field.oneOf("customer_creation", "always", "if_required");
    public static final Field<String> CUSTOMER_EMAIL = Field.string("customer_email");
    public static final Field<Instant> EXPIRES_AT = Field.instant("expires_at");
    public static final Field<List<Object>> LINE_ITEMS = Field.list("line_items");
    public static final Field<String> LOCALE = Field.string("locale");
    public static final Field<String> MODE = Field.oneOf("mode", "payment", "setup", "subscription");
    public static final Field<Map<String, Object>> PAYMENT_INTENT_DATA = Field.map("payment_intent_data");
    public static final Field<List<String>> PAYMENT_METHOD_TYPES =
            Field.strings("payment_method_types").checked(ParamRule.LIST);
    public static final Field<String> RETURN_URL = Field.string("return_url");
    public static final Field<Map<String, Object>> SUBSCRIPTION_DATA = Field.map("subscription_data");
    public static final Field<String> SUBMIT_TYPE =
            Field.oneOf("submit_type", "auto", "book", "donate", "pay", "subscribe");
    public static final Field<String> SUCCESS_URL = Field.string("success_url");
    public static final Field<String> UI_MODE = Field.oneOf("ui_mode", "embedded", "hosted");

    public CheckoutSessionParams allowPromotionCodes(Boolean allowPromotionCodes) {
        return param(ALLOW_PROMOTION_CODES, allowPromotionCodes);
    }

    public CheckoutSessionParams billingAddressCollection(String billingAddressCollection) {
        return param(BILLING_ADDRESS_COLLECTION, billingAddressCollection);
    }

    public CheckoutSessionParams cancelUrl(String cancelUrl) {
        return param(CANCEL_URL, cancelUrl);
    }

    public CheckoutSessionParams clientReferenceId(String clientReferenceId) {
        return param(CLIENT_REFERENCE_ID, clientReferenceId);
    }

    public CheckoutSessionParams customerCreation(String customerCreation) {
        return param(CUSTOMER_CREATION, customerCreation);
    }

    public CheckoutSessionParams customerEmail(String customerEmail) {
        return param(CUSTOMER_EMAIL, customerEmail);
    }

    public CheckoutSessionParams expiresAt(Instant expiresAt) {
        return param(EXPIRES_AT, expiresAt);
    }

    public CheckoutSessionParams lineItems(List<Object> lineItems) {
        return param(LINE_ITEMS, lineItems);
    }

    public CheckoutSessionParams locale(String locale) {
        return param(LOCALE, locale);
    }

    public CheckoutSessionParams mode(String mode) {
        return param(MODE, mode);
    }

    public CheckoutSessionParams paymentIntentData(Map<String, Object> paymentIntentData) {
        return param(PAYMENT_INTENT_DATA, paymentIntentData);
    }

    public CheckoutSessionParams paymentMethodTypes(List<String> paymentMethodTypes) {
        return param(PAYMENT_METHOD_TYPES, paymentMethodTypes);
    }

    public CheckoutSessionParams returnUrl(String returnUrl) {
        return param(RETURN_URL, returnUrl);
    }

    public CheckoutSessionParams subscriptionData(Map<String, Object> subscriptionData) {
        return param(SUBSCRIPTION_DATA, subscriptionData);
    }

    public CheckoutSessionParams submitType(String submitType) {
        return param(SUBMIT_TYPE, submitType);
    }

    public CheckoutSessionParams successUrl(String successUrl) {
        return param(SUCCESS_URL, successUrl);
    }

    public CheckoutSessionParams uiMode(String uiMode) {
        return param(UI_MODE, uiMode);
    }
}
