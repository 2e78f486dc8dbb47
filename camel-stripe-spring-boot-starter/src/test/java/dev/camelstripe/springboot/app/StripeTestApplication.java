package dev.camelstripe.springboot.app;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** A Boot application whose stripe: endpoints carry no options: everything comes from camel.component.stripe.*. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StripeTestApplication {

    @Bean
    RouteBuilder stripeRoutes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:signup").routeId("signup")
                        .to("stripe:createCustomer");

                from("stripe:newCharges?startFrom=beginning&delay=500").routeId("charges")
                        .to("mock:charges");
            }
        };
    }

    /** A trigger whose every poll fails, for the health checks. */
    @Bean
    @ConditionalOnProperty("test.failing-trigger")
    RouteBuilder failingTrigger() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("stripe:newCustomers?startFrom=beginning&delay=500").routeId("customers")
                        .to("mock:customers");
            }
        };
    }
}
