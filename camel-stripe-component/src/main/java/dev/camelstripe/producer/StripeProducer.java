package dev.camelstripe.producer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import dev.camelstripe.client.FormEncoder;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeResponse;
import dev.camelstripe.client.WalkProgress;
import dev.camelstripe.model.StripeJsonObject;
import com.fasterxml.jackson.databind.JavaType;
import dev.camelstripe.model.StripeObject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code to("stripe:…")} step: reads the action's parameters from the body, checks them, makes exactly one Stripe
 * call (the client may retry it under the same idempotency key) and puts the typed result in the body.
 * <p>
 * Headers that steer a call apply to that call only: {@code CamelStripeOperation} is removed once the call succeeded,
 * and the {@code CamelStripeObjectId} and {@code CamelStripeIdempotencyKey} it writes as output are remembered
 * ({@link StepOutput}) so that they steer no later step. Failures are thrown as
 * {@link dev.camelstripe.client.StripeException}s, for Camel's error handler, and leave the message as it was.
 */
public class StripeProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(StripeProducer.class);
    private static final AtomicLong STEPS = new AtomicLong();

    /**
     * This step, for {@link PendingCalls}: Camel gives each {@code to(...)} of a route a producer of its own, and a
     * redelivery runs the same one again.
     */
    private final String step = "to-" + STEPS.incrementAndGet();
    private final IdempotencyKeys keys = IdempotencyKeys.ofThisProcess();

    public StripeProducer(StripeEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public StripeEndpoint getEndpoint() {
        return (StripeEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        StripeOperation operation = operation(message);
        Action declared = operation.action().orElseThrow();
        Action action = declared.isAnyCall() ? AnyCall.resolve(message, getEndpoint()) : declared;
        Object body = replayableBody(message);
        StepOutput earlier = StepOutput.of(exchange);
        Map<String, Object> params = ActionBody.params(operation, action, body, getEndpoint().describe());
        String objectId = action.needsId()
                ? ObjectIds.resolve(operation, action, body, params, message.getHeader(StripeConstants.OBJECT_ID),
                        earlier)
                : null;
        ActionBody.validate(operation, action, params);
        String path = action.path(objectId);

        if (action.isList() || action.isSearch()) {
            JavaType pageType = action.answerType();
            ListCall.Answer answer = ListCall.call(getEndpoint(), operation, action, path, params,
                    request -> call(operation, request, pageType), this::isRunAllowed,
                    () -> exchange.getException() != null || exchange.isRollbackOnly(),
                    StripePages.PageListener.reportingTo(new WalkProgress("stripe:" + operation + " " + path,
                            getEndpoint().getComponent().getTimeSource(), null, null, LOG)));
            done(exchange, action, answer.body(), answer.firstPage(), earlier);
            ListCall.writeCursor(message, answer.body());
            consumed(declared, message);
            return;
        }
        if (!action.sendsIdempotencyKey()) { // a GET or DELETE: idempotent by itself, sent without a key
            StripeResponse<? extends StripeJsonObject> response = call(operation,
                    new StripeRequest(action.method(), path, params, null), action);
            done(exchange, action, response, earlier);
            consumed(declared, message);
            return;
        }
        Map<String, Object> encoded = FormEncoder.encoded(params); // encoded once, for the fingerprint and the body
        String callerKey = callerKey(message, earlier);
        if (callerKey != null) { // the caller's key stays on the message: a redelivery sends it again
            done(exchange, action, call(operation, StripeRequest.post(path, encoded, callerKey), action), earlier);
            consumed(declared, message);
            return;
        }
        String stepAtIndex = step + "#" + exchange.getProperty(Exchange.LOOP_INDEX);
        String fingerprint = IdempotencyKeys.fingerprint(action.method().name(), path, FormEncoder.encode(encoded));
        String key = PendingCalls.keyOf(exchange, stepAtIndex, fingerprint).orElse(null);
        if (key != null) {
            LOG.debug("{} {} {}: a redelivery of a failed call, sent again with its Idempotency-Key {}", operation,
                    action.method(), path, key);
        } else {
            key = keys.next();
        }
        StripeResponse<? extends StripeJsonObject> response;
        try {
            response = call(operation, StripeRequest.post(path, encoded, key), action);
        } catch (RuntimeException failed) { // it may have reached Stripe: a redelivery of this step sends this key
            PendingCalls.failed(exchange, stepAtIndex, fingerprint, key);
            throw failed;
        }
        PendingCalls.succeeded(exchange, stepAtIndex);
        done(exchange, action, response, earlier);
        consumed(declared, message);
    }

    /** A stripe:request's method and path headers steered this call: they steer no later one. */
    private static void consumed(Action declared, Message message) {
        if (declared.isAnyCall()) {
            AnyCall.consumed(message);
        }
    }

    private StripeResponse<? extends StripeJsonObject> call(StripeOperation operation, StripeRequest request,
                                                            Action action) {
        return call(operation, request, action.answerType());
    }

    private <T> StripeResponse<T> call(StripeOperation operation, StripeRequest request, JavaType type) {
        StripeResponse<T> response = getEndpoint().getClient().execute(request, type);
        if (LOG.isDebugEnabled()) { // spares the varargs array and boxing on every call when debug is off
            LOG.debug("{} {} {} answered {} (request {}, {} attempt(s))", operation, request.method(), request.path(),
                    response.status(), response.requestId(), response.attempts());
            if (response.idempotentReplayed()) {
                LOG.debug("{} {} {}: Stripe replayed the answer it stored for Idempotency-Key {} (request {}): the"
                          + " call had been made before and was not made again", operation, request.method(),
                        request.path(), response.idempotencyKey(), response.requestId());
            }
        }
        return response;
    }

    private static void done(Exchange exchange, Action action, StripeResponse<? extends StripeJsonObject> response,
                             StepOutput earlier) {
        done(exchange, action, response.body(), response, earlier);
    }

    /** The result in the body, the output headers set and remembered, the steering input consumed. */
    private static void done(Exchange exchange, Action action, Object result, StripeResponse<?> response,
                             StepOutput earlier) {
        Message message = exchange.getMessage();
        String objectId = result instanceof StripeObject object ? object.getId() : null; // a list page has none
        message.setBody(result);
        message.setHeader(StripeConstants.OBJECT_ID, objectId);
        message.setHeader(StripeConstants.REQUEST_ID, response.requestId());
        message.removeHeader(StripeConstants.OPERATION);
        if (action.sendsIdempotencyKey()) {
            message.setHeader(StripeConstants.IDEMPOTENCY_KEY, response.idempotencyKey());
            message.setHeader(StripeConstants.IDEMPOTENT_REPLAYED, response.idempotentReplayed());
        } else {
            message.removeHeader(StripeConstants.IDEMPOTENT_REPLAYED);
            if (earlier.wroteKey(message.getHeader(StripeConstants.IDEMPOTENCY_KEY))) {
                message.removeHeader(StripeConstants.IDEMPOTENCY_KEY); // a past call's; one the route set stays
            }
        }
        new StepOutput(objectId, action.objectNoun(), response.idempotencyKey()).writeTo(exchange);
    }

    /** The endpoint's operation, or the action the header names. */
    private StripeOperation operation(Message message) {
        Object named = message.getHeader(StripeConstants.OPERATION);
        if (named == null) {
            return getEndpoint().getOperation(); // an action: createProducer refuses a trigger
        }
        String where = "header " + StripeConstants.OPERATION + " at " + getEndpoint().describe();
        StripeOperation operation = named instanceof StripeOperation op ? op
                : StripeOperation.find(named.toString()).orElseThrow(() -> new StripeParameterException(
                        StripeConstants.OPERATION, StripeOperation.unknownMessage(named, where)));
        if (!operation.isAction()) {
            throw new StripeParameterException(StripeConstants.OPERATION,
                    operation.wrongKindMessage(StripeOperation.Kind.ACTION, where));
        }
        return operation;
    }

    /** The caller's key, when the route set one; a key an earlier action wrote describes that call. */
    private static String callerKey(Message message, StepOutput earlier) {
        String header = message.getHeader(StripeConstants.IDEMPOTENCY_KEY, String.class);
        if (header == null || earlier.wroteKey(header)) {
            return null;
        }
        return IdempotencyKeys.checkCallerKey(header, StripeConstants.IDEMPOTENCY_KEY);
    }

    /** A stream body is read once; keep its bytes on the message so a redelivery reads the same parameters. */
    private static Object replayableBody(Message message) throws IOException {
        Object body = message.getBody();
        if (body instanceof InputStream stream) {
            byte[] bytes = stream.readAllBytes();
            message.setBody(bytes);
            return bytes;
        }
        return body;
    }
}
