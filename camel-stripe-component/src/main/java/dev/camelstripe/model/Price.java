package dev.camelstripe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A price ({@code object: "price"}): how much and how often a product costs. {@link #getUnitAmount()} is in the
 * smallest currency unit; {@link #getRecurring()} is null for a one-time price. Fields this class does not name (and
 * any Stripe adds later) are kept as unknown fields.
 */
public class Price extends StripeObject implements Has.Created, Has.Currency, Has.Livemode, Has.Metadata {

    /** {@link #getType()} values. */
    public static final String TYPE_ONE_TIME = "one_time";
    public static final String TYPE_RECURRING = "recurring";

    public static final Field<Boolean> ACTIVE = Field.bool("active");
    public static final Field<String> BILLING_SCHEME = Field.string("billing_scheme");
    public static final Field<Map<String, Object>> CURRENCY_OPTIONS = Field.map("currency_options");
    public static final Field<Map<String, Object>> CUSTOM_UNIT_AMOUNT = Field.map("custom_unit_amount");
    public static final Field<String> LOOKUP_KEY = Field.string("lookup_key");
    public static final Field<String> NICKNAME = Field.string("nickname");
    public static final Field<Expandable<Product>> PRODUCT = Field.expandable("product", Product.class);
    public static final Field<Map<String, Object>> RECURRING = Field.map("recurring");
    public static final Field<String> TAX_BEHAVIOR = Field.string("tax_behavior");
    public static final Field<List<Object>> TIERS = Field.list("tiers");
    public static final Field<String> TIERS_MODE = Field.string("tiers_mode");
    public static final Field<Map<String, Object>> TRANSFORM_QUANTITY = Field.map("transform_quantity");
    public static final Field<String> TYPE = Field.string("type");
    public static final Field<Long> UNIT_AMOUNT = Field.integer("unit_amount");
    public static final Field<BigDecimal> UNIT_AMOUNT_DECIMAL = Field.decimal("unit_amount_decimal");

    public Boolean getActive() {
        return get(ACTIVE);
    }

    /** {@code per_unit} or {@code tiered}. */
    public String getBillingScheme() {
        return get(BILLING_SCHEME);
    }

    public Map<String, Object> getCurrencyOptions() {
        return get(CURRENCY_OPTIONS);
    }

    public Map<String, Object> getCustomUnitAmount() {
        return get(CUSTOM_UNIT_AMOUNT);
    }

    public String getLookupKey() {
        return get(LOOKUP_KEY);
    }

    public String getNickname() {
        return get(NICKNAME);
    }

    /** The product id, or null. */
    public String getProduct() {
        return Expandable.idOf(get(PRODUCT));
    }

    public Expandable<Product> getProductExpandable() {
        return get(PRODUCT);
    }

    /** {@code interval}, {@code interval_count}, {@code usage_type} …; null for a one-time price. */
    public Map<String, Object> getRecurring() {
        return get(RECURRING);
    }

    public String getTaxBehavior() {
        return get(TAX_BEHAVIOR);
    }

    public List<Object> getTiers() {
        return get(TIERS);
    }

    public String getTiersMode() {
        return get(TIERS_MODE);
    }

    public Map<String, Object> getTransformQuantity() {
        return get(TRANSFORM_QUANTITY);
    }

    public String getType() {
        return get(TYPE);
    }

    public Long getUnitAmount() {
        return get(UNIT_AMOUNT);
    }

    public BigDecimal getUnitAmountDecimal() {
        return get(UNIT_AMOUNT_DECIMAL);
    }
}
