package dev.camelstripe.examples.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelstripe.examples.sandbox.StatusMachine.Transition;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;
import static dev.camelstripe.examples.sandbox.ShopObjects.map;

/**
 * {@code /v1/checkout/sessions}: create, retrieve, expire, list, and the session's {@code line_items} (stripe-node's
 * {@code Checkout.SessionResource}). A session is {@code open} until it expires or the customer pays on the hosted
 * page, which {@link #complete} stands in for: the payment intent (or the subscription) is made with the payment
 * method the customer entered, and the session is {@code complete} ({@code checkout.session.completed}).
 */
public final class CheckoutSessionsApi {

    static final Set<String> CREATE = Set.of("mode", "line_items", "success_url", "cancel_url", "customer",
            "customer_email", "client_reference_id", "metadata", "payment_method_types", "expires_at", "currency",
            "customer_creation", "ui_mode", "return_url", "expand");
    static final StatusMachine MACHINE = new StatusMachine("Checkout Session", null, null,
            new Transition("expire", "expired", List.of("open"), "expired"),
            new Transition("complete", "completed", List.of("open"), "complete"));
    static final long MIN_LIFETIME = 30 * 60L;
    static final long MAX_LIFETIME = 24 * 3600L;

    private final ResourceStore sessions;
    private final ResourceStore prices;
    private final ResourceStore customers;
    private final Intents intents;
    private final Billing billing;
    private final ResourceStore paymentMethods;
    /** The line items of each session, which the session object shows only when expanded. */
    private final Map<String, List<Billing.Item>> lineItems = new ConcurrentHashMap<>();

