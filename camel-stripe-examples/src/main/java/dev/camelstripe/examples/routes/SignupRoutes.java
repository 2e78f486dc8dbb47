package dev.camelstripe.examples.routes;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.client.StripeException;
import dev.camelstripe.model.Customer;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-ups over HTTP become Stripe customers:
 * {@code curl -H 'Content-Type: application/json' -d '{"email":"ada@example.com","name":"Ada Lovelace"}'
 * http://localhost:8080/signup} answers
 * {@code 201 {"id":"cus_...","email":"ada@example.com"}}. Only the fields of a {@link SignupForm} are accepted
 * (anything else is a 400 naming the field, and nothing is sent to Stripe). When Stripe, or anything after the form,
 * fails, the caller gets a generic message and a reference; the details go to the log under that reference, so
 * nothing about the account or the integration leaks to whoever posts to the endpoint.
 */
public class SignupRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger("signup");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom REFERENCES = new SecureRandom();

    @Override
    public void configure() {
        from("platform-http:/signup?httpMethodRestrict=POST")
                .routeId("signup")
                .onException(SignupForm.Refused.class)
                    .handled(true)
                    .log(LoggingLevel.INFO, "signup", "sign-up refused: ${exception.message}")
                    .process(SignupRoutes::refused)
                .end()
                .onException(Exception.class)
                    .handled(true)
                    .process(SignupRoutes::failed)
                .end()
                .process(e -> e.getMessage().setBody(SignupForm.read(e.getMessage().getBody(String.class))
                        .toCustomer()))
                .to("stripe:createCustomer")
                .log(LoggingLevel.INFO, "signup", "created customer ${body.id} <${body.email}> "
                                                  + "(request ${header.CamelStripeRequestId})")
                .process(SignupRoutes::created);
    }

    private static void created(Exchange exchange) throws Exception {
        Customer customer = exchange.getMessage().getBody(Customer.class);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", customer.getId());
        answer.put("email", customer.getEmail());
        respond(exchange, 201, answer);
    }

    /** The caller's own mistake: the message names the field and says nothing else. */
    private static void refused(Exchange exchange) throws Exception {
        respond(exchange, 400, Map.of("error", exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                .getMessage()));
    }

    /** Stripe's answer (or any other failure) stays in the log; the caller gets a reference to quote. */
    private static void failed(Exchange exchange) throws Exception {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reference = "signup-" + Long.toHexString(REFERENCES.nextLong() >>> 1);
        LOG.warn("sign-up failed, reference {}: {}", reference, e.toString());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", "The sign-up could not be completed. Please try again later, and quote the reference "
                            + "if it keeps failing.");
        answer.put("reference", reference);
        respond(exchange, e instanceof StripeException ? 502 : 500, answer);
    }

    private static void respond(Exchange exchange, int status, Map<String, Object> answer) throws Exception {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(JSON.writeValueAsString(answer));
    }
}
