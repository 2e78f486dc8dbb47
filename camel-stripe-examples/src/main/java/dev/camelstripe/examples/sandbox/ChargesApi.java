package dev.camelstripe.examples.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static dev.camelstripe.examples.sandbox.ListEndpoint.Filter.equal;

/**
 * {@code /v1/charges}: create (the legacy way to pay, with a {@code source} such as {@code tok_visa}; {@code capture}
 * false leaves it to capture), retrieve, update, capture, list, search (stripe-node's {@code ChargeResource}).
 */
public final class ChargesApi {

    static final Set<String> UPDATE = Set.of("customer", "description", "metadata", "receipt_email", "shipping",
            "fraud_details", "transfer_group", "expand");
    static final Set<String> CREATE = Fields.union(UPDATE, Set.of("amount", "currency", "source", "capture",
            "statement_descriptor", "statement_descriptor_suffix", "application_fee_amount", "on_behalf_of",
            "radar_options", "transfer_data"));
    static final Set<String> CAPTURE = Set.of("amount", "receipt_email", "statement_descriptor",
            "statement_descriptor_suffix", "application_fee_amount", "transfer_data", "transfer_group", "expand");
    static final SearchFields SEARCH = SearchFields.of("charges").number("amount", "created")
            .string("billing_details.address.postal_code", "currency", "payment_method_details.card.last4")
            .token("customer", "status", "payment_intent").bool("disputed", "refunded").metadata();

    private final ResourceStore charges;
    private final ResourceStore customers;
    private final Payments payments;

    public ChargesApi(ResourceStore charges, ResourceStore customers, Payments payments) {
        this.charges = charges;
        this.customers = customers;
        this.payments = payments;
    }

    public void register(Router router) {
        ResourceRoutes.at(router, "/v1/charges", charges).create(this::create).retrieve().update(this::update)
                .action("capture", this::capture)
                .list(equal("customer"), equal("payment_intent"), equal("transfer_group")).search(SEARCH);
    }

    private ApiResponse create(ApiRequest request) {
        Params params = request.params().allowOnly(CREATE);
        long amount = params.positiveInteger("amount");
        String currency = params.currency("currency");
        String customer = params.string("customer");
        if (customer != null) {
            customers.live(customer, "customer");
        }
        String source = params.string("source");
        if (source == null) {
            if (customer == null) {
                throw StripeError.invalid("parameter_missing", "source", "Must provide source or customer.");
            }
            throw StripeError.card("missing", null, "Cannot charge a customer that has no active card");
        }
        Map<String, Object> more = changes(params, Map.of());
        return charges.atomically(() -> {
            Payments.Result result = payments.charge(new Payments.Attempt(amount, currency, customer,
                    params.string("description"), params.string("receipt_email"), null, null,
                    payments.paymentMethod(source, "source"), params.bool("capture") != Boolean.FALSE, more));
            if (result.decline() != null) {
                throw result.decline();
            }
            return ApiResponse.ok(result.charge());
        });
    }

    private ApiResponse update(ApiRequest request) {
        Params params = request.params().allowOnly(UPDATE);
        return charges.atomically(() -> {
            Map<String, Object> current = charges.live(request.id(), "id");
            Map<String, Object> fields = changes(params, current);
            String customer = params.string("customer");
            if (customer != null) {
                if (current.get("customer") != null && !customer.equals(current.get("customer"))) {
                    throw StripeError.invalid(null, "customer", "The customer of a charge can only be set when "
                            + "it has none; this charge is for " + current.get("customer") + ".");
                }
                fields.put("customer", customers.live(customer, "customer").get("id"));
            }
            return ApiResponse.ok(charges.update(request.id(), c -> c.putAll(fields)));
        });
    }

    private ApiResponse capture(ApiRequest request) {
        Params params = request.params().allowOnly(CAPTURE);
        return charges.atomically(() -> {
            Object intent = charges.live(request.id(), "id").get("payment_intent");
            if (intent != null) {
                throw StripeError.invalid(null, null, "This charge was made by PaymentIntent " + intent
                        + ": capture the PaymentIntent (POST /v1/payment_intents/" + intent + "/capture) instead.");
            }
            return ApiResponse.ok(payments.capture(request.id(), params.positiveIntegerOrNull("amount"), "amount"));
        });
    }

    /** The optional fields of create and update that were sent, validated. */
    private static Map<String, Object> changes(Params params, Map<String, Object> current) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Fields.copyStrings(params, fields, "description", "receipt_email", "transfer_group", "statement_descriptor",
                "statement_descriptor_suffix");
        if (params.has("shipping")) {
            fields.put("shipping", params.asMap().get("shipping"));
        }
        if (params.has("fraud_details")) {
            fields.put("fraud_details", params.hash("fraud_details", java.util.List.of("user_report")));
        }
        Fields.metadata(params, fields, current);
        return fields;
    }
}
