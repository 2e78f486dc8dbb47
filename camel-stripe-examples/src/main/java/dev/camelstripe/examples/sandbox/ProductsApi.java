package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/products}, {@code GET|POST|DELETE /v1/products/{id}}, the list and the search. The legacy
 * {@code caption} is not on the allowlist: current Stripe rejects it as an unknown parameter. A product with prices
 * cannot be deleted (Stripe: "Deleting a product is only possible if it has no prices associated with it").
 */
public final class ProductsApi {

    static final Set<String> ALLOWED = Set.of("id", "name", "active", "description", "images", "shippable", "url",
            "metadata", "statement_descriptor", "unit_label", "tax_code", "expand");
    static final int MAX_IMAGES = 8;
    static final SearchFields SEARCH = SearchFields.of("products").bool("active", "shippable").number("created")
            .string("description", "name", "url").metadata();

    private final ResourceStore products;
    private final ResourceStore prices;

    public ProductsApi(ResourceStore products, ResourceStore prices) {
        this.products = products;
        this.prices = prices;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/products", products).create(this::create).retrieve().update(this::update)
                .delete(this::delete).list(ListEndpoint.Filter.equal("active"), ListEndpoint.Filter.equal("shippable"),
                        ListEndpoint.Filter.equal("url"),
                        ListEndpoint.Filter.anyOf("ids", "id", 100)).search(SEARCH);
    }

    private ApiResponse delete(ApiRequest request) {
        request.params().allowOnly(Set.of());
        return products.atomically(() -> {
            products.live(request.id(), "id");
            if (!prices.where(p -> request.id().equals(p.get("product"))).isEmpty()) {
                throw StripeError.invalid(null, null, "This product cannot be deleted because it has one or more "
                        + "prices. Archive it (active=false) instead.");
            }
            return ApiResponse.ok(products.delete(request.id()));
        });
    }

    /** Creates a product from validated fields (a price's {@code product_data}). */
    Map<String, Object> create(Params params) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", params.requiredString("name"));
        fields.putAll(changes(params, Map.of()));
        return products.create(fields);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(ALLOWED);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (params.has("id")) {
            fields.put("id", params.nonEmptyString("id"));
        }
        fields.put("name", params.requiredString("name"));
        fields.putAll(changes(params, Map.of()));
        return ApiResponse.ok(products.create(fields));
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(ALLOWED);
        if (params.has("id")) { // the id is the path; Stripe does not let an update rename it
            throw StripeError.unknownParameter("id");
        }
        long now = products.now();
        // Validated inside the store's lock, so metadata merges against the current state.
        return ApiResponse.ok(products.update(request.id(), product -> {
            product.putAll(changes(params, product));
            if (params.has("name")) {
                product.put("name", params.nonEmptyString("name"));
            }
            product.put("updated", now);
        }));
    }

    /** The optional fields that were sent, validated; empty values become null (unset). */
    private static Map<String, Object> changes(Params params, Map<String, Object> current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (params.has("active")) {
            fields.put("active", params.bool("active") != Boolean.FALSE);
        }
        for (String text : new String[] {"description", "url", "statement_descriptor", "unit_label", "tax_code"}) {
            if (params.has(text)) {
                fields.put(text, params.string(text));
            }
        }
        if (params.has("shippable")) {
            fields.put("shippable", params.bool("shippable"));
        }
        if (params.has("images")) {
            fields.put("images", params.stringList("images", MAX_IMAGES));
        }
        Fields.metadata(params, fields, current);
        return fields;
    }
}
