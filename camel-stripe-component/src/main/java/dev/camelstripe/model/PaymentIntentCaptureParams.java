package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "capture payment intent": all optional; without {@code amount_to_capture} the whole {@code
 * amount_capturable} is captured.
 */
public class PaymentIntentCaptureParams extends StripeParams<PaymentIntentCaptureParams> implements
        Params.Metadata<PaymentIntentCaptureParams>, Params.StatementDescriptor<PaymentIntentCaptureParams> {

    public static final Field<Long> AMOUNT_TO_CAPTURE = Field.amount("amount_to_capture");
    public static final Field<Long> APPLICATION_FEE_AMOUNT =
            Field.integer("application_fee_amount").checked(ParamRule.NON_NEGATIVE_INTEGER);
    public static final Field<Boolean> FINAL_CAPTURE = Field.bool("final_capture");
    public static final Field<String> STATEMENT_DESCRIPTOR_SUFFIX = Field.string("statement_descriptor_suffix");
    public static final Field<Map<String, Object>> TRANSFER_DATA = Field.map("transfer_data");

    /** At most the amount authorized, in the smallest currency unit. */
    public PaymentIntentCaptureParams amountToCapture(Long amountToCapture) {
        return param(AMOUNT_TO_CAPTURE, amountToCapture);
    }

    public PaymentIntentCaptureParams applicationFeeAmount(Long applicationFeeAmount) {
        return param(APPLICATION_FEE_AMOUNT, applicationFeeAmount);
    }

    public PaymentIntentCaptureParams finalCapture(Boolean finalCapture) {
        return param(FINAL_CAPTURE, finalCapture);
    }

    public PaymentIntentCaptureParams statementDescriptorSuffix(String statementDescriptorSuffix) {
        return param(STATEMENT_DESCRIPTOR_SUFFIX, statementDescriptorSuffix);
    }

    public PaymentIntentCaptureParams transferData(Map<String, Object> transferData) {
        return param(TRANSFER_DATA, transferData);
    }
}
