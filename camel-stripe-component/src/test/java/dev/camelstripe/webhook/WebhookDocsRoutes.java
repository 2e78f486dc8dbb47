package dev.camelstripe.webhook;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Event;
import org.apache.camel.builder.RouteBuilder;

/** The Java sample of docs/webhooks.md: newCustomers swapped for the webhook, the same Customer body downstream. */
class WebhookDocsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("stripe:webhook?webhookSecret={{stripe.webhook-secret}}&types=customer.created")
                .routeId("new-customers-now")
                .setBody(exchange -> exchange.getMessage().getBody(Event.class).getDataObject())
                .log("New customer ${header." + StripeConstants.OBJECT_ID + "}")
                .to("direct:customers");
    }
}
