package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "create payment intent" and "update payment intent": {@code new
 * PaymentIntentParams().amount(2000L).currency("usd").paymentMethod("pm_card_visa")}. {@code createPaymentIntent}
 * needs {@code amount} and {@code currency}.
 */
public class PaymentIntentParams extends PaymentIntentConfirmFields<PaymentIntentParams> implements
        Params.Amount<PaymentIntentParams>, Params.Currency<PaymentIntentParams>, Params.Customer<PaymentIntentParams>,
        Params.Description<PaymentIntentParams>, Params.Metadata<PaymentIntentParams>,
        Params.StatementDescriptor<PaymentIntentParams> {

    public static final Field<Long> APPLICATION_FEE_AMOUNT =
            Field.integer("application_fee_amount").checked(ParamRule.NON_NEGATIVE_INTEGER);
    public static final Field<Map<String, Object>> AUTOMATIC_PAYMENT_METHODS = Field.map("automatic_payment_methods");
    public static final Field<Boolean> CONFIRM = Field.bool("confirm");
    public static final Field<String> CONFIRMATION_METHOD = Field.oneOf("confirmation_method", "automatic", "manual");
    public static final Field<String> ON_BEHALF_OF = Field.string("on_behalf_of");
    public static final Field<String> STATEMENT_DESCRIPTOR_SUFFIX = Field.string("statement_descriptor_suffix");
    public static final Field<Map<String, Object>> TRANSFER_DATA = Field.map("transfer_data");
    public static final Field<String> TRANSFER_GROUP = Field.string("transfer_group");

    public PaymentIntentParams applicationFeeAmount(Long applicationFeeAmount) {
        return param(APPLICATION_FEE_AMOUNT, applicationFeeAmount);
    }

    public PaymentIntentParams automaticPaymentMethods(Map<String, Object> automaticPaymentMethods) {
        return param(AUTOMATIC_PAYMENT_METHODS, automaticPaymentMethods);
    }

    /** True to confirm at once, on create. */
    public PaymentIntentParams confirm(Boolean confirm) {
        return param(CONFIRM, confirm);
    }

    public PaymentIntentParams confirmationMethod(String confirmationMethod) {
        return param(CONFIRMATION_METHOD, confirmationMethod);
    }

    public PaymentIntentParams onBehalfOf(String onBehalfOf) {
        return param(ON_BEHALF_OF, onBehalfOf);
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
