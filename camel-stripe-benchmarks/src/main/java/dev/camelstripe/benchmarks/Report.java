package dev.camelstripe.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects every figure as Markdown tables, echoing each row as it comes so a long run shows progress, and prints
 * (and saves) the whole report at the end for docs/performance.md.
 */
final class Report {

    private final StringBuilder markdown = new StringBuilder();
    private final List<String> pendingHeader = new ArrayList<>();

    void heading(String title) {
        markdown.append("\n### ").append(title).append("\n\n");
        System.out.println("\n== " + title);
    }

    void line(String text) {
        markdown.append(text).append("\n\n");
        System.out.println(text);
    }

    void table(String... columns) {
        pendingHeader.clear();
        pendingHeader.addAll(List.of(columns));
        markdown.append("| ").append(String.join(" | ", columns)).append(" |\n|");
        markdown.append("---|".repeat(columns.length)).append('\n');
        System.out.println(String.join(" | ", columns));
    }

    void row(Object... cells) {
        List<String> texts = new ArrayList<>();
        for (Object cell : cells) {
            texts.add(format(cell));
        }
        markdown.append("| ").append(String.join(" | ", texts)).append(" |\n");
        System.out.println(String.join(" | ", texts));
    }

    void endTable() {
        markdown.append('\n');
    }

    void finish(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println("\n---- Markdown for docs/performance.md (also in " + file + ") ----");
        System.out.println(markdown);
    }

    static String format(Object cell) {
        if (cell instanceof Double value) {
            double abs = Math.abs(value);
            return String.format(Locale.ROOT, abs >= 100 ? "%,.0f" : abs >= 10 ? "%.1f" : "%.2f", value);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
        }
        return String.valueOf(cell);
    }
}
