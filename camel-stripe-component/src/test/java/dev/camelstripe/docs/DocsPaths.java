package dev.camelstripe.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the docs and the sources they are checked against are, from the component module's directory. */
final class DocsPaths {

    private DocsPaths() {
    }

    /** The component module's directory: Maven's {@code basedir}, else the working directory (Surefire's default). */
    static Path moduleDir() {
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

    static Path componentJson() {
        return moduleDir().resolve("src/generated/resources/META-INF/dev/camelstripe/stripe.json");
    }
}
