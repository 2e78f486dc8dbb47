package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;
import static dev.camelstripe.examples.sandbox.ShopObjects.map;

/**
 * {@code /v1/prices}: create (for a {@code product}, or a new one from {@code product_data}), retrieve, update, list,
 * search (stripe-node's {@code PriceResource}; prices have no delete). Per-unit prices only. A {@code lookup_key} is
 * unique among prices: another price's key is refused unless {@code transfer_lookup_key=true} moves it.
 */
public final class PricesApi {

    static final Set<String> UPDATE = Set.of("active", "metadata", "nickname", "lookup_key", "transfer_lookup_key",
            "tax_behavior", "expand");
    static final Set<String> CREATE = Fields.union(UPDATE, Set.of("currency", "product", "product_data",
            "unit_amount", "recurring", "billing_scheme"));
    static final Set<String> PRODUCT_DATA = Set.of("name", "active", "metadata", "statement_descriptor",
            "unit_label", "tax_code");
    static final Set<String> RECURRING = Set.of("interval", "interval_count", "usage_type");
    static final List<String> INTERVALS = List.of("day", "week", "month", "year");
    static final List<String> TAX_BEHAVIORS = List.of("exclusive", "inclusive", "unspecified");
    static final SearchFields SEARCH = SearchFields.of("prices").bool("active").string("currency", "lookup_key")
            .token("product", "type").metadata();

    private final ResourceStore prices;
    private final ResourceStore products;
    private final ProductsApi productsApi;

    public PricesApi(ResourceStore prices, ResourceStore products, ProductsApi productsApi) {
        this.prices = prices;
        this.products = products;
        this.productsApi = productsApi;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/prices", prices).create(this::create).retrieve().update(this::update)
                .list(equal("active"), equal("currency"), equal("product"), equal("type"),
                        ListEndpoint.Filter.anyOf("lookup_keys", "lookup_key", 10))
                .search(SEARCH);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("currency", params.currency("currency"));
        Long unitAmount = params.integer("unit_amount");
        if (unitAmount == null || unitAmount < 0) {
            throw unitAmount == null ? StripeError.missingParameter("unit_amount") : StripeError.invalid(
                    "parameter_invalid_integer", "unit_amount", "Invalid non-negative integer: unit_amount");
        }
        fields.put("unit_amount", unitAmount);
        fields.put("unit_amount_decimal", Long.toString(unitAmount));
        if (params.has("billing_scheme") && !"per_unit".equals(params.string("billing_scheme"))) {
            throw StripeError.invalid("parameter_invalid_enum", "billing_scheme",
                    "The sandbox supports billing_scheme=per_unit only.");
        }
        if (params.has("recurring")) {
            Params recurring = params.nested("recurring", RECURRING);
            long count = recurring.has("interval_count") ? recurring.positiveInteger("interval_count") : 1L;
            fields.put("recurring", map("aggregate_usage", null, "interval",
                    require(recurring.oneOf("interval", INTERVALS), recurring.qualified("interval")),
                    "interval_count", count, "meter", null, "trial_period_days", null, "usage_type",
                    recurring.has("usage_type") ? recurring.oneOf("usage_type", List.of("licensed", "metered"))
                            : "licensed"));
            fields.put("type", "recurring");
        }
        fields.putAll(changes(params, Map.of()));
        return prices.atomically(() -> {
            if (params.has("product") == params.has("product_data")) {
                throw params.has("product") ? StripeError.invalid("parameters_exclusive", "product_data",
                        "You may only specify one of these parameters: product, product_data.")
                        : StripeError.missingParameter("product");
            }
            fields.put("product", params.has("product")
                    ? products.live(params.requiredString("product"), "product").get("id")
                    : productsApi.create(params.nested("product_data", PRODUCT_DATA)).get("id"));
            takeLookupKey(params, fields, null);
            return ApiResponse.ok(prices.create(fields));
        });
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        return prices.atomically(() -> {
            Map<String, Object> fields = changes(params, prices.live(request.id(), "id"));
            takeLookupKey(params, fields, request.id());
            return ApiResponse.ok(prices.update(request.id(), price -> price.putAll(fields)));
        });
    }

    /** A lookup key held by another price is refused, or moved here with {@code transfer_lookup_key=true}. */
    private void takeLookupKey(Params params, Map<String, Object> fields, String self) {
        Object key = fields.get("lookup_key");
        if (key == null) {
            return;
        }
        for (Map<String, Object> holder : prices.where(p -> key.equals(p.get("lookup_key")))) {
            String id = (String) holder.get("id");
            if (id.equals(self)) {
                continue;
            }
            if (!params.flag("transfer_lookup_key")) {
                throw StripeError.invalid(null, "lookup_key", "A price (`" + id + "`) already uses that lookup key.");
            }
            prices.update(id, p -> p.put("lookup_key", null));
        }
    }

    private static Map<String, Object> changes(Params params, Map<String, Object> current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (params.has("active")) {
            fields.put("active", params.bool("active") != Boolean.FALSE);
        }
        Fields.copyStrings(params, fields, "nickname", "lookup_key");
        if (params.has("tax_behavior")) {
            fields.put("tax_behavior", params.oneOf("tax_behavior", TAX_BEHAVIORS));
        }
        Fields.metadata(params, fields, current);
        return fields;
    }

    static String require(String value, String param) {
        if (value == null) {
            throw StripeError.missingParameter(param);
        }
        return value;
    }
}
