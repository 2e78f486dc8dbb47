package dev.camelstripe.model;

/**
 * The body of "capture charge": all optional; without {@code amount} the whole authorized amount is captured.
 */
public class ChargeCaptureParams extends StripeParams<ChargeCaptureParams> implements
        Params.Amount<ChargeCaptureParams>, Params.ReceiptEmail<ChargeCaptureParams>,
        Params.StatementDescriptor<ChargeCaptureParams> {

    public static final Field<Long> APPLICATION_FEE_AMOUNT =
            Field.integer("application_fee_amount").checked(ParamRule.NON_NEGATIVE_INTEGER);
    public static final Field<String> STATEMENT_DESCRIPTOR_SUFFIX = Field.string("statement_descriptor_suffix");
    public static final Field<String> TRANSFER_GROUP = Field.string("transfer_group");

    public ChargeCaptureParams applicationFeeAmount(Long applicationFeeAmount) {
        return param(APPLICATION_FEE_AMOUNT, applicationFeeAmount);
    }

    public ChargeCaptureParams statementDescriptorSuffix(String statementDescriptorSuffix) {
        return param(STATEMENT_DESCRIPTOR_SUFFIX, statementDescriptorSuffix);
    }

    public ChargeCaptureParams transferGroup(String transferGroup) {
        return param(TRANSFER_GROUP, transferGroup);
    }
}
