package dev.camelstripe.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders the option-specific files of the starter from the component's metadata ({@code stripe.json}), the way
 * Apache's camel-spring-boot generator renders its starters (that plugin only reads components of group
 * {@code org.apache.camel}, so it cannot serve this one): the {@code @ConfigurationProperties} class, the converter of
 * bean references to option types, and the defaults for the IDE metadata. Defaults live only in the metadata, not
 * in field initialisers, so an option a user did not set is never copied over a value of the component (or of a
 * {@code configuration} bean).
 */
final class StarterSources {

    static final String PACKAGE = "dev.camelstripe.springboot";
    static final String PREFIX = "camel.component.stripe";
    private static final String HEADER = "// Generated from stripe.json by StarterSourcesTest: do not edit, regenerate.\n";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, String> WRAPPERS = Map.of("boolean", "java.lang.Boolean", "int",
            "java.lang.Integer", "long", "java.lang.Long", "double", "java.lang.Double", "float", "java.lang.Float");

    /** One component option, as the starter binds it. */
    record Option(String name, String javaType, String description, JsonNode defaultValue, boolean deprecated,
                  boolean secret, boolean reference) {

        /** The property name: camel.component.stripe.kebab-case. */
        String property() {
            return PREFIX + "." + name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final List<Option> options;

    private StarterSources(List<Option> options) {
        this.options = options;
    }

    static StarterSources of(Path componentJson) throws IOException {
        JsonNode properties = JSON.readTree(componentJson.toFile()).get("componentProperties");
        List<Option> options = new ArrayList<>();
        properties.fields().forEachRemaining(entry -> options.add(option(entry.getKey(), entry.getValue())));
        return new StarterSources(options);
    }

    private static Option option(String name, JsonNode json) {
        String type = json.get("type").asText();
        String javaType = json.get("javaType").asText();
        // Boot binds 60s, 2m or plain milliseconds to a Duration; Camel converts it back to the option's millis
        String bootType = "duration".equals(type) ? "java.time.Duration" : WRAPPERS.getOrDefault(javaType, javaType);
        boolean reference = "object".equals(type) && !javaType.startsWith("java.");
        return new Option(name, bootType, json.path("description").asText(""), json.get("defaultValue"),
                json.path("deprecated").asBoolean(), json.path("secret").asBoolean(), reference);
    }

    List<Option> options() {
        return options;
    }

    /** The generated files, by path relative to the starter module. */
    Map<String, String> files() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/main/java/dev/camelstripe/springboot/StripeComponentConfiguration.java", configuration());
        files.put("src/main/java/dev/camelstripe/springboot/StripeComponentConverter.java", converter());
        files.put("src/main/resources/META-INF/additional-spring-configuration-metadata.json", metadata());
        return files;
    }

    private String configuration() {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        TreeSet<String> secrets = new TreeSet<>();
        for (Option option : options) {
            String type = option.javaType().replaceFirst("^java\\.lang\\.", "");
            String capitalised = Character.toUpperCase(option.name().charAt(0)) + option.name().substring(1);
            fields.append(javadoc("    ", option.description()));
            if (option.deprecated()) {
                fields.append("    @Deprecated\n");
            }
            fields.append("    private ").append(type).append(' ').append(option.name()).append(";\n");
            accessors.append('\n');
            if (option.deprecated()) {
                accessors.append("    @Deprecated\n    @DeprecatedConfigurationProperty\n");
            }
            accessors.append("    public ").append(type).append(" get").append(capitalised).append("() {\n")
                    .append("        return ").append(option.name()).append(";\n    }\n\n");
            if (option.deprecated()) {
                accessors.append("    @Deprecated\n");
            }
            accessors.append("    public void set").append(capitalised).append('(').append(type).append(' ')
                    .append(option.name()).append(") {\n        this.").append(option.name()).append(" = ")
                    .append(option.name()).append(";\n    }\n");
            if (option.secret()) {
                secrets.add('"' + option.property() + '"');
            }
        }
        return HEADER + "package " + PACKAGE + ";\n\n"
               + "import java.util.Set;\n\n"
               + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
               + "import org.springframework.boot.context.properties.ConfigurationProperties;\n"
               + (options.stream().anyMatch(Option::deprecated)
                       ? "import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;\n" : "")
               + "\n/**\n * The stripe component's options as {@code " + PREFIX + ".*} properties. An option left"
               + " unset keeps the\n * component's default.\n */\n"
               + "@ConfigurationProperties(prefix = \"" + PREFIX + "\")\n"
               + "public class StripeComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n"
               + "    /** The properties whose values are secrets: actuator endpoints mask them. */\n"
               + "    public static final Set<String> SECRET_PROPERTIES = Set.of(" + String.join(", ", secrets) + ");\n\n"
               + "    /** Whether to enable auto configuration of the stripe component. This is enabled by default. */\n"
               + "    private Boolean enabled;\n"
               + fields + accessors + "}\n";
    }

    private String converter() {
        List<String> types = options.stream().filter(Option::reference).map(Option::javaType).distinct().toList();
        StringBuilder pairs = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        for (String type : types) {
            pairs.append("        answer.add(new ConvertiblePair(String.class, ").append(type).append(".class));\n");
            cases.append("            case \"").append(type).append("\": return applicationContext.getBean(ref, ")
                    .append(type).append(".class);\n");
        }
        return HEADER + "package " + PACKAGE + ";\n\n"
               + "import java.util.LinkedHashSet;\n"
               + "import java.util.Set;\n\n"
               + "import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n"
               + "import org.springframework.context.ApplicationContext;\n"
               + "import org.springframework.context.annotation.Configuration;\n"
               + "import org.springframework.core.convert.TypeDescriptor;\n"
               + "import org.springframework.core.convert.converter.GenericConverter;\n\n"
               + "/**\n * Binds {@code #bean:name} (or {@code #name}) in a {@code " + PREFIX + ".*} property to the"
               + " Spring bean of that\n * name, for the options whose type is an object.\n */\n"
               + "@Configuration(proxyBeanMethods = false)\n"
               + "@ConfigurationPropertiesBinding\n"
               + "public class StripeComponentConverter implements GenericConverter {\n\n"
               + "    private final ApplicationContext applicationContext;\n\n"
               + "    public StripeComponentConverter(ApplicationContext applicationContext) {\n"
               + "        this.applicationContext = applicationContext;\n    }\n\n"
               + "    @Override\n"
               + "    public Set<ConvertiblePair> getConvertibleTypes() {\n"
               + "        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n" + pairs
               + "        return answer;\n    }\n\n"
               + "    @Override\n"
               + "    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n"
               + "        if (source == null || !source.toString().startsWith(\"#\")) {\n"
               + "            return null;\n        }\n"
               + "        String ref = source.toString();\n"
               + "        ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n"
               + "        switch (targetType.getName()) {\n" + cases
               + "            default: return null;\n        }\n    }\n}\n";
    }

    private String metadata() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        for (Option option : options) {
            if (option.defaultValue() == null) {
                continue;
            }
            ObjectNode property = properties.addObject();
            property.put("name", option.property());
            property.set("defaultValue", bootDefault(option));
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /** The default as Boot shows it: a Duration as 10s or 1500ms, everything else as Camel writes it. */
    static JsonNode bootDefault(Option option) {
        JsonNode value = option.defaultValue();
        if (!"java.time.Duration".equals(option.javaType())) {
            return value;
        }
        long millis = Long.parseLong(value.asText());
        return JSON.getNodeFactory().textNode(millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
    }

    private static String javadoc(String indent, String text) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder doc = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : text.replace("*/", "*&#47;").split(" ")) {
            if (line.length() + word.length() > 110 - indent.length()) {
                doc.append(indent).append(" * ").append(line.toString().strip()).append('\n');
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        doc.append(indent).append(" * ").append(line.toString().strip()).append('\n');
        return doc.append(indent).append(" */\n").toString();
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
