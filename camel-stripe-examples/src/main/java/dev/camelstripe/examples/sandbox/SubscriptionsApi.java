package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;

/**
 * {@code /v1/subscriptions}: create, retrieve, update, cancel ({@code DELETE}), resume, list, search (stripe-node's
 * {@code SubscriptionResource}). {@code trial_end=now} ends a trial; the list leaves canceled subscriptions out unless
 * {@code status} asks for them, as Stripe's does. Changing a subscription's items is not simulated.
 */
public final class SubscriptionsApi {

    static final List<String> PAYMENT_BEHAVIORS = List.of("allow_incomplete", "default_incomplete",
            "error_if_incomplete", "pending_if_incomplete");
    static final List<String> STATUSES = List.of("active", "all", "canceled", "ended", "incomplete",
            "incomplete_expired", "past_due", "paused", "trialing", "unpaid");
    static final Set<String> UPDATE = Set.of("metadata", "description", "default_payment_method",
            "cancel_at_period_end", "trial_end", "collection_method", "days_until_due", "items", "proration_behavior",
            "expand");
    static final Set<String> CREATE = Fields.union(UPDATE, Set.of("customer", "payment_behavior",
            "trial_period_days", "trial_settings", "off_session", "currency"));
    static final SearchFields SEARCH = SearchFields.of("subscriptions").number("created").token("status").metadata();

    private final Billing billing;
    private final ResourceStore customers;
    private final ResourceStore prices;
    private final ResourceStore paymentMethods;

    public SubscriptionsApi(Billing billing, ResourceStore customers, ResourceStore prices,
            ResourceStore paymentMethods) {
        this.billing = billing;
        this.customers = customers;
        this.prices = prices;
        this.paymentMethods = paymentMethods;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/subscriptions", billing.subscriptions()).create(this::create).retrieve()
                .update(this::update).delete(this::cancel).action("resume", this::resume)
                .list(equal("customer"), equal("collection_method"), byPrice(), byStatus()).search(SEARCH);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        String customer = params.requiredString("customer");
        if (params.has("trial_end")) {
            throw StripeError.invalid(null, "trial_end", "The sandbox starts a trial with trial_period_days only.");
        }
        String behavior = params.oneOf("payment_behavior", PAYMENT_BEHAVIORS);
        Long trialDays = params.positiveIntegerOrNull("trial_period_days");
        return billing.subscriptions().atomically(() -> {
            customers.live(customer, "customer");
            List<Billing.Item> items = new ArrayList<>();
            for (Params item : params.hashList("items", Set.of("price", "quantity", "metadata"), 20)) {
                Map<String, Object> price = prices.live(item.requiredString("price"), item.qualified("price"));
                if (!"recurring".equals(price.get("type"))) {
                    throw StripeError.invalid(null, item.qualified("price"), "The price specified is set to "
                            + "`type=one_time` but this field only accepts prices with `type=recurring`.");
                }
                Long quantity = item.positiveIntegerOrNull("quantity");
                items.add(new Billing.Item(price, quantity == null ? 1L : quantity, item.mergedMetadata(Map.of())));
            }
            Map<String, Object> fields = changes(params, Map.of(), customer);
            fields.put("customer", customer);
            if (params.has("trial_settings")) {
                Params end = params.nested("trial_settings", Set.of("end_behavior"))
                        .nested("end_behavior", Set.of("missing_payment_method"));
                fields.put("trial_settings", ShopObjects.map("end_behavior", ShopObjects.map(
                        "missing_payment_method", end.oneOf("missing_payment_method",
                                List.of("cancel", "create_invoice", "pause")))));
            }
            return ApiResponse.ok(billing.subscribe(fields, items, behavior, trialDays));
        });
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        if (params.has("items")) {
            throw StripeError.invalid(null, "items", "The sandbox does not change a subscription's items; create "
                    + "a new subscription instead.");
        }
        return billing.subscriptions().atomically(() -> {
            Map<String, Object> current = billing.subscriptions().live(request.id(), "id");
            Billing.SUBSCRIPTIONS.check("update", current);
            Map<String, Object> fields = changes(params, current, (String) current.get("customer"));
            Map<String, Object> updated = fields.isEmpty() ? current
                    : billing.subscriptions().update(request.id(), s -> s.putAll(fields));
            if (params.has("trial_end")) {
                if (!"now".equals(params.string("trial_end"))) {
                    throw StripeError.invalid(null, "trial_end", "The sandbox ends a trial with trial_end=now only.");
                }
                return ApiResponse.ok(billing.endTrial(request.id()));
            }
            return ApiResponse.ok(updated);
        });
    }

