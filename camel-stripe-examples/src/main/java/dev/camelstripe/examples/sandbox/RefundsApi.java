package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelstripe.examples.sandbox.StatusMachine.Transition;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;

/**
 * {@code /v1/refunds}: create (of a charge, or of a payment intent's charge), retrieve, update, cancel, list
 * (stripe-node's {@code RefundResource}). Only a refund in {@code requires_action} can be canceled, as on Stripe
 * ("You can't cancel refunds in other states"); card refunds never wait for action, so the sandbox's refunds are
 * {@code succeeded}, or {@code pending} for {@code pm_card_pendingRefund} until it settles.
 */
public final class RefundsApi {

    static final List<String> REASONS = List.of("duplicate", "fraudulent", "requested_by_customer");
    static final Set<String> CREATE = Set.of("charge", "payment_intent", "amount", "reason", "metadata",
            "instructions_email", "refund_application_fee", "reverse_transfer", "origin", "expand");
    static final StatusMachine MACHINE = new StatusMachine("Refund", null, null,
            new Transition("cancel", "canceled", List.of("requires_action"), "canceled"));

    private final ResourceStore refunds;
    private final ResourceStore charges;
    private final ResourceStore paymentIntents;
    private final Payments payments;

    public RefundsApi(ResourceStore refunds, ResourceStore charges, ResourceStore paymentIntents, Payments payments) {
        this.refunds = refunds;
        this.charges = charges;
        this.paymentIntents = paymentIntents;
        this.payments = payments;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/refunds", refunds).create(this::create).retrieve().update(this::update)
                .action("cancel", this::cancel).list(equal("charge"), equal("payment_intent"));
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        String chargeId = params.string("charge");
        String intentId = params.string("payment_intent");
        if (chargeId != null && intentId != null) {
            throw StripeError.invalid("parameters_exclusive", "payment_intent",
                    "You may only specify one of these parameters: charge, payment_intent.");
        }
        if (chargeId == null && intentId == null) {
            throw StripeError.missingParameter("charge");
        }
        Long amount = params.positiveIntegerOrNull("amount");
        String reason = params.oneOf("reason", REASONS);
        Map<String, Object> metadata = params.mergedMetadata(Map.of());
        return refunds.atomically(() -> {
            Map<String, Object> charge;
            if (intentId != null) {
                Map<String, Object> intent = paymentIntents.live(intentId, "payment_intent");
                if (!"succeeded".equals(intent.get("status"))) {
                    throw StripeError.unexpectedState("charge_not_refundable", "This PaymentIntent (" + intentId
                            + ") does not have a successful charge to refund.");
                }
                charge = charges.live((String) intent.get("latest_charge"), "payment_intent");
            } else {
                charge = charges.live(chargeId, "charge");
            }
            return ApiResponse.ok(payments.refund(charge, amount, reason, metadata));
        });
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(Set.of("metadata", "expand"));
        return refunds.atomically(() -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            Fields.metadata(params, fields, refunds.live(request.id(), "id"));
            return ApiResponse.ok(refunds.update(request.id(), r -> r.putAll(fields)));
        });
    }

    private ApiResponse cancel(ApiRequest request) {
        request.params().allowOnly(Set.of("expand"));
        return refunds.atomically(() -> {
            String status = MACHINE.check("cancel", refunds.live(request.id(), "id"));
            return ApiResponse.ok(refunds.update(request.id(), r -> r.put("status", status)));
        });
    }
}
