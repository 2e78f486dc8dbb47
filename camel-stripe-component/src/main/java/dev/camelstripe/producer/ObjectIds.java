package dev.camelstripe.producer;

import dev.camelstripe.client.StripeParameterException;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.model.StripeObject;

/**
 * Which object an action that addresses one by id is about. The rule (docs/actions.md, "The object id"):
 * <ol>
 * <li>the id the body names ({@code id}, or the id of a Stripe object of the action's type) is the object;</li>
 * <li>{@code CamelStripeObjectId} names it when the body does not;</li>
 * <li>the header that an earlier action wrote on its output describes that result and steers nothing: the body's id
 * wins over it, and it addresses nothing of another type; a header the route or a trigger set that names another
 * object than the body fails before sending, naming both.</li>
 * </ol>
 * Every id is then checked, since it becomes a path segment.
 */
final class ObjectIds {

    private static final String HEADER = "header " + StripeConstants.OBJECT_ID;
    private static final String RULE = "a string that is not empty, '.' or '..' and holds no whitespace or control"
                                       + " character";

    private ObjectIds() {
    }

    /**
     * The id of the addressed object; removes {@code id} from the parameters, since it goes in the path.
     *
     * @param header  the message's {@code CamelStripeObjectId}, or null
     * @param earlier what the last action on the exchange wrote
     */
    static String resolve(StripeOperation operation, Action action, Object body, Map<String, Object> params,
                          Object header, StepOutput earlier) {
        String noun = action.objectNoun();
        Object bodyId = params.remove("id");
        String bodySource = "id in the body";
        if (body instanceof StripeObject received) {
            String type = received.getClass().getSimpleName();
            if (action.resultType().isInstance(received)) {
                bodyId = received.getId();
                bodySource = "the id of the " + type + " in the body";
            } else if (header == null) {
                throw new StripeParameterException("id", operation + " needs the " + noun + " id, but the body is a "
                                                         + type + ": set " + HEADER + " (a " + type + " is not a "
                                                         + noun + ")");
            } else if (header.equals(received.getId())) {
                throw new StripeParameterException(StripeConstants.OBJECT_ID, operation + " needs the " + noun
                        + " id, but the body is a " + type + " and " + HEADER + " holds that " + type + "'s own id "
                        + describe(header) + ": set the header to the " + noun + "'s id (a " + type + " is not a "
                        + noun + ")");
            }
        }
        boolean headerIsOutput = earlier.wroteObjectId(header);
        if (bodyId != null) {
            String id = checked(operation, noun, bodySource, "id", bodyId);
            if (header != null && !headerIsOutput && !header.equals(id)) {
                throw new StripeParameterException("id", operation + " got two " + noun + " ids: " + describe(id)
                                                         + " from " + bodySource + " and " + describe(header)
                                                         + " from " + HEADER + ". Remove the one not meant");
            }
            return id;
        }
        if (header == null) {
            throw new StripeParameterException("id", operation + " needs the " + noun + " id: set " + HEADER
                                                     + " or id in the body");
        }
        if (headerIsOutput && !noun.equals(earlier.objectNoun())) {
            throw new StripeParameterException(StripeConstants.OBJECT_ID, operation + " needs the " + noun + " id: "
                    + HEADER + " holds " + describe(header) + ", the id of the " + earlier.objectNoun()
                    + " an earlier action returned. Set the header or id in the body");
        }
        return checked(operation, noun, HEADER, StripeConstants.OBJECT_ID, header);
    }

    /** The id, when it is one that cannot change which path is called. */
    private static String checked(StripeOperation operation, String noun, String source, String param, Object id) {
        if (!(id instanceof String text) || !isPathSafe(text)) {
            throw new StripeParameterException(param, operation + " needs the " + noun + " id as " + RULE + ", but "
                                                      + source + " was " + describe(id));
        }
        return text;
    }

    /** Not empty, not a dot segment, no whitespace, control or invisible format character. */
    static boolean isPathSafe(String id) {
        return !id.isEmpty() && !id.equals(".") && !id.equals("..") && id.codePoints().noneMatch(ObjectIds::isHidden);
    }

    private static boolean isHidden(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
               || Character.getType(c) == Character.FORMAT;
    }

    /** A value for a message, with the characters an id may not hold written as escapes so that none reaches a log. */
    private static String describe(Object value) {
        if (!(value instanceof String text)) {
            return ParamType.describe(value);
        }
        StringBuilder out = new StringBuilder("'");
        text.codePoints().forEach(c -> {
            if (c != ' ' && isHidden(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('\'').toString();
    }
}
