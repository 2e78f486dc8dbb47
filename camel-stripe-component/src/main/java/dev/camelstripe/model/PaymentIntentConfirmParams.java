package dev.camelstripe.model;

import java.util.List;
import java.util.Map;

/**
 * The body of "confirm payment intent": the payment method to confirm with, if the intent has none yet, and where to
 * send the customer back after an authentication.
 */
public class PaymentIntentConfirmParams extends StripeParams<PaymentIntentConfirmParams> implements
        Params.PaymentMethod<PaymentIntentConfirmParams>, Params.ReceiptEmail<PaymentIntentConfirmParams> {

    public static final Field<String> CAPTURE_METHOD =
            Field.oneOf("capture_method", "automatic", "automatic_async", "manual");
    public static final Field<Map<String, Object>> MANDATE_DATA = Field.map("mandate_data");
    public static final Field<Boolean> OFF_SESSION = Field.bool("off_session");
    public static final Field<Map<String, Object>> PAYMENT_METHOD_OPTIONS = Field.map("payment_method_options");
    public static final Field<List<String>> PAYMENT_METHOD_TYPES =
            Field.strings("payment_method_types").checked(ParamRule.LIST);
    public static final Field<String> RETURN_URL = Field.string("return_url");
    public static final Field<String> SETUP_FUTURE_USAGE =
            Field.oneOf("setup_future_usage", "off_session", "on_session");
    public static final Field<Map<String, Object>> SHIPPING = Field.map("shipping");

    public PaymentIntentConfirmParams captureMethod(String captureMethod) {
        return param(CAPTURE_METHOD, captureMethod);
    }

    public PaymentIntentConfirmParams mandateData(Map<String, Object> mandateData) {
        return param(MANDATE_DATA, mandateData);
    }

    public PaymentIntentConfirmParams offSession(Boolean offSession) {
        return param(OFF_SESSION, offSession);
    }

    public PaymentIntentConfirmParams paymentMethodOptions(Map<String, Object> paymentMethodOptions) {
        return param(PAYMENT_METHOD_OPTIONS, paymentMethodOptions);
    }

    public PaymentIntentConfirmParams paymentMethodTypes(List<String> paymentMethodTypes) {
        return param(PAYMENT_METHOD_TYPES, paymentMethodTypes);
    }

    public PaymentIntentConfirmParams returnUrl(String returnUrl) {
        return param(RETURN_URL, returnUrl);
    }

    public PaymentIntentConfirmParams setupFutureUsage(String setupFutureUsage) {
        return param(SETUP_FUTURE_USAGE, setupFutureUsage);
    }

    public PaymentIntentConfirmParams shipping(Map<String, Object> shipping) {
        return param(SHIPPING, shipping);
    }
}
