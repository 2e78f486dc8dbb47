package dev.camelstripe.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the docs and the sources they are checked against are, from the component module's directory. */
public final class DocsPaths {

    private DocsPaths() {
    }

    /** The component module's directory: Maven's {@code basedir}, else the working directory (Surefire's default). */
    public static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    static Path repositoryDir() {
        return moduleDir().getParent();
    }

    static Path docsDir() {
        Path docs = repositoryDir().resolve("docs");
        if (!Files.isDirectory(docs)) {
            throw new IllegalStateException("No docs/ directory next to the component module: " + docs);
        }
        return docs;
    }

    /**
     * Whether {@code docs/<page>} shows {@code sample}, whitespace-normalised: for samples (properties) that a test
     * runs from a file and that {@code DocSnippetsTest} does not check.
     */
    public static boolean pageShows(String page, String sample) throws IOException {
        return normalise(Files.readString(docsDir().resolve(page), StandardCharsets.UTF_8)).contains(normalise(sample));
    }

    /** The module's test resource {@code name}, as text. */
    public static String testResource(String name) throws IOException {
        return Files.readString(moduleDir().resolve("src/test/resources").resolve(name), StandardCharsets.UTF_8);
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static Path componentJson() {
        return moduleDir().resolve("src/generated/resources/META-INF/dev/camelstripe/stripe.json");
    }
}
