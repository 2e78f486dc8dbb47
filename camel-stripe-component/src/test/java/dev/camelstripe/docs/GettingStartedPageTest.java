package dev.camelstripe.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven project of docs/getting-started.md is camel-stripe-examples/src/getting-started, file by file: each file
 * is on the page, verbatim, in the block after a paragraph that starts with its path in backticks, and the page shows
 * no file the project lacks. The examples' GettingStartedProjectTest builds and runs that project, so what the page
 * shows is what was built and run.
 */
class GettingStartedPageTest {

    private static final Pattern FILE_LABEL = Pattern.compile("^`([\\w./-]+)`[,:]");

    @Test
    void everyFileOfTheProjectIsOnThePageVerbatimAndNoOther() throws IOException {
        Path project = DocsPaths.repositoryDir().resolve("camel-stripe-examples/src/getting-started");
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(project.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }

        Map<String, String> shown = filesShown(DocsPaths.docsDir().resolve("getting-started.md"));

        assertThat(files).as("the project's files").isNotEmpty().containsKeys("pom.xml");
        assertThat(shown).as("the files shown on docs/getting-started.md").isEqualTo(files);
    }

    /** Path to content of every block whose preceding paragraph starts with a path in backticks. */
    private static Map<String, String> filesShown(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        Map<String, String> shown = new LinkedHashMap<>();
        for (DocSnippetsTest.Block block : DocSnippetsTest.blocks()) {
            if (!block.file().equals(page)) {
                continue;
            }
            int paragraph = block.line() - 2; // the fence's line is 1-based; skip the blank line before it
            while (paragraph > 0 && !lines.get(paragraph - 1).isBlank()) {
                paragraph--;
            }
            Matcher label = FILE_LABEL.matcher(lines.get(paragraph));
            if (label.find()) {
                shown.put(label.group(1), block.code());
            }
        }
        return shown;
    }
}
