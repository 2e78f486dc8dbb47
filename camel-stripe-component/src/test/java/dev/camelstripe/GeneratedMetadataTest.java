package dev.camelstripe;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.webhook.EventsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Camel must use the generated configurers and URI factory (not reflection), and the JSON must describe every option. */
class GeneratedMetadataTest {

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void camelUsesTheGeneratedUriFactory() {
        assertThat(context.getCamelContextExtension().getEndpointUriFactory("stripe"))
                .isInstanceOf(StripeEndpointUriFactory.class);
    }

    @Test
    void camelUsesTheGeneratedConfigurers() {
        PropertyConfigurer component = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("stripe-component", context);
        PropertyConfigurer endpoint = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("stripe-endpoint", context);
        assertThat(component).isInstanceOf(StripeComponentConfigurer.class);
        assertThat(endpoint).isInstanceOf(StripeEndpointConfigurer.class);
    }

    @Test
    void theComponentIsFoundByItsScheme() {
        assertThat(context.getComponent("stripe")).isInstanceOf(StripeComponent.class);
    }

    @Test
    void theJsonDescribesEveryEndpointOptionAndMarksTheKeySecretAndRequired() throws Exception {
        JsonNode json = readJson();
        JsonNode properties = json.get("properties");
        List<String> declared = new ArrayList<>();
        for (Class<?> type : List.of(StripeEndpoint.class, StripeConfiguration.class, EventsConfiguration.class)) {
            for (Field field : type.getDeclaredFields()) {
                boolean nested = field.getType().isAnnotationPresent(UriParams.class);
                if (field.isAnnotationPresent(UriParam.class) && !nested
                        || field.isAnnotationPresent(UriPath.class)) {
                    declared.add(field.getName());
                }
            }
        }
        assertThat(declared).contains("operation", "apiKey", "rateLimit", "delay");
        for (String option : declared) {
            assertThat(properties.has(option)).as("endpoint option %s in stripe.json", option).isTrue();
            assertThat(properties.get(option).path("description").asText())
                    .as("description of %s", option).isNotBlank();
        }
        assertThat(properties.get("apiKey").get("secret").asBoolean()).isTrue();
        assertThat(properties.get("apiKey").get("required").asBoolean()).isTrue();
        assertThat(properties.get("delay").get("defaultValue").asLong()).isEqualTo(120_000L);
        assertThat(properties.get("rateLimit").get("defaultValue").asInt()).isEqualTo(100);
        assertThat(properties.get("rateLimitPeriod").get("defaultValue").asLong()).isEqualTo(60_000L);
    }

    @Test
    void theJsonDescribesEveryComponentOptionAndEveryHeader() throws Exception {
        JsonNode json = readJson();
        JsonNode component = json.get("componentProperties");
        List<String> declared = new ArrayList<>();
        for (Field field : StripeConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(UriParam.class)) {
                declared.add(field.getName());
            }
        }
        declared.addAll(List.of("sslContextParameters", "useGlobalSslContextParameters", "proxyHost", "proxyPort",
                "maxConnections"));
        for (String option : declared) {
            assertThat(component.has(option)).as("component option %s", option).isTrue();
            assertThat(component.get(option).path("description").asText()).as("description of %s", option).isNotBlank();
        }
        assertThat(component.get("apiKey").get("secret").asBoolean()).isTrue();

        List<String> headers = new ArrayList<>();
        for (Field field : StripeConstants.class.getFields()) {
            headers.add((String) field.get(null));
        }
        assertThat(json.get("headers").fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(headers);
        json.get("headers").forEach(h -> assertThat(h.path("description").asText()).isNotBlank());
    }

    private static JsonNode readJson() throws Exception {
        try (InputStream in = GeneratedMetadataTest.class.getResourceAsStream("/META-INF/dev/camelstripe/stripe.json")) {
            assertThat(in).as("generated stripe.json on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
