package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /v1/payment_intents}: create (optionally {@code confirm=true}), retrieve, update, confirm, capture, cancel,
 * list, search (paths and parameters after stripe-node's {@code PaymentIntentResource}). The status machine and the
 * payment itself are {@link Intents}'.
 */
public final class PaymentIntentsApi {

    static final List<String> CAPTURE_METHODS = List.of("automatic", "automatic_async", "manual");
    static final List<String> CANCELLATION_REASONS = List.of("duplicate", "fraudulent", "requested_by_customer",
            "abandoned");
    /** Changing one of these changes the payment: only while it can still be confirmed. */
    static final Set<String> PAYMENT_FIELDS = Set.of("amount", "currency", "customer", "payment_method",
            "payment_method_types", "capture_method", "setup_future_usage");
    static final Set<String> UPDATE = Set.of("amount", "currency", "customer", "description", "metadata",
            "payment_method", "payment_method_types", "capture_method", "receipt_email", "setup_future_usage",
            "statement_descriptor", "statement_descriptor_suffix", "shipping", "transfer_group", "expand");
    static final Set<String> CREATE = Fields.union(UPDATE, Set.of("automatic_payment_methods", "confirm",
            "confirmation_method", "off_session", "return_url", "payment_method_options", "error_on_requires_action",
            "use_stripe_sdk", "mandate_data"));
    static final Set<String> CONFIRM = Set.of("payment_method", "receipt_email", "capture_method",
            "setup_future_usage", "off_session", "return_url", "shipping", "payment_method_types",
            "payment_method_options", "error_on_requires_action", "use_stripe_sdk", "mandate_data", "expand");
    static final Set<String> CAPTURE = Set.of("amount_to_capture", "application_fee_amount", "final_capture",
            "metadata", "statement_descriptor", "statement_descriptor_suffix", "expand");

    static final SearchFields SEARCH = SearchFields.of("payment_intents").number("amount", "created")
            .string("currency").token("customer", "status").metadata();

    private final Intents intents;
    private final ResourceStore customers;

    public PaymentIntentsApi(Intents intents, ResourceStore customers) {
        this.intents = intents;
        this.customers = customers;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/payment_intents", intents.store())
                .create(this::create).retrieve().update(this::update)
                .action("confirm", this::confirm).action("capture", this::capture).action("cancel", this::cancel)
                .list(ListEndpoint.Filter.equal("customer")).search(SEARCH);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        Map<String, Object> fields = changes(params, Map.of());
        long amount = params.positiveInteger("amount");
        fields.put("currency", params.currency("currency"));
        if ("usd".equals(fields.get("currency")) && amount < 50) {
            throw StripeError.invalid("amount_too_small", "amount", "Amount must be at least $0.50 usd");
        }
        fields.put("confirmation_method", params.has("confirmation_method")
                ? params.oneOf("confirmation_method", List.of("automatic", "manual")) : "automatic");
        if (!params.has("payment_method_types")) {
            Params automatic = params.nested("automatic_payment_methods", Set.of("enabled", "allow_redirects"));
            fields.put("automatic_payment_methods", ShopObjects.map("allow_redirects",
                    automatic.has("allow_redirects") ? automatic.oneOf("allow_redirects", List.of("always", "never"))
                            : "always", "enabled", true));
        }
        fields.remove("payment_method");
        String paymentMethod = params.string("payment_method");
        if (!params.flag("confirm")) {
            return ApiResponse.ok(intents.create(fields, paymentMethod));
        }
        return intents.store().atomically(() -> {
            Map<String, Object> created = intents.create(fields, null);
            return ApiResponse.ok(intents.confirm((String) created.get("id"), paymentMethod,
                    params.flag("off_session"), Map.of()));
        });
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        return intents.store().atomically(() -> {
            Map<String, Object> current = intents.store().live(request.id(), "id");
            if (params.asMap().keySet().stream().anyMatch(PAYMENT_FIELDS::contains)) {
                Intents.MACHINE.check("update", current);
            }
            Map<String, Object> fields = changes(params, current);
            if (params.has("payment_method")) {
                String method = params.string("payment_method");
                fields.put("payment_method", method == null ? null
                        : intents.payments().paymentMethod(method, "payment_method").get("id"));
                fields.put("status", method == null ? "requires_payment_method" : "requires_confirmation");
            }
            return ApiResponse.ok(intents.store().update(request.id(), pi -> pi.putAll(fields)));
        });
    }

    private ApiResponse confirm(ApiRequest request) {
        Params params = request.params().allowOnly(CONFIRM);
        Map<String, Object> changes = new LinkedHashMap<>();
        Fields.copyStrings(params, changes, "receipt_email", "setup_future_usage");
        if (params.has("capture_method")) {
            changes.put("capture_method", params.oneOf("capture_method", CAPTURE_METHODS));
        }
        return ApiResponse.ok(intents.confirm(request.id(), params.string("payment_method"),
                params.flag("off_session"), changes));
    }

    private ApiResponse capture(ApiRequest request) {
        Params params = request.params().allowOnly(CAPTURE);
        Map<String, Object> changes = new LinkedHashMap<>();
        Fields.metadata(params, changes, intents.store().get(request.id()));
        Fields.copyStrings(params, changes, "statement_descriptor", "statement_descriptor_suffix");
        return ApiResponse.ok(intents.capture(request.id(), params.positiveIntegerOrNull("amount_to_capture"),
                changes));
    }

    private ApiResponse cancel(ApiRequest request) {
        Params params = request.params().allowOnly(Set.of("cancellation_reason", "expand"));
        return ApiResponse.ok(intents.cancel(request.id(), params.oneOf("cancellation_reason",
                CANCELLATION_REASONS)));
    }

    /** The fields of create and update that were sent, validated. */
    private Map<String, Object> changes(Params params, Map<String, Object> current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (params.has("amount")) {
            fields.put("amount", params.positiveInteger("amount"));
        }
        if (params.has("currency")) {
            fields.put("currency", params.currency("currency"));
        }
        if (params.has("customer")) {
            String customer = params.string("customer");
            fields.put("customer", customer == null ? null : customers.live(customer, "customer").get("id"));
        }
        Fields.copyStrings(params, fields, "description", "receipt_email", "statement_descriptor",
                "statement_descriptor_suffix", "transfer_group", "payment_method");
        if (params.has("setup_future_usage")) {
            fields.put("setup_future_usage", params.oneOf("setup_future_usage", List.of("on_session", "off_session")));
        }
        if (params.has("capture_method")) {
            fields.put("capture_method", params.oneOf("capture_method", CAPTURE_METHODS));
        }
        if (params.has("payment_method_types")) {
            fields.put("payment_method_types", params.stringList("payment_method_types", 50));
            fields.put("automatic_payment_methods", null);
        }
        if (params.has("shipping")) {
            fields.put("shipping", params.asMap().get("shipping"));
        }
        Fields.metadata(params, fields, current);
        return fields;
    }
}
