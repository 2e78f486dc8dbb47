package dev.camelstripe.examples;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.StripeComponent;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import dev.camelstripe.model.StripeJson;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The "raw JSON in, Stripe JSON out" recipe of docs/getting-started.md, verbatim, against a sandbox. */
class RawJsonRecipeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonTextInGivesStripesJsonBack() throws Exception {
        try (StripeSandbox sandbox = StripeSandbox.start(); CamelContext context = new DefaultCamelContext()) {
            StripeComponent stripe = context.getComponent("stripe", StripeComponent.class);
            stripe.getConfiguration().setApiKey("sk_test_raw_json");
            stripe.getConfiguration().setApiBase(sandbox.baseUrl());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:raw-json")
                            // in: JSON text, e.g. {"email": "jo@example.com", "metadata": {"plan": "pro"}}
                            .to("stripe:createCustomer")
                            .process(exchange -> exchange.getMessage().setBody(
                                    StripeJson.mapper().writeValueAsString(exchange.getMessage().getBody())));
                }
            });
            context.start();

            String answer = context.createProducerTemplate().requestBody("direct:raw-json",
                    "{\"email\": \"jo@example.com\", \"metadata\": {\"plan\": \"pro\"}}", String.class);

            Map<String, Object> json = JSON.readValue(answer, new TypeReference<>() {
            });
            Map<String, Object> stored = sandbox.customers().find((String) json.get("id")).orElseThrow();
            assertThat(json).containsEntry("email", "jo@example.com").containsEntry("metadata", Map.of("plan", "pro"))
                    .containsKeys("invoice_settings", "preferred_locales"); // fields the Customer POJO does not model
            // both read from JSON text, so that numbers compare by value
            assertThat(JSON.readTree(answer)).isEqualTo(JSON.readTree(JSON.writeValueAsString(stored))); // nulls too
        }
    }
}
