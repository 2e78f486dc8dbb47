package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;

/**
 * {@code /v1/invoices}: create, retrieve, update, delete (a draft), finalize, pay, send, void, mark_uncollectible,
 * list, search (stripe-node's {@code InvoiceResource}); the status machine and the payment are {@link Billing}'s.
 */
public final class InvoicesApi {

    static final List<String> COLLECTION_METHODS = List.of("charge_automatically", "send_invoice");
    static final Set<String> UPDATE = Set.of("auto_advance", "collection_method", "days_until_due", "due_date",
            "description", "metadata", "default_payment_method", "footer", "statement_descriptor", "expand");
    static final Set<String> CREATE = Fields.union(UPDATE, Set.of("customer", "subscription", "currency",
            "pending_invoice_items_behavior"));
    /** Fields only a draft may change (Stripe: once finalized, amounts and collection_method are fixed). */
    static final Set<String> DRAFT_ONLY = Set.of("collection_method", "currency");
    static final SearchFields SEARCH = SearchFields.of("invoices").number("created", "total")
            .string("currency", "number", "receipt_number").token("customer", "status", "subscription").metadata();

    private final Billing billing;
    private final ResourceStore customers;
    private final ResourceStore paymentMethods;

    public InvoicesApi(Billing billing, ResourceStore customers, ResourceStore paymentMethods) {
        this.billing = billing;
        this.customers = customers;
        this.paymentMethods = paymentMethods;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/invoices", billing.invoices()).create(this::create).retrieve()
                .update(this::update).delete(this::delete)
                .action("finalize", this::finalizeInvoice).action("pay", this::pay)
                .action("send", transition("send", "invoice.sent", null))
                .action("void", transition("void", "invoice.voided", "voided_at"))
                .action("mark_uncollectible", transition("mark_uncollectible", "invoice.marked_uncollectible",
                        "marked_uncollectible_at"))
                .list(equal("customer"), equal("status"), equal("subscription"), equal("collection_method"))
                .search(SEARCH);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        String customer = params.requiredString("customer");
        return billing.invoices().atomically(() -> {
            customers.live(customer, "customer");
            Map<String, Object> fields = changes(params, Map.of(), customer);
            fields.put("customer", customer);
            if (params.has("subscription")) {
                fields.put("subscription", billing.subscriptions().live(params.requiredString("subscription"),
                        "subscription").get("id"));
            }
            if ("send_invoice".equals(fields.get("collection_method")) && fields.get("days_until_due") == null
                    && fields.get("due_date") == null) {
                throw StripeError.missingParameter("days_until_due");
            }
            boolean include = "include".equals(params.oneOf("pending_invoice_items_behavior",
                    List.of("include", "exclude")));
            return ApiResponse.ok(billing.createInvoice(fields, include));
        });
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        return billing.invoices().atomically(() -> {
            Map<String, Object> current = billing.invoices().live(request.id(), "id");
            if (params.asMap().keySet().stream().anyMatch(DRAFT_ONLY::contains)) {
                Billing.INVOICES.check("edit", current);
            }
            Map<String, Object> fields = changes(params, current, (String) current.get("customer"));
            return ApiResponse.ok(billing.invoices().update(request.id(), in -> in.putAll(fields)));
        });
    }

    private ApiResponse delete(ApiRequest request) {
        request.params().allowOnly(Set.of());
        return ApiResponse.ok(billing.deleteInvoice(request.id()));
    }

    private ApiResponse finalizeInvoice(ApiRequest request) {
        Params params = request.params().allowOnly(Set.of("auto_advance", "expand"));
        return ApiResponse.ok(billing.finalizeInvoice(request.id(), params.bool("auto_advance")));
    }

    private ApiResponse pay(ApiRequest request) {
        Params params = request.params().allowOnly(Set.of("paid_out_of_band", "payment_method", "off_session",
                "forgive", "mandate", "source", "expand"));
        return ApiResponse.ok(billing.pay(request.id(), params.string("payment_method"),
                params.flag("paid_out_of_band"), params.bool("off_session") != Boolean.FALSE));
    }

    private ApiHandler transition(String action, String eventType, String transitionField) {
        return request -> {
            request.params().allowOnly(Set.of("expand"));
            if ("send".equals(action) && !"send_invoice".equals(billing.invoices().live(request.id(), "id")
                    .get("collection_method"))) {
                throw StripeError.invalid(null, null, "You can only manually send an invoice if its collection "
                        + "method is 'send_invoice'.");
            }
            return ApiResponse.ok(billing.transition(request.id(), action, eventType, transitionField));
        };
    }

    private Map<String, Object> changes(Params params, Map<String, Object> current, String customer) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (params.has("auto_advance")) {
            fields.put("auto_advance", params.flag("auto_advance"));
        }
        if (params.has("collection_method")) {
            fields.put("collection_method", params.oneOf("collection_method", COLLECTION_METHODS));
        }
        if (params.has("days_until_due")) {
            fields.put("days_until_due", params.positiveIntegerOrNull("days_until_due"));
        }
        if (params.has("due_date")) {
            fields.put("due_date", params.integer("due_date"));
        }
        if (params.has("currency")) {
            fields.put("currency", params.currency("currency"));
        }
        if (params.has("default_payment_method")) {
            fields.put("default_payment_method", SubscriptionsApi.attachedPaymentMethod(paymentMethods,
                    params.string("default_payment_method"), customer));
        }
        Fields.copyStrings(params, fields, "description", "footer", "statement_descriptor");
        Fields.metadata(params, fields, current);
        return fields;
    }
}
