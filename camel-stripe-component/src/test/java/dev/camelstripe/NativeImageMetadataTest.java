package dev.camelstripe;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraalVM reachability metadata under {@code META-INF/native-image/dev.camelstripe/camel-stripe-component/} is
 * what the compiled classes need, derived from them rather than listed by hand:
 * <ul>
 * <li>full reflection for what Jackson binds: every class of {@code dev.camelstripe.model} (found by scanning the
 * package, so a new model or params class is caught) and every class carrying a Jackson annotation elsewhere
 * ({@code PollState});</li>
 * <li>full reflection for the enums, which Camel converts option values to by reflection;</li>
 * <li>the no-argument constructor of every class Camel instantiates from {@code META-INF/services/org/apache/camel}
 * (the component, its configurers, its URI factory, type converter loaders);</li>
 * <li>every resource the jar holds (those service files, the component JSON, the version file).</li>
 * </ul>
 * Run with {@code -Dnative.regenerate=true} to rewrite the files after a change. A native build cannot run on this
 * project's build machine, so the metadata is checked against the classes, not by building an image.
 */
class NativeImageMetadataTest {

    static final String REGENERATE = "native.regenerate";
    static final String METADATA_DIR = "META-INF/native-image/dev.camelstripe/camel-stripe-component";
    private static final String MODEL_PACKAGE = "dev.camelstripe.model";
    private static final String CAMEL_SERVICES = "META-INF/services/org/apache/camel/";
    private static final List<String> RESOURCE_FOLDERS = List.of("src/main/resources", "src/main/resources-filtered",
            "src/generated/resources");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path classes = mainClassesDir();

    @Test
    void reflectConfigIsWhatTheClassesNeed() throws Exception {
        assertUpToDate("reflect-config.json", JSON.writer(printer()).writeValueAsString(reflectConfig()) + "\n");
    }

    @Test
    void resourceConfigHoldsEveryResourceOfTheJar() throws Exception {
        List<Map<String, String>> includes = resources().stream()
                .map(resource -> Map.of("pattern", "\\Q" + resource + "\\E")).toList();
        assertUpToDate("resource-config.json",
                JSON.writer(printer()).writeValueAsString(Map.of("resources", Map.of("includes", includes))) + "\n");
    }

    @Test
    void everyModelClassIsRegisteredForReflection() throws Exception {
        List<String> models = namedClasses().stream().map(Class::getName)
                .filter(name -> name.startsWith(MODEL_PACKAGE + ".")).toList();
        String committed = Files.readString(committedFile("reflect-config.json"));

        assertThat(models).as("classes of " + MODEL_PACKAGE).contains(MODEL_PACKAGE + ".Customer",
                MODEL_PACKAGE + ".CustomerParams");
        assertThat(models).allSatisfy(model -> assertThat(committed).as("reflect-config.json, run with -D"
                + REGENERATE + "=true").contains("\"name\" : \"" + model + "\""));
    }

    /** Sorted by class name; full reflection for Jackson's and Camel's conversions, a constructor for services. */
    private List<Map<String, Object>> reflectConfig() throws IOException {
        Map<String, Map<String, Object>> entries = new TreeMap<>();
        for (Class<?> type : namedClasses()) {
            String name = type.getName();
            if (name.startsWith(MODEL_PACKAGE + ".") || type.isEnum() || boundByJackson(type)) {
                entries.put(name, fullReflection(name));
            }
        }
        for (String name : instantiatedByCamel()) {
            entries.putIfAbsent(name, constructorOnly(name));
        }
        return new ArrayList<>(entries.values());
    }

    private static Map<String, Object> fullReflection(String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("allDeclaredConstructors", true);
        entry.put("allPublicConstructors", true);
        entry.put("allDeclaredMethods", true);
        entry.put("allPublicMethods", true);
        entry.put("allDeclaredFields", true);
        entry.put("allPublicFields", true);
        return entry;
    }

    private static Map<String, Object> constructorOnly(String name) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        Map<String, Object> constructor = new LinkedHashMap<>();
        constructor.put("name", "<init>");
        constructor.put("parameterTypes", List.of());
        entry.put("methods", List.of(constructor));
        return entry;
    }

    /** A Jackson annotation on the class, or on one of its fields, methods, constructors or their parameters. */
    private static boolean boundByJackson(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
        elements.addAll(List.of(type.getDeclaredFields()));
        elements.addAll(List.of(type.getDeclaredMethods()));
        for (var constructor : type.getDeclaredConstructors()) {
            elements.add(constructor);
            elements.addAll(List.of(constructor.getParameters()));
        }
        return elements.stream().flatMap(element -> Stream.of(element.getDeclaredAnnotations()))
                .map(Annotation::annotationType).map(Class::getPackageName)
                .anyMatch(pkg -> pkg.startsWith("com.fasterxml.jackson.annotation")
                                 || pkg.startsWith("com.fasterxml.jackson.databind.annotation"));
    }

    /** {@code class=...} lines of Camel's service files, and the lines of its type converter loader list. */
    private TreeSet<String> instantiatedByCamel() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String resource : resources()) {
            if (!resource.startsWith(CAMEL_SERVICES)) {
                continue;
            }
            boolean loaderList = resource.endsWith("/TypeConverterLoader");
            for (String line : Files.readAllLines(classes.resolve(resource), StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.startsWith("class=")) {
                    names.add(text.substring("class=".length()).strip());
                } else if (loaderList && !text.isEmpty() && !text.startsWith("#")) {
                    names.add(text);
                }
            }
        }
        return names;
    }

    /** Every class of the main output, top-level and nested, but anonymous and synthetic ones, by name. */
    private List<Class<?>> namedClasses() throws IOException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (String name : files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(java.io.File.separatorChar, '.'))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                    .sorted().toList()) {
                Class<?> type = load(name);
                if (!type.isAnonymousClass() && !type.isSynthetic()) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every file of the jar's resource folders (plain, filtered, generated) but the native-image metadata itself,
     * with / separators: the sources, not the output folder, which other builds write into (Quarkus' index).
     */
    private static List<String> resources() throws IOException {
        TreeSet<String> resources = new TreeSet<>();
        for (String folder : RESOURCE_FOLDERS) {
            Path root = moduleDir().resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                        .filter(name -> !name.startsWith("META-INF/native-image/"))
                        .forEach(resources::add);
            }
        }
        return List.copyOf(resources);
    }

    private static void assertUpToDate(String file, String expected) throws IOException {
        Path committed = committedFile(file);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "")
                .as(committed + " is stale: run this test with -D" + REGENERATE + "=true and commit the file")
                .isEqualTo(expected);
    }

    private static Path committedFile(String file) {
        return moduleDir().resolve("src/main/resources").resolve(METADATA_DIR).resolve(file);
    }

    /** Maven's {@code basedir}, else the working directory (Surefire's default). */
    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    private static Path mainClassesDir() {
        try {
            Path component = Path.of(StripeComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(component)) {
                throw new IllegalStateException("the component's classes are not a directory: " + component);
            }
            return component;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
