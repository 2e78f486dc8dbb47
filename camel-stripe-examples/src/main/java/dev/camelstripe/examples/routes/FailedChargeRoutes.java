package dev.camelstripe.examples.routes;

import dev.camelstripe.model.Charge;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Watches new charges: one line each, and every failed charge reported in
 * {@code examples.reports.dir/failed-charges.csv} ({@code id,created,customer,amount,currency,failure_code,
 * failure_message,outcome_type}).
 * <p>
 * What it catches: {@code newCharges} delivers each charge once, as it is when it first appears in the list. A card
 * charge fails at once, so it arrives {@code failed}; a charge that is {@code pending} then and fails later (a bank
 * debit such as SEPA or ACH) arrives {@code pending} and is not delivered again when it fails. Those failures are
 * Stripe's {@code charge.failed} event: receive them with a webhook or events route.
 */
public class FailedChargeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("stripe:newCharges?startFrom={{examples.trigger.start-from}}&delay={{examples.trigger.delay}}"
             + "&settleTime={{examples.trigger.settle-time}}&stateRepository=#{{examples.trigger.positions}}")
                .routeId("charges")
                .choice()
                    .when(simple("${body.status} == 'failed'"))
                        .log(LoggingLevel.WARN, "charges", "charge ${body.id} FAILED: ${body.failureCode} "
                                                           + "\"${body.failureMessage}\" (${body.amount} "
                                                           + "${body.currency}, customer ${body.customer}, "
                                                           + "outcome ${body.outcome.type})")
                        .process(FailedChargeRoutes::reportLine)
                        .to("file:{{examples.reports.dir}}?fileName=failed-charges.csv&fileExist=Append")
                    .otherwise()
                        .log(LoggingLevel.INFO, "charges", "charge ${body.id} ${body.status} (${body.amount} "
                                                           + "${body.currency}, customer ${body.customer})")
                .end();
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
