package dev.camelstripe.examples.springboot;

import com.fasterxml.jackson.core.JacksonException;
import dev.camelstripe.builder.endpoint.dsl.StripeEndpointBuilderFactory;
import dev.camelstripe.client.StripeException;
import dev.camelstripe.model.Customer;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;
import org.springframework.stereotype.Component;

/**
 * {@code POST /signup} with {@code {"email": "ada@example.com", "name": "Ada Lovelace"}} creates a Stripe customer
 * and answers {@code 201 {"id": "cus_...", "email": "ada@example.com"}}. A body that is not a {@link SignUp} is a 400
 * naming what is wrong, and nothing is sent to Stripe; a failure at Stripe is a 502 with a generic message, its
 * details in the log.
 */
@Component
public class SignupRoutes extends RouteBuilder implements StripeEndpointBuilderFactory.StripeBuilders {

    static final String FAILED = "The sign-up could not be completed. Please try again later.";

    @Override
    public void configure() {
        answer(onException(JacksonException.class, IllegalArgumentException.class)
                .handled(true)
                .log(LoggingLevel.INFO, "signup", "sign-up refused: ${exception.message}")
                .setBody(exchange -> new SignUp.Problem(SignUp.refusal(
                        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)))), 400);
        answer(onException(StripeException.class)
                .handled(true)
                .log(LoggingLevel.WARN, "signup", "sign-up failed at Stripe: ${exception.message}")
                .setBody(constant(new SignUp.Problem(FAILED))), 502);

        // the REST DSL refuses a request that is not application/json (415); the route reads and writes the JSON
        // itself, so that a refused body is answered with what is wrong with it
        restConfiguration().clientRequestValidation(true);
        rest("/signup")
                .post().consumes("application/json").produces("application/json")
                .to("direct:signup");

        answer(from("direct:signup").routeId("signup")
                .unmarshal().json(SignUp.class)
                .transform().body(SignUp.class, SignUp::toCustomer)
                .to(stripe("createCustomer"))
                .log(LoggingLevel.INFO, "signup", "created customer ${body.id} <${body.email}>")
                .transform().body(Customer.class, customer -> new SignUp.Created(customer.getId(), customer.getEmail())),
                201);
    }

    /** The body as the JSON answer, with this status and none of the request's headers. */
    private void answer(ProcessorDefinition<?> steps, int status) {
        steps.removeHeaders("*")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(status))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .marshal().json();
    }
}
