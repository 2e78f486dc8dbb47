package dev.camelstripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.model.BalanceTransaction;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.ChargeCaptureParams;
import dev.camelstripe.model.ChargeParams;
import dev.camelstripe.model.CheckoutSession;
import dev.camelstripe.model.CheckoutSessionParams;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Event;
import dev.camelstripe.model.Field;
import dev.camelstripe.model.Invoice;
import dev.camelstripe.model.InvoiceParams;
import dev.camelstripe.model.InvoicePayParams;
import dev.camelstripe.model.ParamRule;
import dev.camelstripe.model.PaymentIntent;
import dev.camelstripe.model.PaymentIntentCancelParams;
import dev.camelstripe.model.PaymentIntentCaptureParams;
import dev.camelstripe.model.PaymentIntentConfirmParams;
import dev.camelstripe.model.PaymentIntentParams;
import dev.camelstripe.model.PaymentMethod;
import dev.camelstripe.model.PaymentMethodParams;
import dev.camelstripe.model.Price;
import dev.camelstripe.model.PriceParams;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import dev.camelstripe.model.Refund;
import dev.camelstripe.model.RefundParams;
import dev.camelstripe.model.StripeJson;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.model.StripeParams;
import dev.camelstripe.model.StripeSearchResult;
import dev.camelstripe.model.Subscription;
import dev.camelstripe.model.SubscriptionCancelParams;
import dev.camelstripe.model.SubscriptionParams;
import dev.camelstripe.model.SubscriptionResumeParams;
import dev.camelstripe.model.UntypedStripeObject;

/**
 * Everything a {@code stripe:} endpoint can do, as one table: each constant is an operation, its kind (an action for
 * {@code to(...)}, a trigger for {@code from(...)}) and, for an action, the {@link Action} descriptor of the Stripe
 * call it makes. Names, kinds and the messages about them live here and nowhere else; the trigger-specific data
 * (list path, item type, creation time) is {@code consumer.StripeTrigger}'s.
 * <p>
 * A new action is one constant with its descriptor: the producer reads method, path, parameters, required parameters
 * and result from it, and docs/actions.md is checked against it. Actions are named {@code verbResource} with Stripe's
 * own verbs (create, retrieve, update, delete, list, search, capture …); {@code getCustomer} keeps the connector's
 * name. Paths, verbs and parameters follow Stripe's API reference (docs.stripe.com/api).
 */
