package dev.camelstripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.CustomerParams;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.ProductParams;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.model.StripeParams;
import dev.camelstripe.model.UntypedStripeObject;

/**
 * Everything a {@code stripe:} endpoint can do, as one table: each constant is an operation, its kind (an action for
 * {@code to(...)}, a trigger for {@code from(...)}) and, for an action, the {@link Action} descriptor of the Stripe
 * call it makes. Names, kinds and the messages about them live here and nowhere else; the trigger-specific data
 * (list path, item type, creation time) is {@code consumer.StripeTrigger}'s.
 * <p>
 * A new action is one constant with its descriptor: the producer reads method, path, parameters and result from it.
 */
public enum StripeOperation {
    createProduct(Action.post("/v1/products", Product.class, ProductParams.class)
            .requiring("name", "a non-empty string shown to customers")),
    updateProduct(Action.post("/v1/products/{id}", Product.class, ProductParams.class)),
    createCustomer(Action.post("/v1/customers", Customer.class, CustomerParams.class)),
    getCustomer(Action.get("/v1/customers/{id}", Customer.class)),
    updateCustomer(Action.post("/v1/customers/{id}", Customer.class, CustomerParams.class)),
    listCustomers(Action.list("/v1/customers", Customer.class)),
    searchCustomers(Action.search("/v1/customers/search", Customer.class)),
    request(Action.anyCall()),
    newOrders(Kind.TRIGGER),
    newCharges(Kind.TRIGGER),
    newInvoiceItems(Kind.TRIGGER),
    newCustomers(Kind.TRIGGER);

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
     * @param method        the HTTP method
     * @param pathTemplate  the path under the API base; {@code {id}} stands for the addressed object's id
     * @param resultType    what Stripe answers with
     * @param paramsClass   the typed parameters the action takes, or {@code null} when it takes none of its own
     *                      (a retrieve: only its id, and options such as {@code expand})
     * @param requiredParam a parameter that must be a non-empty string, or {@code null}
     * @param requiredMeaning what {@code requiredParam} is, for its error message
     * @param form            what the call answers: one object, a page of a list or of a search (of
     *                        {@code resultType} items), or, for {@code request}, whatever the route asks for
     */
    public record Action(StripeMethod method, String pathTemplate, Class<? extends StripeObject> resultType,
                         Class<? extends StripeParams<?>> paramsClass, String requiredParam, String requiredMeaning,
                         Form form) {

        static final String ID = "{id}";

        /** What a call answers. */
        public enum Form {
            /** One object of the result type. */
            OBJECT,
            /** A page of a list ({@code StripeList}), paged with {@code starting_after} / {@code ending_before}. */
            LIST,
            /** A page of a search ({@code StripeSearchResult}), paged with {@code page} / {@code next_page}. */
            SEARCH,
            /** Any call: method, path and result class come from the endpoint's options or the message. */
            ANY
        }

        /** An action that answers one object. */
        public Action(StripeMethod method, String pathTemplate, Class<? extends StripeObject> resultType,
                      Class<? extends StripeParams<?>> paramsClass, String requiredParam, String requiredMeaning) {
            this(method, pathTemplate, resultType, paramsClass, requiredParam, requiredMeaning, Form.OBJECT);
        }

        static Action post(String pathTemplate, Class<? extends StripeObject> resultType,
                           Class<? extends StripeParams<?>> paramsClass) {
            return new Action(StripeMethod.POST, pathTemplate, resultType, paramsClass, null, null);
        }

        static Action get(String pathTemplate, Class<? extends StripeObject> resultType) {
            return new Action(StripeMethod.GET, pathTemplate, resultType, null, null, null);
        }

        static Action list(String path, Class<? extends StripeObject> itemType) {
            return new Action(StripeMethod.GET, path, itemType, null, null, null, Form.LIST);
        }

        static Action search(String path, Class<? extends StripeObject> itemType) {
            return new Action(StripeMethod.GET, path, itemType, null, null, null, Form.SEARCH)
                    .requiring("query", "a search query in Stripe's search query language, e.g. email:'a@example.com'");
        }

        /** {@code stripe:request}: its call is only known per message, see {@link #resolved}. */
        static Action anyCall() {
            return new Action(null, null, UntypedStripeObject.class, null, null, null, Form.ANY);
        }

        /** The concrete call of a {@code stripe:request} message: an action answering one {@code resultType}. */
        public static Action resolved(StripeMethod method, String pathTemplate,
                                      Class<? extends StripeObject> resultType) {
            return new Action(method, pathTemplate, resultType, null, null, null, Form.OBJECT);
        }

        Action requiring(String param, String meaning) {
            return new Action(method, pathTemplate, resultType, paramsClass, param, meaning, form);
        }

        /** Whether the call answers a page of a list. */
        public boolean isList() {
            return form == Form.LIST;
        }

        /** Whether the call answers a page of a search. */
        public boolean isSearch() {
            return form == Form.SEARCH;
        }

        /** Whether method and path come from the endpoint's options or the message ({@code stripe:request}). */
        public boolean isAnyCall() {
            return form == Form.ANY;
        }

        /** The call as the docs show it: {@code GET /v1/customers/{id}}, or {@code METHOD PATH} for any call. */
        public String call() {
            return isAnyCall() ? "METHOD PATH" : method + " " + pathTemplate;
        }

        /** Whether the call addresses one existing object by its id. */
        public boolean needsId() {
            return pathTemplate != null && pathTemplate.contains(ID);
        }

        /** The request path, with the id percent-encoded as one path segment. */
        public String path(String objectId) {
            if (!needsId()) {
                return pathTemplate;
            }
            return pathTemplate.replace(ID, URLEncoder.encode(objectId, StandardCharsets.UTF_8).replace("+", "%20"));
        }

        /**
         * What the call is about, for messages: "customer", "product"; a PaymentIntent would be "payment intent", an
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
