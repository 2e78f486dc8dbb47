package dev.camelstripe.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IDE shows for {@code camel.component.stripe.*}, read from the metadata Boot's configuration processor
 * wrote into the jar, says what the component's metadata says: every option, its type, description and default.
 */
class ConfigurationMetadataTest {

    @Test
    void everyComponentOptionIsDocumentedAsTheComponentDocumentsIt() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            new ObjectMapper().readTree(in).get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
        }
        StarterSources sources = StarterSources.of(StarterPaths.componentJson());
        assertThat(sources.options()).hasSizeGreaterThan(15);
        for (StarterSources.Option option : sources.options()) {
            JsonNode property = properties.get(option.property());
            assertThat(property).as(option.property()).isNotNull();
            assertThat(property.get("type").asText()).as(option.property()).isEqualTo(option.javaType());
            assertThat(property.path("description").asText()).as(option.property())
                    .isEqualTo(option.description().strip());
            JsonNode expectedDefault = option.defaultValue() == null ? null : StarterSources.bootDefault(option);
            assertThat(property.get("defaultValue")).as(option.property()).isEqualTo(expectedDefault);
            assertThat(property.has("deprecation")).as(option.property()).isEqualTo(option.deprecated());
        }
        assertThat(properties.get("camel.component.stripe.enabled")).isNotNull();
    }
}
