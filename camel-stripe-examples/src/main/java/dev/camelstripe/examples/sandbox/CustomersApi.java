package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/customers}, {@code GET|POST|DELETE /v1/customers/{id}}; the list is a {@link ListEndpoint}. A
 * deleted customer keeps answering GET with its deletion stub, as on Stripe, but cannot be updated
 * or deleted again.
 */
public final class CustomersApi {

    static final Set<String> ALLOWED = Set.of("address", "balance", "description", "email", "metadata", "name",
            "phone", "shipping", "preferred_locales", "invoice_prefix", "tax_exempt", "expand");
    static final List<String> ADDRESS = List.of("city", "country", "line1", "line2", "postal_code", "state");
    static final List<String> SHIPPING = List.of("address", "name", "phone");
    static final List<String> TAX_EXEMPT = List.of("none", "exempt", "reverse");

    private final ResourceStore customers;

    public CustomersApi(ResourceStore customers) {
        this.customers = customers;
    }

    public void register(Router router) {
        router.on("POST", "/v1/customers", this::create)
                .on("GET", "/v1/customers/{id}", new RetrieveEndpoint(customers))
                .on("POST", "/v1/customers/{id}", this::update)
                .on("DELETE", "/v1/customers/{id}", this::delete)
                .on("GET", "/v1/customers", new ListEndpoint(customers, "/v1/customers", List.of("email")));
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(ALLOWED);
        return ApiResponse.ok(customers.create(changes(params, Map.of())));
    }

    private ApiResponse delete(ApiRequest request) {
        request.params().allowOnly(Set.of());
        return ApiResponse.ok(customers.delete(request.id()));
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(ALLOWED);
        // A deleted customer is not live: the store answers 404, as Stripe does.
        return ApiResponse.ok(customers.update(request.id(), customer -> customer.putAll(changes(params, customer))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> changes(Params params, Map<String, Object> current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String text : new String[] {"description", "email", "name", "phone", "invoice_prefix"}) {
            if (params.has(text)) {
                fields.put(text, params.string(text));
            }
        }
        if (params.has("balance")) {
            Long balance = params.integer("balance");
            fields.put("balance", balance == null ? 0L : balance);
        }
        if (params.has("tax_exempt")) {
            String taxExempt = params.oneOf("tax_exempt", TAX_EXEMPT);
            fields.put("tax_exempt", taxExempt == null ? "none" : taxExempt);
        }
        if (params.has("preferred_locales")) {
            fields.put("preferred_locales", params.stringList("preferred_locales", 30));
        }
        if (params.has("address")) {
            fields.put("address", params.hash("address", ADDRESS));
        }
        if (params.has("shipping")) {
            Map<String, Object> shipping = params.hash("shipping", SHIPPING);
            if (shipping != null && shipping.get("address") != null) {
                shipping.put("address", new Params(shipping).hash("address", ADDRESS));
            }
            fields.put("shipping", shipping);
        }
        if (params.has("metadata")) {
            fields.put("metadata", params.mergedMetadata((Map<String, Object>) current.get("metadata")));
        }
        return fields;
    }
}
