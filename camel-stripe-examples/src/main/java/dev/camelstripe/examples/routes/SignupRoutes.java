package dev.camelstripe.examples.routes;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.client.StripeApiException;
import dev.camelstripe.client.StripeException;
import dev.camelstripe.model.Customer;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sign-ups over HTTP become Stripe customers:
 * {@code curl -d '{"email":"ada@example.com","name":"Ada Lovelace"}' http://localhost:8080/signup} answers
 * {@code 201 {"id":"cus_...","email":"ada@example.com"}}. The JSON body goes to {@code stripe:createCustomer} as is
 * (any customer parameter Stripe accepts); what Stripe rejects comes back as the HTTP status and Stripe's message.
 */
public class SignupRoutes extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void configure() {
        from("platform-http:/signup?httpMethodRestrict=POST")
                .routeId("signup")
                .onException(StripeException.class)
                    .handled(true)
                    .log(LoggingLevel.WARN, "signup", "sign-up rejected: ${exception.message}")
                    .process(SignupRoutes::error)
                .end()
                .convertBodyTo(String.class)
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

    private static void error(Exchange exchange) throws Exception {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int status = e instanceof StripeApiException api && api.getStatus() < 500 ? api.getStatus() : 400;
        if (e instanceof StripeApiException api && api.getStatus() >= 500) {
            status = 502;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", e.getMessage());
        respond(exchange, status, answer);
    }

    private static void respond(Exchange exchange, int status, Map<String, Object> answer) throws Exception {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(JSON.writeValueAsString(answer));
    }
}
