package dev.camelstripe.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelstripe.StripeOperation;
import dev.camelstripe.StripeOperation.Action;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docs/actions.md must hold, between its markers, the tables of every action rendered from the operation table, and
 * every operation the generated component JSON declares must be documented there (an action in those tables, a
 * trigger in docs/triggers.md). Run with {@code -Ddocs.regenerate=true} to rewrite the section.
 */
class ActionsDocTest {

    static final String BEGIN = "<!-- generated:begin (ActionsDocTest renders this from StripeOperation; do not edit) -->";
    static final String END = "<!-- generated:end -->";

    @Test
    void actionsPageHoldsTheTablesOfTheOperationTable() throws IOException {
        Path page = DocsPaths.docsDir().resolve("actions.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END, Math.max(begin, 0));
        if (begin < 0 || end < begin) {
            fail(page + " lacks the markers\n" + BEGIN + "\n" + END + "\nbetween which the action tables go");
        }
        String expected = "\n" + render() + "\n";
        if (Boolean.getBoolean(ReferenceDocTest.REGENERATE)) {
            Files.writeString(page, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        if (!text.substring(begin + BEGIN.length(), end).equals(expected)) {
            fail("docs/actions.md is out of date with StripeOperation. Regenerate it: mvn -B -q test -pl"
                 + " camel-stripe-component -Dtest=ActionsDocTest -D" + ReferenceDocTest.REGENERATE + "=true");
        }
    }

    @Test
    void everyOperationOfTheGeneratedMetadataIsDocumented() throws IOException {
        JsonNode operations = new ObjectMapper().readTree(DocsPaths.componentJson().toFile())
                .get("properties").get("operation").get("enum");
        String actions = Files.readString(DocsPaths.docsDir().resolve("actions.md"), StandardCharsets.UTF_8);
        // the polling triggers have their page, the events trigger and the webhook theirs
        String triggers = Files.readString(DocsPaths.docsDir().resolve("triggers.md"), StandardCharsets.UTF_8)
                          + Files.readString(DocsPaths.docsDir().resolve("webhooks.md"), StandardCharsets.UTF_8);
        List<String> undocumented = new ArrayList<>();
        assertThat(operations.size()).isEqualTo(StripeOperation.values().length);
        for (JsonNode name : operations) {
            StripeOperation operation = StripeOperation.parse(name.asText(), "stripe.json");
            String row = operation.action().map(action -> "| `stripe:" + operation + "` | `" + action.call() + "` |")
                    .orElse("`stripe:" + operation + "`");
            if (!(operation.isAction() ? actions : triggers).contains(row)) {
                undocumented.add(operation.name());
            }
        }
        assertThat(undocumented).as("operations in stripe.json without their row in docs").isEmpty();
    }

    /** One table per resource, in the order of the operation table. */
    static String render() {
        Map<String, List<StripeOperation>> groups = new LinkedHashMap<>();
        for (StripeOperation operation : StripeOperation.values()) {
            operation.action().ifPresent(action -> groups.computeIfAbsent(
                    action.isAnyCall() ? "any other call" : action.objectNoun() + "s", group -> new ArrayList<>())
                    .add(operation));
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((group, operations) -> {
            out.append(out.isEmpty() ? "" : "\n").append("### ").append(Character.toUpperCase(group.charAt(0)))
                    .append(group.substring(1)).append("\n\n");
            out.append("| endpoint | Stripe call | parameters | result | Idempotency-Key |\n|---|---|---|---|---|\n");
            for (StripeOperation operation : operations) {
                Action action = operation.action().orElseThrow();
                out.append("| `stripe:").append(operation).append("` | `").append(action.call()).append("` | ")
                        .append(params(action)).append(" | `").append(action.answerName()).append("` | ")
                        .append(action.isAnyCall() ? "sent on a POST" : action.sendsIdempotencyKey() ? "sent" : "never")
                        .append(" |\n");
            }
        });
        return out.toString().stripTrailing();
    }

    private static String params(Action action) {
        List<String> parts = new ArrayList<>();
        if (action.paramsClass() != null) {
            parts.add("`" + action.paramsClass().getSimpleName() + "`");
        } else if (action.isList()) {
            parts.add("filters");
        } else if (action.isAnyCall()) {
            parts.add("any, as the call takes them");
        } else if (!action.required().isEmpty()) {
            parts.add("a map");
        }
        if (!action.required().isEmpty()) {
            parts.add("needs " + action.required().stream().map(r -> "`" + r.param() + "`")
                    .collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? "none of its own" : String.join("; ", parts);
    }
}