    public CheckoutSessionsApi(ResourceStore sessions, ResourceStore prices, ResourceStore customers, Intents intents,
            Billing billing, ResourceStore paymentMethods) {
        this.sessions = sessions;
        this.prices = prices;
        this.customers = customers;
        this.intents = intents;
        this.billing = billing;
        this.paymentMethods = paymentMethods;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/checkout/sessions", sessions).create(this::create).retrieve()
                .action("expire", this::expire)
                .list(equal("customer"), equal("payment_intent"), equal("status"), equal("subscription"));
        router.on("GET", "/v1/checkout/sessions/{id}/line_items", this::lineItems);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        String mode = params.oneOf("mode", List.of("payment", "setup", "subscription"));
        if (mode == null) {
            throw StripeError.missingParameter("mode");
        }
        if (params.has("customer") && params.has("customer_email")) {
            throw StripeError.invalid("parameters_exclusive", "customer_email",
                    "You may only specify one of these parameters: customer, customer_email.");
        }
        return sessions.atomically(() -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", Ids.next("cs_test"));
            fields.put("mode", mode);
            List<Billing.Item> items = new ArrayList<>();
            if (!"setup".equals(mode)) {
                items = items(params, mode);
                Map<String, Object> first = items.get(0).price();
                long total = items.stream().mapToLong(i -> Payments.longOf(i.price(), "unit_amount") * i.quantity())
                        .sum();
                fields.put("currency", first.get("currency"));
                fields.put("amount_subtotal", total);
                fields.put("amount_total", total);
            } else {
                fields.put("currency", params.currency("currency"));
            }
            if (params.has("customer")) {
                fields.put("customer", customers.live(params.requiredString("customer"), "customer").get("id"));
            }
            Fields.copyStrings(params, fields, "success_url", "cancel_url", "customer_email", "client_reference_id",
                    "return_url");
            if (params.has("payment_method_types")) {
                fields.put("payment_method_types", params.stringList("payment_method_types", 50));
            }
            if (params.has("customer_creation")) {
                fields.put("customer_creation", params.oneOf("customer_creation", List.of("always", "if_required")));
            }
            if (params.has("ui_mode")) {
                fields.put("ui_mode", params.oneOf("ui_mode", List.of("hosted", "embedded")));
            }
            if (params.has("expires_at")) {
                long now = sessions.now();
                long expiresAt = params.integer("expires_at");
                if (expiresAt < now + MIN_LIFETIME || expiresAt > now + MAX_LIFETIME) {
                    throw StripeError.invalid(null, "expires_at", "The `expires_at` timestamp must be between 30 "
                            + "minutes and 24 hours from Checkout Session creation.");
                }
                fields.put("expires_at", expiresAt);
            }
            Fields.metadata(params, fields, Map.of());
            Map<String, Object> session = sessions.create(fields);
            lineItems.put((String) session.get("id"), items);
            return ApiResponse.ok(session);
        });
    }

    private List<Billing.Item> items(Params params, String mode) {
        List<Billing.Item> items = new ArrayList<>();
        boolean recurring = false;
        for (Params item : params.hashList("line_items", Set.of("price", "quantity"), 100)) {
            Map<String, Object> price = prices.live(item.requiredString("price"), item.qualified("price"));
            if ("payment".equals(mode) && "recurring".equals(price.get("type"))) {
                throw StripeError.invalid(null, item.qualified("price"), "You specified `payment` mode but passed "
                        + "a recurring price. Either switch to `subscription` mode or use only one-time prices.");
            }
            recurring |= "recurring".equals(price.get("type"));
            Long quantity = item.positiveIntegerOrNull("quantity");
            items.add(new Billing.Item(price, quantity == null ? 1L : quantity, new LinkedHashMap<>()));
        }
        if ("subscription".equals(mode) && !recurring) {
            throw StripeError.invalid(null, "line_items", "You must provide at least one recurring price in "
                    + "`subscription` mode when using prices.");
        }
        return items;
    }

    private ApiResponse expire(ApiRequest request) {
        request.params().allowOnly(Set.of("expand"));
        return sessions.atomically(() -> {
            String status = MACHINE.check("expire", sessions.live(request.id(), "session"));
            return ApiResponse.ok(sessions.update(request.id(), s -> s.put("status", status),
                    List.of("checkout.session.expired")));
        });
    }

    private ApiResponse lineItems(ApiRequest request) {
        request.params().allowOnly(Set.of("limit", "starting_after", "ending_before", "expand"));
        Map<String, Object> session = sessions.get(request.id(), "session");
        List<Map<String, Object>> data = new ArrayList<>();
        for (Billing.Item item : lineItems.getOrDefault(request.id(), List.of())) {
            long amount = Payments.longOf(item.price(), "unit_amount") * item.quantity();
            data.add(map("id", "li_" + Ids.random(24), "object", "item", "amount_discount", 0L,
                    "amount_subtotal", amount, "amount_tax", 0L, "amount_total", amount,
                    "currency", session.get("currency"), "description", item.price().get("nickname"),
                    "price", item.price(), "quantity", item.quantity()));
        }
        return ApiResponse.ok(map("object", "list", "data", data, "has_more", false,
                "url", "/v1/checkout/sessions/" + request.id() + "/line_items"));
    }

    /**
     * The customer pays on the hosted page with {@code paymentMethod} (authenticating when the card asks): a declined
     * card leaves the session open and throws the decline, as the page shows it to the customer.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> complete(String id, String paymentMethod) {
        return sessions.atomically(() -> {
            Map<String, Object> session = sessions.live(id, "session");
            String status = MACHINE.check("complete", session);
            String mode = (String) session.get("mode");
            String email = session.get("customer_email") instanceof String e ? e : "checkout@example.com";
            String customer = (String) session.get("customer");
            if (customer == null && (!"payment".equals(mode) || "always".equals(session.get("customer_creation")))) {
                customer = (String) customers.create(map("email", email)).get("id");
            }
            String customerId = customer;
            Map<String, Object> paid = new LinkedHashMap<>();
            if ("payment".equals(mode)) {
                Map<String, Object> intent = intents.create(map("amount", session.get("amount_total"),
                        "currency", session.get("currency"), "customer", customerId,
                        "metadata", session.get("metadata")), null);
                String intentId = (String) intent.get("id");
                intent = intents.confirm(intentId, paymentMethod, false, Map.of());
                if ("requires_action".equals(intent.get("status"))) {
                    intent = intents.authenticate(intentId, true);
                }
                paid.put("payment_intent", intentId);
                paid.put("payment_status", "succeeded".equals(intent.get("status")) ? "paid" : "unpaid");
            } else {
                Map<String, Object> method = intents.payments().paymentMethod(paymentMethod, "payment_method");
                paymentMethods.update((String) method.get("id"), pm -> pm.put("customer", customerId),
                        List.of("payment_method.attached"));
                if ("subscription".equals(mode)) {
                    Map<String, Object> subscription = billing.subscribe(map("customer", customerId,
                            "default_payment_method", method.get("id"), "metadata", session.get("metadata")),
                            lineItems.getOrDefault(id, List.of()), "error_if_incomplete", null);
                    paid.put("subscription", subscription.get("id"));
                    paid.put("invoice", subscription.get("latest_invoice"));
                    paid.put("payment_status", "paid");
                } else {
                    paid.put("payment_status", "no_payment_required");
                }
            }
            Map<String, Object> details = map("address", PaymentObjects.address(), "email", email, "name", null,
                    "phone", null, "tax_exempt", "none", "tax_ids", new ArrayList<>());
            return sessions.update(id, s -> {
                s.putAll(paid);
                s.put("customer", customerId);
                s.put("customer_details", details);
                s.put("status", status);
            }, List.of("checkout.session.completed"));
        });
    }
}
