package dev.camelstripe.producer;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.StripeEndpoint;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.client.FormEncoder;
import dev.camelstripe.client.StripeParameterException;
import dev.camelstripe.client.StripeRequest;
import dev.camelstripe.client.StripeResponse;
import dev.camelstripe.model.StripeObject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one of the five actions per message: reads the parameters from the body, checks them, makes exactly one
 * Stripe call (the client may retry it under the same idempotency key) and puts the typed result in the body.
 * Failures are thrown as {@link dev.camelstripe.client.StripeException}s, for Camel's error handler.
 */
public class StripeProducer extends DefaultProducer {

    /**
     * The key this producer last put in {@link StripeConstants#IDEMPOTENCY_KEY} on the exchange. That header then
     * describes a past call, not the caller's wish: a later POST of the same exchange derives its own key rather
     * than reusing it (Stripe would refuse the same key with other parameters).
     */
    static final String KEY_SET_BY_PRODUCER = "CamelStripeIdempotencyKeySetByProducer";

    private static final Logger LOG = LoggerFactory.getLogger(StripeProducer.class);

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
        StripeAction action = StripeAction.of(operation(message));
        Map<String, Object> params = paramsOf(action, message, replayableBody(message));
        String objectId = action.addressesById() ? takeObjectId(action, message, params) : null;
        action.validate(params);
        String path = action.path(objectId);

        StripeRequest request;
        if (action.method().hasBody()) {
            Map<String, Object> encoded = FormEncoder.encoded(params); // encoded once, for the key and the body
            request = StripeRequest.post(path, encoded, idempotencyKey(exchange, action, path, encoded));
        } else {
            request = StripeRequest.get(path, params);
        }
        StripeResponse<? extends StripeObject> response = getEndpoint().getClient().execute(request, action.resultType());
        if (LOG.isDebugEnabled()) { // spares the varargs array and boxing on every call when debug is off
            LOG.debug("{} {} {} answered {} (request {}, {} attempt(s))", action.operation(), request.method(), path,
                    response.status(), response.requestId(), response.attempts());
        }

        message.setBody(response.body());
        message.setHeader(StripeConstants.OBJECT_ID, response.body() == null ? null : response.body().getId());
        message.setHeader(StripeConstants.REQUEST_ID, response.requestId());
        if (response.idempotencyKey() != null) {
            message.setHeader(StripeConstants.IDEMPOTENCY_KEY, response.idempotencyKey());
            exchange.setProperty(KEY_SET_BY_PRODUCER, response.idempotencyKey());
        }
    }

    /** The endpoint's operation, or the one the header names, which must be an action. */
    private StripeOperation operation(Message message) {
        Object named = message.getHeader(StripeConstants.OPERATION);
        if (named == null) {
            return getEndpoint().getOperation();
        }
        StripeOperation operation;
        if (named instanceof StripeOperation op) {
            operation = op;
        } else {
            try {
                operation = StripeOperation.parse(named.toString());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("Header " + StripeConstants.OPERATION + " must name an action ("
                                                   + StripeAction.names() + "), was '" + named + "'");
            }
        }
        if (!operation.isAction()) {
            throw new IllegalArgumentException("Header " + StripeConstants.OPERATION + " must name an action ("
                                               + StripeAction.names() + "), was '" + operation + "', a trigger");
        }
        return operation;
    }

    /**
     * The parameters the body carries. A Stripe object as received (say the Customer a trigger delivered) is not
     * parameters: sending its fields back (object, created …) would be refused. It carries no parameters, and its
     * id addresses the object when the action is about that type and no id header is set.
     */
    private static Map<String, Object> paramsOf(StripeAction action, Message message, Object body) {
        if (!(body instanceof StripeObject received)) {
            return BodyReader.read(body);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String type = received.getClass().getSimpleName();
        if (!action.addressesById()) {
            throw new StripeParameterException("body", action.operation() + " got a " + type + " as body: a Stripe"
                                                       + " object as received is not parameters. Send "
                                                       + BodyReader.ACCEPTED);
        }
        if (message.getHeader(StripeConstants.OBJECT_ID) == null) {
            if (!action.resultType().isInstance(received)) {
                throw new StripeParameterException("id", action.operation() + " needs the " + action.objectNoun()
                                                         + " id, but the body is a " + type + ": set header "
                                                         + StripeConstants.OBJECT_ID + " (a " + type + " is not a "
                                                         + action.objectNoun() + ")");
            }
            params.put("id", received.getId());
        }
        return params;
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

    /** The id of the addressed object: the header wins over {@code id} in the body; {@code id} never stays a param. */
    private static String takeObjectId(StripeAction action, Message message, Map<String, Object> params) {
        Object fromBody = params.remove("id");
        Object fromHeader = message.getHeader(StripeConstants.OBJECT_ID);
        String source = fromHeader != null ? "header " + StripeConstants.OBJECT_ID : "id in the body";
        Object id = fromHeader != null ? fromHeader : fromBody;
        if (id == null) {
            throw new StripeParameterException("id", action.operation() + " needs the " + action.objectNoun()
                                                     + " id: set header " + StripeConstants.OBJECT_ID
                                                     + " or id in the body");
        }
        if (!(id instanceof String text) || text.isBlank()) {
            String problem = String.format("%s needs the %s id as a non-blank string, but %s was %s",
                    action.operation(), action.objectNoun(), source, ParamType.describe(id));
            throw new StripeParameterException(fromHeader != null ? StripeConstants.OBJECT_ID : "id", problem);
        }
        return text;
    }

    /** The caller's key from the header, else one derived from the exchange so a redelivery reuses it. */
    private static String idempotencyKey(Exchange exchange, StripeAction action, String path,
                                         Map<String, Object> params) {
        String header = exchange.getMessage().getHeader(StripeConstants.IDEMPOTENCY_KEY, String.class);
        if (header != null && !header.equals(exchange.getProperty(KEY_SET_BY_PRODUCER))) {
            return IdempotencyKeys.checkCallerKey(header, StripeConstants.IDEMPOTENCY_KEY);
        }
        return IdempotencyKeys.derive(exchange.getExchangeId(), action.operation().name(), path,
                FormEncoder.encode(params));
    }
}
