package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "confirm payment intent": the payment method to confirm with, if the intent has none yet, and where to
 * send the customer back after an authentication.
 */
public class PaymentIntentConfirmParams extends PaymentIntentConfirmFields<PaymentIntentConfirmParams> {

    public static final Field<Map<String, Object>> MANDATE_DATA = Field.map("mandate_data");

    public PaymentIntentConfirmParams mandateData(Map<String, Object> mandateData) {
        return param(MANDATE_DATA, mandateData);
    }
}
