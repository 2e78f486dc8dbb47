package dev.camelstripe.producer;

import java.util.Arrays;
import java.util.Locale;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.client.StripeCall;
import dev.camelstripe.client.StripeMethod;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.client.StripeResponse;
import dev.camelstripe.client.StripeUnexpectedAnswerException;
import dev.camelstripe.model.StripeList;
import dev.camelstripe.model.StripeObject;
import dev.camelstripe.model.UntypedStripeObject;
import org.apache.camel.Message;

/**
 * The call a {@code stripe:request} message makes: method and path from the {@code CamelStripeMethod} and
 * {@code CamelStripePath} headers or else the endpoint's {@code method} and {@code path} options, the answer as the
 * endpoint's {@code resultClass} or an {@link UntypedStripeObject} (every field kept). The result is an ordinary
 * action, so the rest of the step (object id, parameters, idempotency, throttle, retries, errors) is every action's.
 */
final class AnyCall {

    private AnyCall() {
    }

    /** @throws StripeParameterException naming the header or option that is missing or wrong, before sending */
    @SuppressWarnings("unchecked")
    static Action resolve(Message message, StripeEndpoint endpoint) {
        StripeMethod method = method(message.getHeader(StripeConstants.METHOD), endpoint.getMethod());
        Object pathHeader = message.getHeader(StripeConstants.PATH);
        String path;
        if (pathHeader != null) {
            path = RequestPath.checked(pathHeader instanceof String text ? text : null, StripeConstants.PATH);
        } else if (endpoint.getPath() != null) {
            path = RequestPath.checked(endpoint.getPath(), "path");
        } else {
            throw new StripeParameterException("path", "stripe:request needs the path of the call: set the path option"
                                                       + " or header " + StripeConstants.PATH + ", e.g. /v1/balance");
        }
        Class<? extends StripeObject> resultType = endpoint.getResultClass() == null ? UntypedStripeObject.class
                : (Class<? extends StripeObject>) endpoint.getResultClass(); // ProducerOptions checked it
        if (endpoint.isAutoPaginate()) {
            if (method != StripeMethod.GET) {
                throw new StripeParameterException(message.getHeader(StripeConstants.METHOD) != null
                        ? StripeConstants.METHOD : "method", "stripe:request with autoPaginate walks a list or a"
                                                              + " search, which is a GET; the method was " + method);
            }
            return Action.resolvedPages(path, resultType);
        }
        return Action.resolved(method, path, resultType);
    }

    /**
     * Refuses the first page of a walk when it is no list or search result: the path is not a list endpoint (a single
     * object read as a list would walk no object at all, silently).
     */
    static void requirePages(Action action, String path, StripeResponse<? extends StripeList<?>> firstPage) {
        String expected = action.isSearch() ? "search_result" : "list";
        String answered = firstPage.body().getObject();
        if (!expected.equals(answered)) {
            throw new StripeUnexpectedAnswerException("stripe:request with autoPaginate needs the path of a list or"
                    + " search, but the answer is " + (answered == null ? "no Stripe object"
                            : "an object of type '" + answered + "'") + ", not a " + expected + " (request "
                    + firstPage.requestId() + ")", new StripeCall(StripeMethod.GET, path, null, firstPage.attempts()),
                    expected, answered, firstPage.requestId());
        }
    }

    /** Removes the steering headers once the call they steered succeeded, so that they steer no later step. */
    static void consumed(Message message) {
        message.removeHeader(StripeConstants.METHOD);
        message.removeHeader(StripeConstants.PATH);
    }

    private static StripeMethod method(Object header, StripeMethod option) {
        if (header == null) {
            if (option == null) {
                throw new StripeParameterException("method", "stripe:request needs the method of the call: set the"
                                                             + " method option or header " + StripeConstants.METHOD
                                                             + " to one of " + names());
            }
            return option;
        }
        if (header instanceof StripeMethod method) {
            return method;
        }
        String name = header.toString().trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(StripeMethod.values()).filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new StripeParameterException(StripeConstants.METHOD, "stripe:request needs header "
                        + StripeConstants.METHOD + " as one of " + names() + ", was " + ParamType.describe(header)));
    }

    private static String names() {
        return Arrays.toString(StripeMethod.values());
    }
}
