package dev.camelstripe.examples.routes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.model.CustomerParams;

/**
 * What a sign-up form sends, and nothing more: {@code email} (required), {@code name} and {@code phone}, as a JSON
 * object. Any other field is refused, so a caller cannot reach customer parameters a form does not have
 * ({@code balance}, {@code coupon}, {@code metadata} ...). Lengths are Stripe's for a customer (its OpenAPI spec:
 * email 512, name 256, phone 20), so a form Stripe would refuse never leaves.
 */
public record SignupForm(String email, String name, String phone) {

    /** Each field and its longest value, in the order messages list them. */
    static final Map<String, Integer> FIELDS = fields();
    /** One {@code @}, something on both sides, no whitespace: enough to catch a wrong field, Stripe checks the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A field the caller got wrong; its message names the field and is safe to show to the caller. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private static Map<String, Integer> fields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("email", 512);
        fields.put("name", 256);
        fields.put("phone", 20);
        return fields;
    }

    public static SignupForm read(String body) throws Refused {
        JsonNode form;
        try {
            form = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            form = null;
        }
        if (form == null || !form.isObject()) {
            throw new Refused("The body must be a JSON object (Content-Type: application/json) with the fields "
                              + String.join(", ", FIELDS.keySet()));
        }
        List<String> unknown = new ArrayList<>();
        form.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.containsKey(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new Refused("Unknown field(s) " + String.join(", ", unknown) + ": a sign-up has only "
                              + String.join(", ", FIELDS.keySet()));
        }
        String email = text(form, "email");
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new Refused("email is required and must be an email address");
        }
        return new SignupForm(email, text(form, "name"), text(form, "phone"));
    }

    /** The customer this sign-up creates; it is tagged with where it came from. */
    public CustomerParams toCustomer() {
        return new CustomerParams().email(email).name(name).phone(phone).metadata(Map.of("channel", "signup-form"));
    }

    /** The field's text, null when absent, JSON null or blank. */
    private static String text(JsonNode form, String field) throws Refused {
        JsonNode value = form.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Refused(field + " must be a string");
        }
        String text = value.asText().strip();
        if (text.length() > FIELDS.get(field)) {
            throw new Refused(field + " must be at most " + FIELDS.get(field) + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
