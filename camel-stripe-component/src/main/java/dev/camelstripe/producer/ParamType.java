package dev.camelstripe.producer;

import dev.camelstripe.model.ParamRule;

import dev.camelstripe.client.StripeParameterException;

/**
 * How a parameter value is shown in an error message. The checks themselves are {@link ParamRule}s, declared with
 * each parameter in its params class; this name stays for the producer's own messages (the object id, a required
 * parameter).
 */
final class ParamType {

    private ParamType() {
    }

    static String describe(Object value) {
        return ParamRule.describe(value);
    }
}
