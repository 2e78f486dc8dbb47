package dev.camelstripe.consumer;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * docs/triggers.md, "A poison object": the two ways to move a charge the route cannot handle aside, verbatim, so the
 * trigger's position advances past it. The charges go to direct:ledger, the user's own (failing) step.
 */
final class PoisonChargeRoutes {

    private PoisonChargeRoutes() {
    }

    /** A dead-letter channel: after its redeliveries the charge goes to direct:poison-charges, the route goes on. */
    static RouteBuilder deadLetterChannel() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:poison-charges")
                        .maximumRedeliveries(2)
                        .redeliveryDelay(500));

                from("stripe:newCharges")
                        .to("direct:ledger");

                from("direct:poison-charges")
                        .log(LoggingLevel.WARN, "Charge ${header.CamelStripeObjectId} moved aside:"
                                                + " ${exception.message}")
                        .to("direct:poison-charges-store");
            }
        };
    }

    /** onException(...).handled(true) for one kind of failure: other failures still stop the trigger there. */
    static RouteBuilder handledException() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalArgumentException.class)
                        .handled(true)
                        .to("direct:poison-charges-store");

                from("stripe:newCharges")
                        .to("direct:ledger");
            }
        };
    }
}
