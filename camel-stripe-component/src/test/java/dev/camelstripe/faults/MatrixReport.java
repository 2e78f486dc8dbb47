package dev.camelstripe.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one row per scenario from values the test has just asserted, and writes them as a Markdown table under
 * {@code target/} when the class is done: the source of the matrix in docs/fault-injection.md.
 */
final class MatrixReport {

    private final String file;
    private final String header;
    private final List<String> rows = new ArrayList<>();

    MatrixReport(String file, String... columns) {
        this.file = file;
        this.header = "| " + String.join(" | ", columns) + " |\n|" + "---|".repeat(columns.length) + "\n";
    }

    synchronized void row(Object... cells) {
        StringBuilder line = new StringBuilder("|");
        for (Object cell : cells) {
            line.append(' ').append(String.valueOf(cell).replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        rows.add(line.toString());
    }

    synchronized void write() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve(file), header + String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
