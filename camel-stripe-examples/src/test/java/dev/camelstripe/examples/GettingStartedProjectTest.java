package dev.camelstripe.examples;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import dev.camelstripe.StripeComponent;
import dev.camelstripe.examples.sandbox.SandboxLimits;
import dev.camelstripe.examples.sandbox.StripeSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Maven + Camel Main project of docs/getting-started.md, built and run as the page says: its files (which the
 * docs tests hold equal, file by file, to the page) are copied to an empty directory and {@code mvn -q compile
 * exec:exec} runs there against a sandbox, with the key in the environment as the page says. The application runs
 * in its own JVM on exactly the page's dependencies, so a missing one (a component, the bean language, the logger)
 * fails the test.
 *
 * <p>Offline by construction: the only repository the inner build sees is this build's local repository (as a
 * mirror of every repository), plus a repository of its own holding the component just built. Everything it needs is
 * resolved by the outer build first (the exec plugin included: see the examples' pom).
 */
class GettingStartedProjectTest {

    /** The page's run command, without the options that point Maven at this build's repositories. */
    static final String RUN = "mvn -q compile exec:exec";
    static final Path PROJECT = moduleDir().resolve("src/getting-started");

    @TempDir
    Path work;

    @Test
    void theProjectOfThePageBuildsAndCreatesACustomerOnTheSandbox() throws Exception {
        assertThat(Files.readString(moduleDir().resolveSibling("docs/getting-started.md"))).contains("\n" + RUN + "\n");
        assertThat(Files.readString(PROJECT.resolve("src/main/resources/application.properties")))
                .as("the project points at the standalone sandbox's port")
                .contains("camel.component.stripe.api-base = http://127.0.0.1:" + SandboxLimits.DEFAULT_PORT + "\n");
        Path project = work.resolve("my-stripe-routes");
        copyTree(PROJECT, project);
        Path repository = repositoryWithTheComponent();
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>this-build</id><mirrorOf>*</mirrorOf><url>"
                                    + Path.of(System.getProperty("examples.maven.repository")).toUri()
                                    + "</url></mirror></mirrors></settings>");

        try (StripeSandbox sandbox = StripeSandbox.start()) {
            List<String> command = new ArrayList<>(List.of(maven(), "-B", "-U", "-s", settings.toString(),
                    "-Dmaven.repo.local=" + repository));
            command.addAll(List.of(RUN.substring("mvn ".length()).split(" ")));
            ProcessBuilder build = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("output.txt").toFile());
            Map<String, String> env = build.environment();
            env.put("STRIPE_API_KEY", "sk_test_getting_started");
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                            + env.getOrDefault("PATH", ""));
            // The test's sandbox instead of the page's port, as a JVM system property of the application, which
            // Camel Main puts above application.properties (it reads component options from the environment only for
            // Camel's own components); and stop once the one customer is created (the page's runs until Ctrl-C).
            env.put("JAVA_TOOL_OPTIONS", "-Dcamel.component.stripe.api-base=" + sandbox.baseUrl());
            env.put("CAMEL_MAIN_DURATIONMAXMESSAGES", "1");
            env.put("CAMEL_MAIN_DURATIONMAXSECONDS", "60");
            Process process = build.start();
            boolean ended = process.waitFor(3, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            String output = Files.readString(work.resolve("output.txt"));

            assertThat(ended).as(output).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).containsPattern("INFO  route1 - Created customer cus_\\w+ \\(Stripe request req_\\w+\\)")
                    .doesNotContain("SECURITY WARNING").doesNotContain("SLF4J");
            assertThat(sandbox.customers().all()).singleElement().satisfies(customer -> assertThat(customer)
                    .containsEntry("email", "jenny.rosen@example.com")
                    .containsEntry("description", "My first customer"));
        }
    }

    /** This build's component as if installed, in a repository of the test's own: the shared one is never written. */
    private static Path repositoryWithTheComponent() throws IOException {
        String version = System.getProperty("examples.project.version");
        Path repository = moduleDir().resolve("target/getting-started-repository");
        Path group = repository.resolve("dev/camelstripe");
        Path parent = Files.createDirectories(group.resolve("camel-stripe-parent").resolve(version));
        Files.copy(moduleDir().resolveSibling("pom.xml"), parent.resolve("camel-stripe-parent-" + version + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);
        Path component = Files.createDirectories(group.resolve("camel-stripe-component").resolve(version));
        Files.copy(moduleDir().resolveSibling("camel-stripe-component/pom.xml"),
                component.resolve("camel-stripe-component-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        Path built = Path.of(StripeComponent.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = component.resolve("camel-stripe-component-" + version + ".jar");
        if (Files.isDirectory(built)) {
            jar(built, jar); // the reactor hands over target/classes when the build stops before package
        } else {
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        return repository;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static String maven() {
        String home = System.getProperty("maven.home");
        assertThat(home).as("maven.home (the examples' pom passes it to the tests)").isNotBlank();
        return Path.of(home, "bin", "mvn").toString();
    }

    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }
}
