package dev.camelstripe.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/errors.md names every exception a user can meet: every public exception class of the component, and every
 * exception the component's code throws, the JDK's and Camel's included. Classes nested out of sight (the
 * transport's internal signals, the consumer's cursor check) are caught inside the component and are not listed.
 */
class ErrorsDocTest {

    private static final Pattern THROWN = Pattern.compile("throw new ([A-Za-z0-9_.]+)\\(");
    private static final Pattern HIDDEN_NESTED = Pattern.compile(
            "^\\s+(?:private |protected )?(?:static )?(?:final )?class (\\w+) extends", Pattern.MULTILINE);

    @Test
    void everyExceptionTheComponentThrowsIsDocumented() throws Exception {
        String page = Files.readString(DocsPaths.docsDir().resolve("errors.md"));
        List<Path> sources = mainSources();
        Set<String> hidden = new HashSet<>();
        Set<String> required = new TreeSet<>();
        for (Path source : sources) {
            String code = Files.readString(source);
            Matcher nested = HIDDEN_NESTED.matcher(code);
            while (nested.find()) {
                hidden.add(nested.group(1));
            }
            Class<?> type = Class.forName(className(source));
            if (Throwable.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers())) {
                required.add(type.getSimpleName());
            }
        }
        for (Path source : sources) {
            Matcher thrown = THROWN.matcher(Files.readString(source));
            while (thrown.find()) {
                String name = thrown.group(1).substring(thrown.group(1).lastIndexOf('.') + 1);
                if (!hidden.contains(name)) {
                    required.add(name);
                }
            }
        }

        assertThat(required).as("exceptions found").contains("StripeCardException", "IllegalArgumentException");
        assertThat(required.stream().filter(name -> !page.contains("`" + name + "`")))
                .as("exceptions the component throws that docs/errors.md does not name (as `Name`)")
                .isEmpty();
    }

    private static List<Path> mainSources() {
        Path root = DocsPaths.moduleDir().resolve("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String className(Path source) {
        Path relative = DocsPaths.moduleDir().resolve("src/main/java").relativize(source);
        String path = relative.toString().replace(source.getFileSystem().getSeparator(), ".");
        return path.substring(0, path.length() - ".java".length());
    }
}