public enum StripeOperation {
    createProduct(Action.create("/v1/products", Product.class, ProductParams.class)
            .requiring("name", "a non-empty string shown to customers")),
    updateProduct(Action.update("/v1/products/{id}", Product.class, ProductParams.class)),
    deleteProduct(Action.delete("/v1/products/{id}", Product.class)),
    listProducts(Action.list("/v1/products", Product.class)),
    searchProducts(Action.search("/v1/products/search", Product.class)),
    createCustomer(Action.create("/v1/customers", Customer.class, CustomerParams.class)),
    getCustomer(Action.retrieve("/v1/customers/{id}", Customer.class)),
    updateCustomer(Action.update("/v1/customers/{id}", Customer.class, CustomerParams.class)),
    deleteCustomer(Action.delete("/v1/customers/{id}", Customer.class)),
    listCustomers(Action.list("/v1/customers", Customer.class)),
    searchCustomers(Action.search("/v1/customers/search", Customer.class)),
    createCharge(Action.create("/v1/charges", Charge.class, ChargeParams.class).requiringParams("amount", "currency")),
    retrieveCharge(Action.retrieve("/v1/charges/{id}", Charge.class)),
    updateCharge(Action.update("/v1/charges/{id}", Charge.class, ChargeParams.class)),
    captureCharge(Action.verb("/v1/charges/{id}/capture", Charge.class).taking(ChargeCaptureParams.class)),
    listCharges(Action.list("/v1/charges", Charge.class)),
    searchCharges(Action.search("/v1/charges/search", Charge.class)),
    createPaymentIntent(Action.create("/v1/payment_intents", PaymentIntent.class, PaymentIntentParams.class)
            .requiringParams("amount", "currency")),
    retrievePaymentIntent(Action.retrieve("/v1/payment_intents/{id}", PaymentIntent.class)),
    updatePaymentIntent(Action.update("/v1/payment_intents/{id}", PaymentIntent.class, PaymentIntentParams.class)),
    confirmPaymentIntent(Action.verb("/v1/payment_intents/{id}/confirm", PaymentIntent.class)
            .taking(PaymentIntentConfirmParams.class)),
    capturePaymentIntent(Action.verb("/v1/payment_intents/{id}/capture", PaymentIntent.class)
            .taking(PaymentIntentCaptureParams.class)),
    cancelPaymentIntent(Action.verb("/v1/payment_intents/{id}/cancel", PaymentIntent.class)
            .taking(PaymentIntentCancelParams.class)),
    listPaymentIntents(Action.list("/v1/payment_intents", PaymentIntent.class)),
    searchPaymentIntents(Action.search("/v1/payment_intents/search", PaymentIntent.class)),
    retrievePaymentMethod(Action.retrieve("/v1/payment_methods/{id}", PaymentMethod.class)),
    updatePaymentMethod(Action.update("/v1/payment_methods/{id}", PaymentMethod.class, PaymentMethodParams.class)),
    attachPaymentMethod(Action.verb("/v1/payment_methods/{id}/attach", PaymentMethod.class)
            .requiring("customer", "the id of the customer to attach the payment method to")),
    detachPaymentMethod(Action.verb("/v1/payment_methods/{id}/detach", PaymentMethod.class)),
    listPaymentMethods(Action.list("/v1/payment_methods", PaymentMethod.class)
            .requiring("customer", "the id of the customer whose payment methods to list")),
    createRefund(Action.create("/v1/refunds", Refund.class, RefundParams.class)),
    retrieveRefund(Action.retrieve("/v1/refunds/{id}", Refund.class)),
    updateRefund(Action.update("/v1/refunds/{id}", Refund.class, RefundParams.class)),
    cancelRefund(Action.verb("/v1/refunds/{id}/cancel", Refund.class)),
    listRefunds(Action.list("/v1/refunds", Refund.class)),
    createSubscription(Action.create("/v1/subscriptions", Subscription.class, SubscriptionParams.class)
            .requiring("customer", "the id of the customer to subscribe").requiringParams("items")),
    retrieveSubscription(Action.retrieve("/v1/subscriptions/{id}", Subscription.class)),
    updateSubscription(Action.update("/v1/subscriptions/{id}", Subscription.class, SubscriptionParams.class)),
    cancelSubscription(Action.delete("/v1/subscriptions/{id}", Subscription.class)
            .taking(SubscriptionCancelParams.class)),
    resumeSubscription(Action.verb("/v1/subscriptions/{id}/resume", Subscription.class)
            .taking(SubscriptionResumeParams.class)),
    listSubscriptions(Action.list("/v1/subscriptions", Subscription.class)),
    searchSubscriptions(Action.search("/v1/subscriptions/search", Subscription.class)),
    createInvoice(Action.create("/v1/invoices", Invoice.class, InvoiceParams.class)),
    retrieveInvoice(Action.retrieve("/v1/invoices/{id}", Invoice.class)),
    updateInvoice(Action.update("/v1/invoices/{id}", Invoice.class, InvoiceParams.class)),
    deleteInvoice(Action.delete("/v1/invoices/{id}", Invoice.class)),
    finalizeInvoice(Action.verb("/v1/invoices/{id}/finalize", Invoice.class)),
    payInvoice(Action.verb("/v1/invoices/{id}/pay", Invoice.class).taking(InvoicePayParams.class)),
    sendInvoice(Action.verb("/v1/invoices/{id}/send", Invoice.class)),
    voidInvoice(Action.verb("/v1/invoices/{id}/void", Invoice.class)),
    listInvoices(Action.list("/v1/invoices", Invoice.class)),
    searchInvoices(Action.search("/v1/invoices/search", Invoice.class)),
    createPrice(Action.create("/v1/prices", Price.class, PriceParams.class).requiringParams("currency")),
    retrievePrice(Action.retrieve("/v1/prices/{id}", Price.class)),
    updatePrice(Action.update("/v1/prices/{id}", Price.class, PriceParams.class)),
    listPrices(Action.list("/v1/prices", Price.class)),
    searchPrices(Action.search("/v1/prices/search", Price.class)),
    retrieveBalanceTransaction(Action.retrieve("/v1/balance_transactions/{id}", BalanceTransaction.class)),
    listBalanceTransactions(Action.list("/v1/balance_transactions", BalanceTransaction.class)),
    retrieveEvent(Action.retrieve("/v1/events/{id}", Event.class)),
    listEvents(Action.list("/v1/events", Event.class)),
    createCheckoutSession(Action.create("/v1/checkout/sessions", CheckoutSession.class, CheckoutSessionParams.class)),
    retrieveCheckoutSession(Action.retrieve("/v1/checkout/sessions/{id}", CheckoutSession.class)),
    expireCheckoutSession(Action.verb("/v1/checkout/sessions/{id}/expire", CheckoutSession.class)),
    listCheckoutSessions(Action.list("/v1/checkout/sessions", CheckoutSession.class)),
    request(Action.anyCall()),
    newOrders(Kind.TRIGGER),
    newCharges(Kind.TRIGGER),
    newInvoiceItems(Kind.TRIGGER),
    newCustomers(Kind.TRIGGER),
    events(Kind.TRIGGER),
    webhook(Kind.TRIGGER);

