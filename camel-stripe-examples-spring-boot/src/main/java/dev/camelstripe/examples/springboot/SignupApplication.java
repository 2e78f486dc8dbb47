package dev.camelstripe.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Sign-ups over HTTP become Stripe customers, and every new customer is logged once: a Spring Boot application on
 * the camel-stripe starter, configured in {@code application.properties}. Without {@code STRIPE_API_KEY} it runs on
 * the embedded Stripe sandbox ({@link StripeTarget}).
 */
@SpringBootApplication
public class SignupApplication {

    public static void main(String[] args) {
        SpringApplication.run(SignupApplication.class, args);
    }
}
