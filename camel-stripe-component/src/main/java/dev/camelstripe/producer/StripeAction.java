package dev.camelstripe.producer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.camelstripe.StripeOperation;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Customer;
import dev.camelstripe.model.Product;
import dev.camelstripe.model.StripeObject;

/**
 * The five actions as data: the Stripe call each one makes, whether it addresses an existing object by id, what it
 * returns, and which parameters it checks.
 */
enum StripeAction {

    CREATE_PRODUCT(StripeOperation.createProduct, StripeMethod.POST, "/v1/products", false, Product.class,
                   ParamRules.PRODUCT, "name", "a non-empty string shown to customers"),
    UPDATE_PRODUCT(StripeOperation.updateProduct, StripeMethod.POST, "/v1/products", true, Product.class,
                   ParamRules.PRODUCT, null, null),
    CREATE_CUSTOMER(StripeOperation.createCustomer, StripeMethod.POST, "/v1/customers", false, Customer.class,
                    ParamRules.CUSTOMER, null, null),
    GET_CUSTOMER(StripeOperation.getCustomer, StripeMethod.GET, "/v1/customers", true, Customer.class,
                 ParamRules.NONE, null, null),
    UPDATE_CUSTOMER(StripeOperation.updateCustomer, StripeMethod.POST, "/v1/customers", true, Customer.class,
                    ParamRules.CUSTOMER, null, null);

    private static final Map<StripeOperation, StripeAction> BY_OPERATION = new EnumMap<>(StripeOperation.class);

    static {
        for (StripeAction action : values()) {
            BY_OPERATION.put(action.operation, action);
        }
    }

    private final StripeOperation operation;
    private final StripeMethod method;
    private final String collectionPath;
    private final boolean addressesById;
    private final Class<? extends StripeObject> resultType;
    private final ParamRules rules;
    private final String requiredParam;
    private final String requiredParamMeaning;

    StripeAction(StripeOperation operation, StripeMethod method, String collectionPath, boolean addressesById,
                 Class<? extends StripeObject> resultType, ParamRules rules, String requiredParam,
                 String requiredParamMeaning) {
        this.operation = operation;
        this.method = method;
        this.collectionPath = collectionPath;
        this.addressesById = addressesById;
        this.resultType = resultType;
        this.rules = rules;
        this.requiredParam = requiredParam;
        this.requiredParamMeaning = requiredParamMeaning;
    }

    /** The action of an operation; a trigger has none. */
    static StripeAction of(StripeOperation operation) {
        StripeAction action = BY_OPERATION.get(operation);
        if (action == null) {
            throw new IllegalArgumentException(operation + " is a trigger, not an action: it can only start a route."
                                               + " The actions are: " + names());
        }
        return action;
    }

    /** The action names, comma separated, for error messages. */
    static String names() {
        return Arrays.stream(values()).map(a -> a.operation.name()).collect(Collectors.joining(", "));
    }

    StripeOperation operation() {
        return operation;
    }

    StripeMethod method() {
        return method;
    }

    boolean addressesById() {
        return addressesById;
    }

    Class<? extends StripeObject> resultType() {
        return resultType;
    }

    /** The request path: the collection, or one object of it with the id URL-encoded. */
    String path(String objectId) {
        if (!addressesById) {
            return collectionPath;
        }
        return collectionPath + "/" + URLEncoder.encode(objectId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What the id addresses, for error messages: "product" or "customer". */
    String objectNoun() {
        return resultType.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** Checks the parameters before anything is sent. */
    void validate(Map<String, Object> params) {
        if (requiredParam != null) {
            Object value = params.get(requiredParam);
            if (!(value instanceof String text) || text.isEmpty()) {
                throw new StripeParameterException(requiredParam, operation + " needs " + requiredParam + ": "
                                                                  + requiredParamMeaning
                                                                  + (value == null ? "" : ", was " + ParamType.describe(value)));
            }
        }
        rules.validate(params);
    }
}