    /** Where an operation goes in a route. */
    public enum Kind {
        ACTION("an action", "actions", "to(...)"),
        TRIGGER("a trigger", "triggers", "from(...)");

        private final String article;
        private final String plural;
        private final String use;

        Kind(String article, String plural, String use) {
            this.article = article;
            this.plural = plural;
            this.use = use;
        }

        /** The operations of this kind, comma separated, in table order. */
        public String names() {
            return Arrays.stream(StripeOperation.values()).filter(op -> op.kind == this).map(Enum::name)
                    .collect(Collectors.joining(", "));
        }

        /** For messages: "Actions, for to(...): createProduct, …". */
        String catalogue() {
            return Character.toUpperCase(plural.charAt(0)) + plural.substring(1) + ", for " + use + ": " + names();
        }
    }

    private final Kind kind;
    private final Action action;

    StripeOperation(Action action) {
        this.kind = Kind.ACTION;
        this.action = action;
    }

    StripeOperation(Kind kind) {
        this.kind = kind;
        this.action = null;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAction() {
        return kind == Kind.ACTION;
    }

    public boolean isTrigger() {
        return kind == Kind.TRIGGER;
    }

    /** The call this action makes; empty for a trigger. */
    public Optional<Action> action() {
        return Optional.ofNullable(action);
    }

    /** The operation of that name, if there is one. */
    public static Optional<StripeOperation> find(String name) {
        for (StripeOperation operation : values()) {
            if (operation.name().equals(name)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses the operation of an endpoint URI, failing with a message that names the endpoint and lists every
     * operation.
     *
     * @param where the endpoint, secrets masked, and the option the name came from
     */
    public static StripeOperation parse(String name, String where) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(unknownMessage(name, where)));
    }

    /** Fails unless this operation is of the kind a route uses at {@code where}, naming the operations that are. */
    public void require(Kind expected, String where) {
        if (kind != expected) {
            throw new IllegalArgumentException(wrongKindMessage(expected, where));
        }
    }

    /** Where an endpoint's operation comes from, for messages: its URI (secrets masked) and the option. */
    public static String inEndpoint(String sanitizedUri) {
        return sanitizedUri + " (option operation)";
    }

    /** "Unknown operation 'x' in …. Actions, for to(...): …. Triggers, for from(...): …." */
    public static String unknownMessage(Object name, String where) {
        return "Unknown operation '" + name + "' in " + where + ". " + Kind.ACTION.catalogue() + ". "
               + Kind.TRIGGER.catalogue() + ".";
    }

    /** "Operation 'newCharges' in … is a trigger: it can only be used in from(...). Actions, for to(...): …." */
    public String wrongKindMessage(Kind expected, String where) {
        return "Operation '" + name() + "' in " + where + " is " + kind.article + ": it can only be used in "
               + kind.use + ". " + expected.catalogue() + ".";
    }

    /**
     * One action's Stripe call as data.
     *
     * @param method       the HTTP method
     * @param pathTemplate the path under the API base; {@code {id}} stands for the addressed object's id
     * @param resultType   what Stripe answers with; for a list or search, the type of its items
     * @param paramsClass  the typed parameters the action takes, whose {@link Field} declarations give their checks,
     *                     or {@code null} when it takes none of its own (Stripe validates what is given, such as
     *                     {@code expand})
     * @param shape        what the call does: create, retrieve, update, delete, list, search or another verb
     * @param required     the parameters this call cannot go without (a create may need what an update does not)
     */
    public record Action(StripeMethod method, String pathTemplate, Class<? extends StripeObject> resultType,
                         Class<? extends StripeParams<?>> paramsClass, Shape shape, List<Required> required) {

        static final String ID = "{id}";

        public Action {
            required = List.copyOf(required);
        }

        /** What a call does, as Stripe's API reference names its endpoints. */
        public enum Shape {
            CREATE, RETRIEVE, UPDATE, DELETE, LIST, SEARCH,
            /** A verb of its own on one object: capture, confirm, cancel, attach, finalize, expire … */
            VERB,
            /** Any call ({@code stripe:request}): method, path and result class come from the options or the message. */
            ANY
        }

        /**
         * A parameter a call needs, and what it must be, for the error message when it is missing or wrong.
         *
         * @param param   its Stripe name
         * @param meaning what it must be: "a non-empty string shown to customers"
         */
        public record Required(String param, String meaning) {
        }

        /** {@code POST path}: makes an object from the parameters. */
        static Action create(String pathTemplate, Class<? extends StripeObject> resultType,
                             Class<? extends StripeParams<?>> paramsClass) {
            return new Action(StripeMethod.POST, pathTemplate, resultType, paramsClass, Shape.CREATE, List.of());
        }

        /** {@code GET path/{id}}: one object. */
        static Action retrieve(String pathTemplate, Class<? extends StripeObject> resultType) {
            return new Action(StripeMethod.GET, pathTemplate, resultType, null, Shape.RETRIEVE, List.of());
        }

        /** {@code POST path/{id}}: changes the given fields of one object. */
        static Action update(String pathTemplate, Class<? extends StripeObject> resultType,
                             Class<? extends StripeParams<?>> paramsClass) {
            return new Action(StripeMethod.POST, pathTemplate, resultType, paramsClass, Shape.UPDATE, List.of());
        }

        /** {@code DELETE path/{id}}: Stripe answers with the deleted object, or the canceled one. */
        static Action delete(String pathTemplate, Class<? extends StripeObject> resultType) {
            return new Action(StripeMethod.DELETE, pathTemplate, resultType, null, Shape.DELETE, List.of());
        }

        /** {@code POST path/{id}/verb}: capture, confirm, cancel, attach, finalize, expire … */
        static Action verb(String pathTemplate, Class<? extends StripeObject> resultType) {
            return new Action(StripeMethod.POST, pathTemplate, resultType, null, Shape.VERB, List.of());
        }

        /** {@code GET path}: one page of a list, answered as a {@code StripeList} of {@code itemType}. */
        static Action list(String path, Class<? extends StripeObject> itemType) {
            return new Action(StripeMethod.GET, path, itemType, null, Shape.LIST, List.of());
        }

        /**
         * {@code GET path} with Stripe's search {@code query}: one page of results, answered as a
         * {@code StripeSearchResult} of {@code itemType} (with {@code next_page} as its cursor).
         */
        static Action search(String path, Class<? extends StripeObject> itemType) {
            return new Action(StripeMethod.GET, path, itemType, null, Shape.SEARCH, List.of(new Required("query",
                    "a Stripe search query, for example \"status:'active' AND metadata['order']:'6735'\"")));
        }

        /** {@code stripe:request}: its call is only known per message, see {@link #resolved}. */
        static Action anyCall() {
            return new Action(null, null, UntypedStripeObject.class, null, Shape.ANY, List.of());
        }

        /**
         * The concrete call of a {@code stripe:request} message, answering one {@code resultType}: a retrieve, a
         * delete, or a verb of its own (a POST takes a Stripe object body for its id, as every verb does).
         */
        public static Action resolved(StripeMethod method, String pathTemplate,
                                      Class<? extends StripeObject> resultType) {
            Shape shape = method == StripeMethod.GET ? Shape.RETRIEVE
                    : method == StripeMethod.DELETE ? Shape.DELETE : Shape.VERB;
            return new Action(method, pathTemplate, resultType, null, shape, List.of());
        }

        /**
         * The walk of a {@code stripe:request} message with {@code autoPaginate}: a {@code GET} of a list, or of a
         * search when the path ends in {@code /search} (Stripe's search endpoints all do: {@code /v1/customers/search},
         * {@code /v1/charges/search} ...), whose items are {@code itemType}.
         */
        public static Action resolvedPages(String path, Class<? extends StripeObject> itemType) {
            return path.endsWith("/search") ? search(path, itemType) : list(path, itemType);
        }

        /** The same call, taking the parameters of {@code type} (checked as its fields declare). */
        Action taking(Class<? extends StripeParams<?>> type) {
            return new Action(method, pathTemplate, resultType, type, shape, required);
        }

        /** The same call, needing {@code param}, which must be {@code meaning}. */
        Action requiring(String param, String meaning) {
            List<Required> more = new ArrayList<>(required);
            more.add(new Required(param, meaning));
            return new Action(method, pathTemplate, resultType, paramsClass, shape, more);
        }

        /** The same call, needing these parameters of its params class, each as its declaration checks it. */
        Action requiringParams(String... params) {
            Action action = this;
            for (String param : params) {
                action = action.requiring(param, ruleOf(param).expected());
            }
            return action;
        }

        /** Whether the call addresses one existing object by its id. */
        public boolean needsId() {
            return pathTemplate != null && pathTemplate.contains(ID);
        }

        /** Whether method and path come from the endpoint's options or the message ({@code stripe:request}). */
        public boolean isAnyCall() {
            return shape == Shape.ANY;
        }

        /** The call as the docs show it: {@code GET /v1/customers/{id}}, or {@code METHOD PATH} for any call. */
        public String call() {
            return isAnyCall() ? "METHOD PATH" : method + " " + pathTemplate;
        }

        /** Whether Stripe answers with one page of a list. */
        public boolean isList() {
            return shape == Shape.LIST;
        }

        /** Whether Stripe answers with one page of search results. */
        public boolean isSearch() {
            return shape == Shape.SEARCH;
        }

        /**
         * Whether the call sends an {@code Idempotency-Key}: a POST does, so that a retry or a redelivery cannot make
         * or change anything twice; a GET or DELETE never does (both are idempotent by themselves, and Stripe
         * ignores the header on them).
         */
        public boolean sendsIdempotencyKey() {
            return method != null && method.hasBody();
        }

        /**
         * Whether the parameters are fields to write on the object: a create or an update. Those refuse a Stripe
         * object as body (an edited object would lose its edits in silence); any other call takes one of its own
         * type for its id.
         */
        public boolean writesFields() {
            return shape == Shape.CREATE || shape == Shape.UPDATE;
        }

        /** What Stripe answers with, for reading its JSON: the result type, or a list page of it. */
        public JavaType answerType() {
            return isList() ? StripeList.typeOf(resultType)
                    : isSearch() ? StripeSearchResult.typeOf(resultType) : StripeJson.javaType(resultType);
        }

        /** The answer's type as the docs show it: {@code Charge}, {@code StripeList<Charge>}. */
        public String answerName() {
            String item = resultType.getSimpleName();
            return isList() ? "StripeList<" + item + ">" : isSearch() ? "StripeSearchResult<" + item + ">" : item;
        }

        /** The check of a parameter of this call: its params class's declaration, or text when it has none. */
        public ParamRule ruleOf(String param) {
            if (paramsClass != null) {
                for (Field<?> field : Field.declaredBy(paramsClass)) {
                    if (field.name().equals(param) && field.rule() != null) {
                        return field.rule();
                    }
                }
            }
            return ParamRule.STRING;
        }

        /** The request path, with the id percent-encoded as one path segment. */
        public String path(String objectId) {
            if (!needsId()) {
                return pathTemplate;
            }
            return pathTemplate.replace(ID, URLEncoder.encode(objectId, StandardCharsets.UTF_8).replace("+", "%20"));
        }

        /**
         * What the call is about, for messages: "customer", "product", "payment intent", "checkout session"; an
         * untyped answer "object".
         */
        public String objectNoun() {
            if (resultType == UntypedStripeObject.class) {
                return "object";
            }
            return resultType.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        }
    }
}
