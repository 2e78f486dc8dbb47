package dev.camelstripe.webhook;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Event;
import dev.camelstripe.model.StripeObject;
import org.apache.camel.Message;

/** How an event becomes a message, the same for stripe:webhook and stripe:events. */
public final class EventMessages {

    private EventMessages() {
    }

    /** The event as body; its id and type, and the id and type of the object it is about, as headers. */
    public static void fill(Message message, Event event) {
        message.setBody(event);
        message.setHeader(StripeConstants.EVENT_ID, event.getId());
        message.setHeader(StripeConstants.EVENT_TYPE, event.getType());
        message.setHeader(StripeConstants.CREATED, event.getCreated());
        StripeObject object = event.getDataObject();
        if (object != null) {
            message.setHeader(StripeConstants.OBJECT_ID, object.getId());
            message.setHeader(StripeConstants.OBJECT_TYPE, object.getObject());
        }
    }
}
