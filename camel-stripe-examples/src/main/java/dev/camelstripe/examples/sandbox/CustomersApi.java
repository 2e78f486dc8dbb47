package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/customers}, {@code GET|POST|DELETE /v1/customers/{id}}, the list and the search. A deleted
 * customer keeps answering GET with its deletion stub, as on Stripe, but cannot be updated or deleted again.
 * {@code payment_method} on create attaches it; {@code invoice_settings[default_payment_method]} must name a payment
 * method attached to the customer.
 */
public final class CustomersApi {

    static final Set<String> ALLOWED = Set.of("address", "balance", "description", "email", "metadata", "name",
            "phone", "shipping", "preferred_locales", "invoice_prefix", "tax_exempt", "invoice_settings", "expand");
    static final Set<String> CREATE = Fields.union(ALLOWED, Set.of("payment_method"));
    static final List<String> INVOICE_SETTINGS = List.of("custom_fields", "default_payment_method", "footer",
            "rendering_options");
    static final SearchFields SEARCH = SearchFields.of("customers").number("created").string("email", "name", "phone")
            .metadata();
    static final List<String> ADDRESS = List.of("city", "country", "line1", "line2", "postal_code", "state");
    static final List<String> SHIPPING = List.of("address", "name", "phone");
    static final List<String> TAX_EXEMPT = List.of("none", "exempt", "reverse");

    private final ResourceStore customers;
    private final ResourceStore paymentMethods;
    private final Payments payments;

    public CustomersApi(ResourceStore customers, ResourceStore paymentMethods, Payments payments) {
        this.customers = customers;
        this.paymentMethods = paymentMethods;
        this.payments = payments;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/customers", customers).create(this::create).retrieve().update(this::update)
                .delete(this::delete).list(ListEndpoint.Filter.equal("email")).search(SEARCH);
    }

    @SuppressWarnings("unchecked")
    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        String paymentMethod = params.string("payment_method");
        Map<String, Object> fields = changes(params, Map.of());
        return customers.atomically(() -> {
            if (paymentMethod == null) {
                checkDefaultPaymentMethod(null, fields);
                return ApiResponse.ok(customers.create(fields));
            }
            // the customer's own payment method may be its default, by the name it was given
            Map<String, Object> method = payments.paymentMethod(paymentMethod, "payment_method");
            Map<String, Object> settings = (Map<String, Object>) fields.get("invoice_settings");
            if (settings != null && paymentMethod.equals(settings.get("default_payment_method"))) {
                settings.put("default_payment_method", method.get("id"));
            }
            String id = Ids.next("cus");
            fields.put("id", id);
            paymentMethods.update((String) method.get("id"), pm -> pm.put("customer", id),
                    List.of("payment_method.attached"));
            checkDefaultPaymentMethod(id, fields);
            return ApiResponse.ok(customers.create(fields));
        });
    }

    private ApiResponse delete(ApiRequest request) {
        request.params().allowOnly(Set.of());
        return ApiResponse.ok(customers.delete(request.id()));
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(ALLOWED);
        // A deleted customer is not live: the store answers 404, as Stripe does.
        return customers.atomically(() -> {
            Map<String, Object> fields = changes(params, customers.live(request.id(), "id"));
            checkDefaultPaymentMethod(request.id(), fields);
            return ApiResponse.ok(customers.update(request.id(), customer -> customer.putAll(fields)));
        });
    }

    @SuppressWarnings("unchecked")
    private void checkDefaultPaymentMethod(String customer, Map<String, Object> fields) {
        Map<String, Object> settings = (Map<String, Object>) fields.get("invoice_settings");
        Object method = settings == null ? null : settings.get("default_payment_method");
        if (method == null) {
            return;
        }
        String param = "invoice_settings[default_payment_method]";
        if (customer == null || !customer.equals(paymentMethods.live((String) method, param).get("customer"))) {
            throw StripeError.invalid(null, param, "The PaymentMethod " + method + " is not attached to this "
                    + "customer: attach it (POST /v1/payment_methods/" + method + "/attach) before making it the "
                    + "default.");
        }
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
        if (params.has("invoice_settings")) {
            Map<String, Object> settings = current.get("invoice_settings") instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : ShopObjects.invoiceSettings();
            Map<String, Object> given = params.hash("invoice_settings", INVOICE_SETTINGS);
            if (given != null) {
                params.nested("invoice_settings", Set.copyOf(INVOICE_SETTINGS)).asMap().keySet()
                        .forEach(key -> settings.put(key, given.get(key)));
            }
            fields.put("invoice_settings", settings);
        }
        Fields.metadata(params, fields, current);
        return fields;
    }
}
