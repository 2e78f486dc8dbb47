package dev.camelstripe.producer;

import dev.camelstripe.client.StripeParameterException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.model.StripeObject;

/** The parameters of one action, read from the message body and checked before anything is sent. */
final class ActionBody {

    private ActionBody() {
    }

    /**
     * The body's parameters, {@code id} included. A Stripe object as received (say the Customer a trigger delivered,
     * or one a route edited) is not parameters: an action that takes parameters refuses it, so that no change made
     * to it is lost in silence; a retrieve takes its id (see {@link ObjectIds}).
     *
     * @param endpoint the endpoint, secrets masked, for messages
     */
    static Map<String, Object> params(StripeOperation operation, Action action, Object body, String endpoint) {
        if (body instanceof StripeObject received) {
            if (action.writesFields()) {
                throw refused(operation, action, received);
            }
            return new LinkedHashMap<>();
        }
        try {
            return BodyReader.read(body);
        } catch (StripeParameterException unreadable) {
            if (unreadable.getMessage().startsWith("The body must be " + BodyReader.ACCEPTED)) {
                throw new StripeParameterException("body", "The body of " + operation + " at " + endpoint
                                                           + " must be " + accepted(action) + "; was "
                                                           + body.getClass().getName(), unreadable);
            }
            throw unreadable;
        }
    }

    /** The bodies an action takes, in words, from its descriptor. */
    static String accepted(Action action) {
        String own = action.paramsClass() != null ? action.paramsClass().getSimpleName()
                : "a " + action.resultType().getSimpleName() + " (for its id)";
        return "null, " + own + ", a Map, or a JSON object as String, byte[] or InputStream";
    }

    /**
     * Checks the parameters: the action's required ones (present, not empty, and of their declared kind), then the
     * typed ones of its params class.
     */
    static void validate(StripeOperation operation, Action action, Map<String, Object> params) {
        for (Action.Required required : action.required()) {
            String name = required.param();
            Object value = params.get(name);
            if (isEmpty(value) || action.ruleOf(name).problem(name, value) != null) {
                throw new StripeParameterException(name, operation + " needs " + name + ": " + required.meaning()
                                                         + (value == null ? "" : ", was " + ParamType.describe(value)));
            }
        }
        rules(action).validate(params);
    }

    private static boolean isEmpty(Object value) {
        return value == null || "".equals(value) || value instanceof java.util.Collection<?> list && list.isEmpty()
               || value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** The rules of the action's params class, read from its declarations; none for an action without one. */
    private static ParamRules rules(Action action) {
        return action.paramsClass() == null ? ParamRules.NONE : ParamRules.of(action.paramsClass());
    }

    private static StripeParameterException refused(StripeOperation operation, Action action, StripeObject received) {
        String type = received.getClass().getSimpleName();
        String message = operation + " got a " + type + " as body: a Stripe object is not parameters. Send "
                         + accepted(action);
        if (action.needsId() && action.resultType().isInstance(received)) {
            message += ". An edited " + type + " is not sent as an update, its changes would not reach Stripe: put"
                       + " the fields to change in " + action.paramsClass().getSimpleName() + " with its id";
        }
        return new StripeParameterException("body", message);
    }
}
