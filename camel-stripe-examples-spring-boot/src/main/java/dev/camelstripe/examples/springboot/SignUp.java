package dev.camelstripe.examples.springboot;

import java.util.Map;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.camelstripe.model.CustomerParams;

/**
 * What {@code POST /signup} accepts: {@code {"email": "...", "name": "..."}}. Any other field is refused by the JSON
 * binding, so a caller cannot reach other customer parameters (balance, coupon, metadata) through this endpoint.
 */
public record SignUp(String email, String name) {

    /** Marks the customers this endpoint creates. */
    static final Map<String, String> METADATA = Map.of("channel", "signup");

    /** The customer to create; the email is required. */
    CustomerParams toCustomer() {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email is required");
        }
        return new CustomerParams().email(email.strip()).name(name).metadata(METADATA);
    }

    /** What the caller is told when the body is not a sign-up: the field at fault, not the parser's internals. */
    static String refusal(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + unknown.getPropertyName() + ": a sign-up takes email and name";
        }
        if (cause instanceof IllegalArgumentException invalid) {
            return invalid.getMessage();
        }
        return "the body is not a JSON sign-up: {\"email\": \"...\", \"name\": \"...\"}";
    }

    /** The answer to a sign-up. */
    public record Created(String id, String email) {
    }

    /** The answer to a refused or failed sign-up. */
    public record Problem(String error) {
    }
}
