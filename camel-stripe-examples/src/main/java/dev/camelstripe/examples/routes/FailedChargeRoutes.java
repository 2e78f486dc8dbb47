package dev.camelstripe.examples.routes;

import dev.camelstripe.StripeConstants;
import dev.camelstripe.model.Charge;
import dev.camelstripe.model.Event;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;

/**
 * Watches new charges: one line each, and every failed charge reported once in
 * {@code examples.reports.dir/failed-charges.csv} ({@code id,created,customer,amount,currency,failure_code,
 * failure_message,outcome_type}).
 * <p>
 * What it catches: {@code newCharges} delivers each charge once, as it is when it first appears in the list. A card
 * charge fails at once, so it arrives {@code failed}; a charge that is {@code pending} then and fails later (a bank
 * debit such as SEPA or ACH) arrives {@code pending} and is not delivered again when it fails. Those failures are
 * Stripe's {@code charge.failed} event, which the webhook route receives when {@code examples.webhook.enabled} (on
 * the sandbox, which signs and sends it; on Stripe's test mode with {@code STRIPE_WEBHOOK_SECRET} from
 * {@code stripe listen --forward-to localhost:8080/stripe/webhook}). A card failure reaches both routes: the report
 * keeps the first, by charge id.
 */
public class FailedChargeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("stripe:newCharges?startFrom={{examples.trigger.start-from}}&delay={{examples.trigger.delay}}"
             + "&settleTime={{examples.trigger.settle-time}}&stateRepository=#{{examples.trigger.positions}}")
                .routeId("charges")
                .choice()
                    .when(simple("${body.status} == 'failed'"))
                        .to("direct:failedCharge")
                    .otherwise()
                        .log(LoggingLevel.INFO, "charges", "charge ${body.id} ${body.status} (${body.amount} "
                                                           + "${body.currency}, customer ${body.customer})")
                .end();

        // the webhook route needs its signing secret, so it exists only where one is configured
        if (Boolean.parseBoolean(getContext().resolvePropertyPlaceholders("{{examples.webhook.enabled}}"))) {
            from("stripe:webhook?webhookPath={{examples.webhook.path}}&webhookSecret={{examples.webhook.secret}}"
                 + "&types=charge.failed")
                    .routeId("charge-failed-events")
                    .setBody(exchange -> exchange.getMessage().getBody(Event.class).getDataObject())
                    .to("direct:failedCharge");
        }

        from("direct:failedCharge")
                .routeId("failed-charge-report")
                .idempotentConsumer(header(StripeConstants.OBJECT_ID),
                        MemoryIdempotentRepository.memoryIdempotentRepository(10_000))
                .log(LoggingLevel.WARN, "charges", "charge ${body.id} FAILED: ${body.failureCode} "
                                                   + "\"${body.failureMessage}\" (${body.amount} ${body.currency},"
                                                   + " customer ${body.customer}, outcome ${body.outcome.type})")
                .process(FailedChargeRoutes::reportLine)
                .to("file:{{examples.reports.dir}}?fileName=failed-charges.csv&fileExist=Append");
    }

    /** One CSV line per failed charge. */
    static void reportLine(Exchange exchange) {
        Charge c = exchange.getMessage().getBody(Charge.class);
        exchange.getMessage().setBody(String.join(",", c.getId(), String.valueOf(c.getCreated()),
                Csv.field(c.getCustomer()), String.valueOf(c.getAmount()), Csv.field(c.getCurrency()),
                Csv.field(c.getFailureCode()), Csv.field(c.getFailureMessage()),
                Csv.field(c.getOutcome() == null ? null : c.getOutcome().getType())) + "\n");
    }
}
