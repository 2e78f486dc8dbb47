package dev.camelstripe.model;

import java.util.List;
import java.util.Map;

/**
 * The parameters a payment intent is confirmed with, shared by "confirm payment intent" and by "create payment intent"
 * and "update payment intent" (a create with {@code confirm=true} takes them too).
 *
 * @param <S> the params class, so the setters chain
 */
public abstract class PaymentIntentConfirmFields<S extends PaymentIntentConfirmFields<S>> extends StripeParams<S>
        implements Params.PaymentMethod<S>, Params.ReceiptEmail<S> {

    public static final Field<String> CAPTURE_METHOD =
            Field.oneOf("capture_method", "automatic", "automatic_async", "manual");
    public static final Field<Boolean> OFF_SESSION = Field.bool("off_session");
    public static final Field<Map<String, Object>> PAYMENT_METHOD_OPTIONS = Field.map("payment_method_options");
    public static final Field<List<String>> PAYMENT_METHOD_TYPES =
            Field.strings("payment_method_types").checked(ParamRule.LIST);
    public static final Field<String> RETURN_URL = Field.string("return_url");
    public static final Field<String> SETUP_FUTURE_USAGE =
            Field.oneOf("setup_future_usage", "off_session", "on_session");
    public static final Field<Map<String, Object>> SHIPPING = Field.map("shipping");

    public S captureMethod(String captureMethod) {
        return param(CAPTURE_METHOD, captureMethod);
    }

    public S offSession(Boolean offSession) {
        return param(OFF_SESSION, offSession);
    }

    public S paymentMethodOptions(Map<String, Object> paymentMethodOptions) {
        return param(PAYMENT_METHOD_OPTIONS, paymentMethodOptions);
    }

    public S paymentMethodTypes(List<String> paymentMethodTypes) {
        return param(PAYMENT_METHOD_TYPES, paymentMethodTypes);
    }

    public S returnUrl(String returnUrl) {
        return param(RETURN_URL, returnUrl);
    }

    public S setupFutureUsage(String setupFutureUsage) {
        return param(SETUP_FUTURE_USAGE, setupFutureUsage);
    }

    public S shipping(Map<String, Object> shipping) {
        return param(SHIPPING, shipping);
    }
}
