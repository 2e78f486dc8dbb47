package dev.camelstripe.model;

import java.util.Map;

/**
 * The body of "create charge" and "update charge": {@code new
 * ChargeParams().amount(2000L).currency("usd").source("tok_visa")}. Stripe recommends payment intents over charges
 * for new integrations. {@code createCharge} needs {@code amount} and {@code currency}; an update changes only
 * {@code customer}, {@code description}, {@code metadata}, {@code receipt_email}, {@code shipping}, {@code
 * fraud_details} and {@code transfer_group}.
 */
public class ChargeParams extends StripeParams<ChargeParams> implements Params.Amount<ChargeParams>,
        Params.Currency<ChargeParams>, Params.Customer<ChargeParams>, Params.Description<ChargeParams>,
        Params.Metadata<ChargeParams>, Params.ReceiptEmail<ChargeParams>, Params.StatementDescriptor<ChargeParams> {

    public static final Field<Long> APPLICATION_FEE_AMOUNT =
            Field.integer("application_fee_amount").checked(ParamRule.NON_NEGATIVE_INTEGER);
    public static final Field<Boolean> CAPTURE = Field.bool("capture");
    public static final Field<Map<String, Object>> FRAUD_DETAILS = Field.map("fraud_details");
    public static final Field<String> ON_BEHALF_OF = Field.string("on_behalf_of");
    public static final Field<Map<String, Object>> SHIPPING = Field.map("shipping");
    public static final Field<String> SOURCE = Field.string("source");
    public static final Field<String> STATEMENT_DESCRIPTOR_SUFFIX = Field.string("statement_descriptor_suffix");
    public static final Field<Map<String, Object>> TRANSFER_DATA = Field.map("transfer_data");
    public static final Field<String> TRANSFER_GROUP = Field.string("transfer_group");

    public ChargeParams applicationFeeAmount(Long applicationFeeAmount) {
        return param(APPLICATION_FEE_AMOUNT, applicationFeeAmount);
    }

    /** False to only authorize now and capture later with captureCharge. */
    public ChargeParams capture(Boolean capture) {
        return param(CAPTURE, capture);
    }

    public ChargeParams fraudDetails(Map<String, Object> fraudDetails) {
        return param(FRAUD_DETAILS, fraudDetails);
    }

    public ChargeParams onBehalfOf(String onBehalfOf) {
        return param(ON_BEHALF_OF, onBehalfOf);
    }

    public ChargeParams shipping(Map<String, Object> shipping) {
        return param(SHIPPING, shipping);
    }

    /** A card token, source or card id, for example {@code tok_visa} in test mode. */
    public ChargeParams source(String source) {
        return param(SOURCE, source);
    }

    public ChargeParams statementDescriptorSuffix(String statementDescriptorSuffix) {
        return param(STATEMENT_DESCRIPTOR_SUFFIX, statementDescriptorSuffix);
    }

    public ChargeParams transferData(Map<String, Object> transferData) {
        return param(TRANSFER_DATA, transferData);
    }

    public ChargeParams transferGroup(String transferGroup) {
        return param(TRANSFER_GROUP, transferGroup);
    }
}
