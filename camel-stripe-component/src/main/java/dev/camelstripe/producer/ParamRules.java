package dev.camelstripe.producer;

import java.util.List;
import java.util.Map;

import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.model.Field;
import dev.camelstripe.model.Has;
import dev.camelstripe.model.ParamRule;
import dev.camelstripe.model.StripeParams;

/**
 * The checked parameters of one kind of request, read from the {@link Field} declarations of its params class: a
 * parameter's name and type are declared there once, and the same declaration gives the typed setter and the check.
 * Parameters the class does not declare are passed on for Stripe to validate.
 */
final class ParamRules {

    private static final ClassValue<ParamRules> BY_CLASS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected ParamRules computeValue(Class<?> type) {
            return new ParamRules(Field.declaredBy((Class<? extends Has>) type).stream()
                    .filter(field -> field.rule() != null).toList());
        }
    };

    /** For actions without parameters (getCustomer): Stripe validates what is given, such as {@code expand}. */
    static final ParamRules NONE = new ParamRules(List.of());

    private final List<Field<?>> checked;

    private ParamRules(List<Field<?>> checked) {
        this.checked = checked;
    }

    /** The rules of a params class, such as {@code ProductParams}: one per declared parameter with a rule. */
    static ParamRules of(Class<? extends StripeParams<?>> type) {
        return BY_CLASS.get(type);
    }

    /**
     * Checks every declared parameter present in {@code params} and puts it in the form Stripe reads (a single image
     * URL becomes a list of one).
     *
     * @throws StripeParameterException naming the parameter and what was expected; nothing is sent then
     */
    void validate(Map<String, Object> params) {
        for (Field<?> field : checked) {
            String name = field.name();
            Object value = params.get(name);
            ParamRule.Problem problem = field.rule().problem(name, value);
            if (problem != null) {
                throw new StripeParameterException(problem.param(), problem.message());
            }
            Object normalized = field.rule().normalize(value);
            if (normalized != value) {
                params.put(name, normalized);
            }
        }
    }
}
