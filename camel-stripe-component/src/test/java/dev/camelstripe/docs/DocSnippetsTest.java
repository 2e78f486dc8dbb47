package dev.camelstripe.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the samples in docs/*.md from drifting away from code that is compiled and run:
 * <ul>
 * <li>every fenced {@code java} and {@code yaml} block appears, whitespace-normalised, in a test source or test
 * resource of the component, or in a source of the examples modules (Camel Main, Camel Quarkus);</li>
 * <li>every fence names its language, so code cannot hide in an unmarked block;</li>
 * <li>every {@code camel.component.stripe.*} key in a {@code properties} block is an option of the component
 * JSON, and its value (unless a placeholder) binds to a {@code StripeComponent} and reads back non-zero.</li>
 * </ul>
 */
class DocSnippetsTest {

    static final Set<String> CHECKED = Set.of("java", "yaml", "yml");
    static final Set<String> ALLOWED = Set.of("java", "yaml", "yml", "properties", "shell", "text", "json", "xml");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");
    private static final Pattern COMPONENT_KEY = Pattern.compile("^\\s*camel\\.component\\.stripe\\.([A-Za-z0-9-]+)\\s*[=:]");
    private static final Set<String> SOURCE_SUFFIXES = Set.of(".java", ".yaml", ".yml", ".xml", ".properties");

    record Block(Path file, int line, String language, String code) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " (```" + language + ", starts \"" + code.lines().findFirst()
                    .orElse("").strip() + "\")";
        }
    }

    @Test
    void everyJavaAndYamlSampleIsTakenFromTestedCode() {
        String corpus = normalise(sources().stream().map(DocSnippetsTest::read).collect(Collectors.joining("\n")));
        List<Block> checked = blocks().stream().filter(block -> CHECKED.contains(block.language())).toList();
        assertThat(checked).as("java/yaml samples in docs/*.md").isNotEmpty();
        List<Block> drifted = checked.stream().filter(block -> !corpus.contains(normalise(block.code()))).toList();
        assertThat(drifted)
                .as("samples not found in camel-stripe-component/src/test or camel-stripe-examples*/src; copy each from"
                    + " (or into) a test that compiles and runs it")
                .isEmpty();
    }

    @Test
    void everyFenceNamesAnAllowedLanguage() {
        List<Block> unmarked = blocks().stream().filter(block -> !ALLOWED.contains(block.language())).toList();
        assertThat(unmarked).as("fences without a language from " + ALLOWED).isEmpty();
    }

    @Test
    void everyComponentPropertyInThePropertiesSamplesExists() throws IOException {
        JsonNode json = new ObjectMapper().readTree(DocsPaths.componentJson().toFile());
        Set<String> options = new HashSet<>();
        json.get("componentProperties").fieldNames().forEachRemaining(name -> options.add(name.toLowerCase(Locale.ROOT)));
        List<String> unknown = new ArrayList<>();
        for (Block block : blocks()) {
            if (!block.language().equals("properties")) {
                continue;
            }
            for (String line : block.code().lines().toList()) {
                Matcher key = COMPONENT_KEY.matcher(line);
                if (key.find() && !options.contains(key.group(1).replace("-", "").toLowerCase(Locale.ROOT))) {
                    unknown.add(block + ": " + line.strip());
                }
            }
        }
        assertThat(unknown).as("camel.component.stripe.* keys that are not component options").isEmpty();
    }

    @Test
    void everyComponentPropertyInThePropertiesSamplesBindsToTheComponent() throws Exception {
        int bound = 0;
        for (Block block : blocks()) {
            if (!block.language().equals("properties")) {
                continue;
            }
            for (String line : block.code().lines().toList()) {
                Matcher key = COMPONENT_KEY.matcher(line);
                String value = line.substring(line.indexOf('=') + 1).strip();
                if (!key.find() || value.contains("{{")) {
                    continue; // placeholders resolve at run time, from the environment or a vault
                }
                try (org.apache.camel.CamelContext context = new org.apache.camel.impl.DefaultCamelContext()) {
                    dev.camelstripe.StripeComponent stripe = context.getComponent("stripe",
                            dev.camelstripe.StripeComponent.class);
                    boolean done = org.apache.camel.support.PropertyBindingSupport.build().withCamelContext(context)
                            .withTarget(stripe).withProperty(key.group(1), value).bind();
                    assertThat(done).as(block + ": " + line.strip()).isTrue();
                    // Camel reads a malformed duration or number as 0, so a value must read back as non-zero
                    Object read = ((org.apache.camel.spi.PropertyConfigurerGetter) stripe.getComponentPropertyConfigurer())
                            .getOptionValue(stripe, key.group(1).replace("-", ""), true);
                    assertThat(String.valueOf(read)).as(block + ": " + line.strip())
                            .isNotEqualTo(value.equals("0") ? "" : "0").isNotEqualTo("null");
                    bound++;
                }
            }
        }
        assertThat(bound).isGreaterThan(3);
    }

    /** Every fenced block of every page. */
    static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages()) {
            List<String> lines = read(page).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher open = FENCE.matcher(lines.get(i));
                if (!open.matches()) {
                    continue;
                }
                int start = i;
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(page, start + 1, open.group(2).toLowerCase(Locale.ROOT), code.toString()));
            }
        }
        return blocks;
    }

    /** docs/*.md and the READMEs, which show code too. */
    static List<Path> pages() {
        try (Stream<Path> files = Files.list(DocsPaths.docsDir())) {
            List<Path> pages = new ArrayList<>(files.filter(file -> file.toString().endsWith(".md")).sorted().toList());
            pages.add(DocsPaths.repositoryDir().resolve("README.md"));
            pages.add(DocsPaths.repositoryDir().resolve("camel-stripe-examples/README.md"));
            pages.add(DocsPaths.repositoryDir().resolve("camel-stripe-examples-quarkus/README.md"));
            pages.add(DocsPaths.repositoryDir().resolve("camel-stripe-examples-spring-boot/README.md"));
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled-and-run code a sample may be taken from. */
    static List<Path> sources() {
        List<Path> roots = List.of(DocsPaths.moduleDir().resolve("src/test"),
                DocsPaths.repositoryDir().resolve("camel-stripe-examples/src"),
                DocsPaths.repositoryDir().resolve("camel-stripe-spring-boot-starter/src/test"),
                DocsPaths.repositoryDir().resolve("camel-stripe-endpointdsl/src/test"),
                DocsPaths.repositoryDir().resolve("camel-stripe-examples-quarkus/src"),
                DocsPaths.repositoryDir().resolve("camel-stripe-examples-spring-boot/src"));
        List<Path> sources = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> SOURCE_SUFFIXES.stream().anyMatch(file.toString()::endsWith))
                        .filter(file -> !file.getFileName().toString().equals("DocSnippetsTest.java"))
                        .forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    static String normalise(String text) {
        return DocsPaths.normalise(text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
