package dev.camelstripe.producer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed parameters of one kind of Stripe object, from the connector's tables (plus {@code metadata}). Parameters
 * not listed here are passed on for Stripe to validate.
 */
final class ParamRules {

    static final ParamRules PRODUCT = new ParamRules()
            .with("name", ParamType.STRING)
            .with("active", ParamType.BOOLEAN)
            .with("caption", ParamType.STRING)
            .with("description", ParamType.STRING)
            .with("images", ParamType.URL_LIST)
            .with("shippable", ParamType.BOOLEAN)
            .with("url", ParamType.STRING)
            .with("metadata", ParamType.MAP);

    static final ParamRules CUSTOMER = new ParamRules()
            .with("description", ParamType.STRING)
            .with("email", ParamType.STRING)
            .with("name", ParamType.STRING)
            .with("phone", ParamType.STRING)
            .with("metadata", ParamType.MAP);

    /** For actions without parameters (getCustomer): Stripe validates what is given, such as {@code expand}. */
    static final ParamRules NONE = new ParamRules();

    private final Map<String, ParamType> types = new LinkedHashMap<>();

    private ParamRules with(String name, ParamType type) {
        types.put(name, type);
        return this;
    }

    /** Checks every typed parameter present in {@code params}. */
    void validate(Map<String, Object> params) {
        types.forEach((name, type) -> type.validate(name, params.get(name)));
    }
}
