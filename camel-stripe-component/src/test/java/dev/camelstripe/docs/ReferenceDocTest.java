package dev.camelstripe.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/reference.md must hold, between its markers, exactly the option and header tables rendered from the component
 * JSON that the build generates. Run with {@code -Ddocs.regenerate=true} to rewrite that section.
 */
class ReferenceDocTest {

    static final String BEGIN = "<!-- generated:begin (ReferenceDocTest renders this from stripe.json; do not edit) -->";
    static final String END = "<!-- generated:end -->";
    static final String REGENERATE = "docs.regenerate";

    @Test
    void referenceMatchesTheComponentJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(DocsPaths.componentJson().toFile());
        String rendered = render(json);
        Path reference = DocsPaths.docsDir().resolve("reference.md");
        String text = Files.readString(reference, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            fail(reference + " lacks the markers\n" + BEGIN + "\n" + END + "\nbetween which the tables go");
        }
        String current = text.substring(begin + BEGIN.length(), end);
        String expected = "\n" + rendered + "\n";
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(reference, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        if (!current.equals(expected)) {
            fail("docs/reference.md is out of date with " + DocsPaths.componentJson().getFileName()
                 + ". Regenerate it: mvn -B -q test -pl camel-stripe-component -Dtest=ReferenceDocTest"
                 + " -D" + REGENERATE + "=true (then review and commit the diff)");
        }
    }

    @Test
    void renderingCoversEveryOptionAndHeader() throws IOException {
        JsonNode json = new ObjectMapper().readTree(DocsPaths.componentJson().toFile());
        String rendered = render(json);
        for (String section : List.of("componentProperties", "properties", "headers")) {
            Iterator<String> names = json.get(section).fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                assertThat(rendered).as(section + "." + name).contains("| `" + name + "` |");
            }
        }
        assertThat(rendered).contains("| `apiKey` | security | string | | yes | yes |");
    }

    /** The three tables, in the JSON's own order. */
    static String render(JsonNode json) {
        StringBuilder out = new StringBuilder();
        out.append("### Component options\n\n");
        out.append("Set on the component (`camel.component.stripe.<name>` in application.properties); options of"
                   + " the connection (those also listed under endpoint options) are the defaults every endpoint"
                   + " starts from.\n\n");
        table(out, json.get("componentProperties"), false);
        out.append("\n### Endpoint options\n\n");
        out.append("Syntax: `").append(json.get("component").get("syntax").asText()).append("`. Query"
                   + " parameters override the component's options for that endpoint.\n\n");
        table(out, json.get("properties"), false);
        out.append("\n### Message headers\n\n");
        table(out, json.get("headers"), true);
        return out.toString().stripTrailing();
    }

    private static void table(StringBuilder out, JsonNode options, boolean headers) {
        out.append(headers
                ? "| Name | Label | Type | Description |\n|---|---|---|---|\n"
                : "| Name | Label | Type | Default | Required | Secret | Description |\n|---|---|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode option = entry.getValue();
            List<String> cells = new ArrayList<>();
            cells.add("`" + entry.getKey() + "`");
            String label = text(option, "label");
            if ("path".equals(text(option, "kind"))) {
                label = label.isEmpty() ? "path" : "path, " + label;
            }
            cells.add(label.replace(",", ", "));
            cells.add(headers ? text(option, "javaType") : type(option));
            if (!headers) {
                cells.add(option.has("defaultValue") ? "`" + text(option, "defaultValue") + "`" : "");
                cells.add(option.path("required").asBoolean() ? "yes" : "");
                cells.add(option.path("secret").asBoolean() ? "yes" : "");
            }
            String description = text(option, "description");
            if (option.has("enum")) {
                description = description.endsWith(".") ? description : description + ".";
                StringJoiner values = new StringJoiner(", ", " One of: ", ".");
                option.get("enum").forEach(value -> values.add("`" + value.asText() + "`"));
                description += values;
            }
            cells.add(description);
            for (String cell : cells) {
                out.append(cell.isEmpty() ? "| " : "| " + escape(cell) + " ");
            }
            out.append("|\n");
        }
    }

    private static String type(JsonNode option) {
        String type = text(option, "type");
        return "object".equals(type) ? "object (`" + text(option, "javaType") + "`)" : type;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
