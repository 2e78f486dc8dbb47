package dev.camelstripe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of "create price" and "update price": {@code new
 * PriceParams().currency("usd").unitAmount(1500L).product("prod_123")}. {@code createPrice} needs {@code currency};
 * give the {@code product} or {@code product_data}, and {@code recurring} for a subscription price. An update cannot
 * change the amount.
 */
public class PriceParams extends StripeParams<PriceParams> implements Params.Currency<PriceParams>,
        Params.Metadata<PriceParams> {

    public static final Field<Boolean> ACTIVE = Field.bool("active");
    public static final Field<String> BILLING_SCHEME = Field.oneOf("billing_scheme", "per_unit", "tiered");
    public static final Field<Map<String, Object>> CURRENCY_OPTIONS = Field.map("currency_options");
    public static final Field<Map<String, Object>> CUSTOM_UNIT_AMOUNT = Field.map("custom_unit_amount");
    public static final Field<String> LOOKUP_KEY = Field.string("lookup_key");
    public static final Field<String> NICKNAME = Field.string("nickname");
    public static final Field<String> PRODUCT = Field.string("product");
    public static final Field<Map<String, Object>> PRODUCT_DATA = Field.map("product_data");
    public static final Field<Map<String, Object>> RECURRING = Field.map("recurring");
    public static final Field<String> TAX_BEHAVIOR =
            Field.oneOf("tax_behavior", "exclusive", "inclusive", "unspecified");
    public static final Field<List<Object>> TIERS = Field.list("tiers");
    public static final Field<String> TIERS_MODE = Field.oneOf("tiers_mode", "graduated", "volume");
    public static final Field<Boolean> TRANSFER_LOOKUP_KEY = Field.bool("transfer_lookup_key");
    public static final Field<Map<String, Object>> TRANSFORM_QUANTITY = Field.map("transform_quantity");
    public static final Field<Long> UNIT_AMOUNT = Field.integer("unit_amount").checked(ParamRule.NON_NEGATIVE_INTEGER);
    public static final Field<BigDecimal> UNIT_AMOUNT_DECIMAL = Field.decimal("unit_amount_decimal");

    public PriceParams active(Boolean active) {
        return param(ACTIVE, active);
    }

    public PriceParams billingScheme(String billingScheme) {
        return param(BILLING_SCHEME, billingScheme);
    }

    public PriceParams currencyOptions(Map<String, Object> currencyOptions) {
        return param(CURRENCY_OPTIONS, currencyOptions);
    }

    public PriceParams customUnitAmount(Map<String, Object> customUnitAmount) {
        return param(CUSTOM_UNIT_AMOUNT, customUnitAmount);
    }

    public PriceParams lookupKey(String lookupKey) {
        return param(LOOKUP_KEY, lookupKey);
    }

    public PriceParams nickname(String nickname) {
        return param(NICKNAME, nickname);
    }

    public PriceParams product(String product) {
        return param(PRODUCT, product);
    }

    public PriceParams productData(Map<String, Object> productData) {
        return param(PRODUCT_DATA, productData);
    }

    /** {@code interval} ({@code day}, {@code week}, {@code month}, {@code year}) and {@code interval_count}. */
    public PriceParams recurring(Map<String, Object> recurring) {
        return param(RECURRING, recurring);
    }

    public PriceParams taxBehavior(String taxBehavior) {
        return param(TAX_BEHAVIOR, taxBehavior);
    }

    public PriceParams tiers(List<Object> tiers) {
        return param(TIERS, tiers);
    }

    public PriceParams tiersMode(String tiersMode) {
        return param(TIERS_MODE, tiersMode);
    }

    public PriceParams transferLookupKey(Boolean transferLookupKey) {
        return param(TRANSFER_LOOKUP_KEY, transferLookupKey);
    }

    public PriceParams transformQuantity(Map<String, Object> transformQuantity) {
        return param(TRANSFORM_QUANTITY, transformQuantity);
    }

    /** In the smallest currency unit; 0 makes a free price. */
    public PriceParams unitAmount(Long unitAmount) {
        return param(UNIT_AMOUNT, unitAmount);
    }

    public PriceParams unitAmountDecimal(BigDecimal unitAmountDecimal) {
        return param(UNIT_AMOUNT_DECIMAL, unitAmountDecimal);
    }
}
