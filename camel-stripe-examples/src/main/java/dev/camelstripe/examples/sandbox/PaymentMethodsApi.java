package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;
import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.pathId;

/**
 * {@code /v1/payment_methods}: retrieve, update, attach, detach, list, and {@code GET
 * /v1/customers/{id}/payment_methods} (stripe-node's {@code PaymentMethodResource} and {@code CustomerResource}).
 * Attaching one of Stripe's test methods ({@code pm_card_visa}) attaches a new {@code pm_…}; a card that declines is
 * refused at attach time with the decline, except {@code pm_card_chargeCustomerFail}, which attaches and then declines
 * every payment (docs.stripe.com/testing).
 */
public final class PaymentMethodsApi {

    static final Set<String> UPDATE = Set.of("billing_details", "metadata", "card", "allow_redisplay", "expand");
    static final List<String> BILLING = List.of("address", "email", "name", "phone");

    private final ResourceStore paymentMethods;
    private final ResourceStore customers;
    private final Payments payments;

    public PaymentMethodsApi(ResourceStore paymentMethods, ResourceStore customers, Payments payments) {
        this.paymentMethods = paymentMethods;
        this.customers = customers;
        this.payments = payments;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/payment_methods", paymentMethods).retrieve().update(this::update)
                .action("attach", this::attach).action("detach", this::detach)
                .list(equal("customer"), equal("type"));
        router.on("GET", "/v1/customers/{id}/payment_methods", new ListEndpoint(paymentMethods,
                request -> "/v1/customers/" + request.id() + "/payment_methods",
                List.of(pathId("customer", customers), equal("type"), equal("allow_redisplay"))));
    }

    private ApiResponse attach(ApiRequest request) {
        Params params = request.params().allowOnly(Set.of("customer", "expand"));
        String customer = params.requiredString("customer");
        return paymentMethods.atomically(() -> {
            customers.live(customer, "customer");
            TestPaymentMethods.named(request.id()).filter(m -> m.behaviour() == TestPaymentMethods.Behaviour.DECLINE)
                    .ifPresent(m -> {
                        throw StripeError.card(m.decline().code(), m.decline().declineCode(), m.decline().message());
                    });
            Map<String, Object> method = payments.paymentMethod(request.id(), "payment_method");
            if (method.get("customer") != null) {
                throw StripeError.invalid(null, "payment_method",
                        "The payment method you provided has already been attached to a customer.");
            }
            return ApiResponse.ok(paymentMethods.update((String) method.get("id"), pm -> pm.put("customer", customer),
                    List.of("payment_method.attached")));
        });
    }

    private ApiResponse detach(ApiRequest request) {
        request.params().allowOnly(Set.of("expand"));
        return paymentMethods.atomically(() -> {
            if (paymentMethods.live(request.id(), "payment_method").get("customer") == null) {
                throw StripeError.unexpectedState("payment_method_unexpected_state", "The payment method you "
                        + "provided is not attached to a customer so detachment is impossible.");
            }
            return ApiResponse.ok(paymentMethods.update(request.id(), pm -> pm.put("customer", null),
                    List.of("payment_method.detached")));
        });
    }

    @SuppressWarnings("unchecked")
    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        return paymentMethods.atomically(() -> {
            Map<String, Object> current = paymentMethods.live(request.id(), "payment_method");
            if (current.get("customer") == null) {
                throw StripeError.invalid(null, null,
                        "You must save this PaymentMethod to a customer before you can update it.");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            if (params.has("billing_details")) {
                Map<String, Object> billing = params.hash("billing_details", BILLING);
                if (billing != null && billing.get("address") != null) {
                    Map<String, Object> address = PaymentObjects.address();
                    address.putAll(new Params(billing).hash("address", CustomersApi.ADDRESS));
                    billing.put("address", address);
                } else if (billing != null) {
                    billing.put("address", PaymentObjects.address());
                }
                fields.put("billing_details", billing);
            }
            if (params.has("allow_redisplay")) {
                fields.put("allow_redisplay", params.oneOf("allow_redisplay",
                        List.of("always", "limited", "unspecified")));
            }
            Fields.metadata(params, fields, current);
            Params card = params.nested("card", Set.of("exp_month", "exp_year"));
            return ApiResponse.ok(paymentMethods.update(request.id(), pm -> {
                pm.putAll(fields);
                if (pm.get("card") instanceof Map<?, ?> details) {
                    Map<String, Object> c = (Map<String, Object>) details;
                    for (String field : List.of("exp_month", "exp_year")) {
                        if (card.has(field)) {
                            c.put(field, card.positiveInteger(field));
                        }
                    }
                }
            }));
        });
    }
}
