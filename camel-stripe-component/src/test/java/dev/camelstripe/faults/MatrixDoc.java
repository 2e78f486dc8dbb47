package dev.camelstripe.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.camelstripe.docs.DocsPaths;
import org.junit.jupiter.api.DynamicTest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The tables of docs/fault-injection.md, rendered from the rows a matrix test has just asserted and compared with the
 * page's generated sections (run with {@code -Ddocs.regenerate=true} to rewrite them instead), so the page cannot
 * drift from the suite. A matrix runs as one test factory: its scenarios, then the comparison; the comparison is made
 * only when every scenario passed, so a partial matrix never judges the page.
 */
final class MatrixDoc {

    static final String PAGE = "fault-injection.md";
    static final String REGENERATE = "docs.regenerate";
    /** How the page shows an Idempotency-Key the producer made: its random per-process part differs on every run. */
    static final String KEY_IN_DOC = "camel-…";

    /** One scenario of a matrix: runs it, asserts, and returns the row it asserted. */
    @FunctionalInterface
    interface Scenario<C, R> {
        R run(C scenario) throws Exception;
    }

    private MatrixDoc() {
    }

    /**
     * A dynamic test per case, in order, then one that compares the page's sections owned by {@code owner} with
     * {@code render} of the rows (one per case, in the cases' order).
     */
    static <C, R> Stream<DynamicTest> matrix(Class<?> owner, List<C> cases, Scenario<C, R> scenario,
                                            Function<List<R>, Map<String, String>> render) {
        List<R> rows = new ArrayList<>();
        Stream<DynamicTest> scenarios = cases.stream()
                .map(c -> dynamicTest(c.toString(), () -> rows.add(scenario.run(c))));
        DynamicTest page = dynamicTest("docs/" + PAGE + " shows what this matrix asserted", () -> {
            assumeTrue(rows.size() == cases.size(), (cases.size() - rows.size()) + " of " + cases.size()
                    + " scenarios failed: the page is compared with a full matrix only");
            check(owner, render.apply(List.copyOf(rows)));
        });
        return Stream.concat(scenarios, Stream.of(page));
    }

    /** A Markdown table. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        out.append("|").append("---|".repeat(header.size())).append('\n');
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /**
     * Merges the rows whose summary cells are equal into one summary row, which lists their subjects (the actions or
     * triggers) as cell {@code subjectColumn}; summary rows come in the order of their first row.
     */
    static <R> List<List<String>> condense(List<R> rows, Function<R, List<String>> summaryCells,
                                           Function<R, String> subject, int subjectColumn) {
        Map<List<String>, List<String>> subjects = new LinkedHashMap<>();
        for (R row : rows) {
            subjects.computeIfAbsent(summaryCells.apply(row), cells -> new ArrayList<>()).add(subject.apply(row));
        }
        List<List<String>> condensed = new ArrayList<>();
        subjects.forEach((cells, of) -> {
            List<String> row = new ArrayList<>(cells);
            row.add(subjectColumn, String.join(", ", of));
            condensed.add(row);
        });
        return condensed;
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        out.append('\n');
    }

    /** Compares (or, with -Ddocs.regenerate=true, rewrites) each named section of the page. */
    static void check(Class<?> owner, Map<String, String> sections) throws IOException {
        Path page = DocsPaths.moduleDir().getParent().resolve("docs").resolve(PAGE);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String begin = "<!-- generated:begin " + section.getKey() + " (" + owner.getSimpleName()
                           + " writes this from what it asserted; do not edit) -->\n";
            String end = "<!-- generated:end " + section.getKey() + " -->";
            int from = text.indexOf(begin);
            int to = text.indexOf(end, Math.max(from, 0));
            if (from < 0 || to < 0) {
                fail("docs/" + PAGE + " lacks the markers\n" + begin + end + "\nbetween which the section goes");
            }
            String current = text.substring(from + begin.length(), to);
            if (!current.equals(section.getValue())) {
                stale.add(section.getKey() + ": " + firstDifference(current, section.getValue()));
                text = text.substring(0, from + begin.length()) + section.getValue() + text.substring(to);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(page, text, StandardCharsets.UTF_8);
            return;
        }
        fail("docs/" + PAGE + " is out of date with what " + owner.getSimpleName() + " asserted:\n"
             + String.join("\n", stale) + "\nRegenerate it: mvn -B -q test -pl camel-stripe-component -Dtest="
             + owner.getSimpleName() + " -D" + REGENERATE + "=true (then review and commit the diff)");
    }

    private static String firstDifference(String current, String expected) {
        String[] was = current.split("\n", -1);
        String[] is = expected.split("\n", -1);
        for (int i = 0; i < Math.max(was.length, is.length); i++) {
            String a = i < was.length ? was[i] : "(nothing)";
            String b = i < is.length ? is[i] : "(nothing)";
            if (!a.equals(b)) {
                return "line " + (i + 1) + " of the section is\n  " + a + "\nbut the suite asserted\n  " + b;
            }
        }
        return "differs";
    }
}
