package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/products}, {@code GET /v1/products/{id}}, {@code POST /v1/products/{id}}. The legacy
 * {@code caption} is not on the allowlist: current Stripe rejects it as an unknown parameter.
 */
public final class ProductsApi {

    static final Set<String> ALLOWED = Set.of("id", "name", "active", "description", "images", "shippable", "url",
            "metadata", "statement_descriptor", "unit_label", "tax_code", "expand");
    static final int MAX_IMAGES = 8;

    private final ResourceStore products;

    public ProductsApi(ResourceStore products) {
        this.products = products;
    }

    public void register(Router router) {
        router.on("POST", "/v1/products", this::create)
                .on("GET", "/v1/products/{id}", new RetrieveEndpoint(products))
                .on("POST", "/v1/products/{id}", this::update);
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
    @SuppressWarnings("unchecked")
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
        if (params.has("metadata")) {
            fields.put("metadata", params.mergedMetadata((Map<String, Object>) current.get("metadata")));
        }
        return fields;
    }
}
