package dev.camelstripe.model;

import java.util.List;
import java.util.Map;

/**
 * The body of "create payment intent" and "update payment intent": {@code new
 * PaymentIntentParams().amount(2000L).currency("usd").paymentMethod("pm_card_visa")}. {@code createPaymentIntent}
 * needs {@code amount} and {@code currency}.
 */
public class PaymentIntentParams extends StripeParams<PaymentIntentParams> implements
        Params.Amount<PaymentIntentParams>, Params.Currency<PaymentIntentParams>, Params.Customer<PaymentIntentParams>,
        Params.Description<PaymentIntentParams>, Params.Metadata<PaymentIntentParams>,
        Params.PaymentMethod<PaymentIntentParams>, Params.ReceiptEmail<PaymentIntentParams>,
        Params.StatementDescriptor<PaymentIntentParams> {

    public static final Field<Long> APPLICATION_FEE_AMOUNT =
            Field.integer("application_fee_amount").checked(ParamRule.NON_NEGATIVE_INTEGER);
    public static final Field<Map<String, Object>> AUTOMATIC_PAYMENT_METHODS = Field.map("automatic_payment_methods");
    public static final Field<String> CAPTURE_METHOD =
            Field.oneOf("capture_method", "automatic", "automatic_async", "manual");
    public static final Field<Boolean> CONFIRM = Field.bool("confirm");
    public static final Field<String> CONFIRMATION_METHOD = Field.oneOf("confirmation_method", "automatic", "manual");
    public static final Field<Boolean> OFF_SESSION = Field.bool("off_session");
    public static final Field<String> ON_BEHALF_OF = Field.string("on_behalf_of");
    public static final Field<Map<String, Object>> PAYMENT_METHOD_OPTIONS = Field.map("payment_method_options");
    public static final Field<List<String>> PAYMENT_METHOD_TYPES =
            Field.strings("payment_method_types").checked(ParamRule.LIST);
    public static final Field<String> RETURN_URL = Field.string("return_url");
    public static final Field<String> SETUP_FUTURE_USAGE =
            Field.oneOf("setup_future_usage", "off_session", "on_session");
    public static final Field<Map<String, Object>> SHIPPING = Field.map("shipping");
    public static final Field<String> STATEMENT_DESCRIPTOR_SUFFIX = Field.string("statement_descriptor_suffix");
    public static final Field<Map<String, Object>> TRANSFER_DATA = Field.map("transfer_data");
    public static final Field<String> TRANSFER_GROUP = Field.string("transfer_group");

    public PaymentIntentParams applicationFeeAmount(Long applicationFeeAmount) {
        return param(APPLICATION_FEE_AMOUNT, applicationFeeAmount);
    }

    public PaymentIntentParams automaticPaymentMethods(Map<String, Object> automaticPaymentMethods) {
        return param(AUTOMATIC_PAYMENT_METHODS, automaticPaymentMethods);
    }

    /** {@code manual} to authorize now and capture with capturePaymentIntent. */
    public PaymentIntentParams captureMethod(String captureMethod) {
        return param(CAPTURE_METHOD, captureMethod);
    }

    /** True to confirm at once, on create. */
    public PaymentIntentParams confirm(Boolean confirm) {
        return param(CONFIRM, confirm);
    }

    public PaymentIntentParams confirmationMethod(String confirmationMethod) {
        return param(CONFIRMATION_METHOD, confirmationMethod);
    }

    public PaymentIntentParams offSession(Boolean offSession) {
        return param(OFF_SESSION, offSession);
    }

    public PaymentIntentParams onBehalfOf(String onBehalfOf) {
        return param(ON_BEHALF_OF, onBehalfOf);
    }

    public PaymentIntentParams paymentMethodOptions(Map<String, Object> paymentMethodOptions) {
        return param(PAYMENT_METHOD_OPTIONS, paymentMethodOptions);
    }

    public PaymentIntentParams paymentMethodTypes(List<String> paymentMethodTypes) {
        return param(PAYMENT_METHOD_TYPES, paymentMethodTypes);
    }

    public PaymentIntentParams returnUrl(String returnUrl) {
        return param(RETURN_URL, returnUrl);
    }

    public PaymentIntentParams setupFutureUsage(String setupFutureUsage) {
        return param(SETUP_FUTURE_USAGE, setupFutureUsage);
    }

    public PaymentIntentParams shipping(Map<String, Object> shipping) {
        return param(SHIPPING, shipping);
    }

    public PaymentIntentParams statementDescriptorSuffix(String statementDescriptorSuffix) {
        return param(STATEMENT_DESCRIPTOR_SUFFIX, statementDescriptorSuffix);
    }

    public PaymentIntentParams transferData(Map<String, Object> transferData) {
        return param(TRANSFER_DATA, transferData);
    }

    public PaymentIntentParams transferGroup(String transferGroup) {
        return param(TRANSFER_GROUP, transferGroup);
    }
}
