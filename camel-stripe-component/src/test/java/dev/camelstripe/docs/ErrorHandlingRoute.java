package dev.camelstripe.docs;

import dev.camelstripe.client.StripeCardException;
import dev.camelstripe.client.StripeConnectionException;
import dev.camelstripe.client.StripeRateLimitException;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * docs/errors.md and docs/throttling-retries-idempotency.md: the onException clauses, verbatim, around a route whose
 * processor makes a real Stripe call through a started stripe: endpoint's client.
 */
public class ErrorHandlingRoute extends RouteBuilder {

    private final Processor stripeCall;

    public ErrorHandlingRoute(Processor stripeCall) {
        this.stripeCall = stripeCall;
    }

    @Override
    public void configure() {
        onException(StripeCardException.class)
            .handled(true)
            .setHeader("declineCode", simple("${exception.declineCode}"))
            .setBody(simple("Declined: ${exception.stripeMessage} [${exception.requestId}]"));

        onException(StripeConnectionException.class)
            .maximumRedeliveries(3)
            .redeliveryDelay(1000)
            .useExponentialBackOff();

        onException(StripeRateLimitException.class)
            .maximumRedeliveries(3)
            .redeliveryDelay(2000)
            .useExponentialBackOff();

        from("direct:call-stripe")
            .process(stripeCall);
    }
}