    private ApiResponse cancel(ApiRequest request) {
        Params params = request.params().allowOnly(Set.of("cancellation_details", "invoice_now", "prorate",
                "expand"));
        Map<String, Object> details = params.has("cancellation_details")
                ? params.hash("cancellation_details", List.of("comment", "feedback"))
                : ShopObjects.map("comment", null, "feedback", null);
        details.put("reason", "cancellation_requested");
        return ApiResponse.ok(billing.cancelSubscription(request.id(), details));
    }

    private ApiResponse resume(ApiRequest request) {
        request.params().allowOnly(Set.of("billing_cycle_anchor", "proration_behavior", "proration_date", "expand"));
        return ApiResponse.ok(billing.resume(request.id()));
    }

    private Map<String, Object> changes(Params params, Map<String, Object> current, String customer) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Fields.copyStrings(params, fields, "description");
        if (params.has("default_payment_method")) {
            fields.put("default_payment_method", attachedPaymentMethod(paymentMethods,
                    params.string("default_payment_method"), customer));
        }
        if (params.has("collection_method")) {
            fields.put("collection_method", params.oneOf("collection_method", InvoicesApi.COLLECTION_METHODS));
        }
        if (params.has("days_until_due")) {
            fields.put("days_until_due", params.positiveIntegerOrNull("days_until_due"));
        }
        if (params.has("cancel_at_period_end")) {
            boolean atEnd = params.flag("cancel_at_period_end");
            fields.put("cancel_at_period_end", atEnd);
            fields.put("cancel_at", atEnd ? current.get("current_period_end") : null);
        }
        Fields.metadata(params, fields, current);
        return fields;
    }

    /** A payment method attached to {@code customer}, as a default must be; null unsets. */
    static String attachedPaymentMethod(ResourceStore paymentMethods, String id, String customer) {
        if (id != null && !customer.equals(paymentMethods.live(id, "default_payment_method").get("customer"))) {
            throw StripeError.invalid(null, "default_payment_method", "The PaymentMethod " + id
                    + " is not attached to customer " + customer + ": attach it first.");
        }
        return id;
    }

    /** {@code status}: one status, {@code all}, or {@code ended}; without it, everything not canceled. */
    private static ListEndpoint.Filter byStatus() {
        return ListEndpoint.Filter.of(Set.of("status"), (request, params) -> {
            String status = params.oneOf("status", STATUSES);
            if (status == null) {
                return o -> !"canceled".equals(o.get("status"));
            }
            return switch (status) {
                case "all" -> o -> true;
                case "ended" -> o -> List.of("canceled", "incomplete_expired").contains(o.get("status"));
                default -> o -> status.equals(o.get("status"));
            };
        });
    }

    /** {@code price}: subscriptions with an item of that price. */
    @SuppressWarnings("unchecked")
    private static ListEndpoint.Filter byPrice() {
        return ListEndpoint.Filter.of(Set.of("price"), (request, params) -> {
            String price = params.string("price");
            return price == null ? null : o -> ((List<Map<String, Object>>) ((Map<String, Object>) o.get("items"))
                    .get("data")).stream().anyMatch(i -> price.equals(((Map<String, Object>) i.get("price"))
                    .get("id")));
        });
    }
}
