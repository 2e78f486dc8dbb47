package dev.camelstripe.docs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.camel.util.SecurityUtils;
import org.apache.camel.util.SensitiveUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page and no example gives an API key (or any other secret) in plain text where Camel's security policy prints
 * its {@code SECURITY WARNING} at start: every secret is a property placeholder ({@code {{env:STRIPE_API_KEY}}},
 * {@code {{stripe.api-key}}}) or a vault reference. The rule is Camel's own: a key Camel deems sensitive, with a value
 * Camel deems plain text; a Spring Boot placeholder ({@code ${STRIPE_API_KEY}}, resolved by Spring before Camel sees
 * the value) counts as a placeholder too. It is applied to the properties samples of every page, to every properties
 * file of the examples, and to the {@code apiKey} option of the URIs in the Java and YAML samples and example routes.
 */
class NoPlainTextKeyTest {

    private static final Pattern URI_API_KEY = Pattern.compile("apiKey(?:=|:\\s*)[\"']?([^&\"'\\s)]+)");
    private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");

    @Test
    void noSampleOrExampleHasASecretInPlainText() throws IOException {
        List<String> found = new ArrayList<>();
        for (DocSnippetsTest.Block block : DocSnippetsTest.blocks()) {
            switch (block.language()) {
                case "properties" -> found.addAll(plainSecretsInProperties(block.toString(), block.code()));
                case "java", "yaml", "yml" -> found.addAll(plainKeysInUris(block.toString(), block.code()));
                default -> {
                    // shell and text blocks are not read by Camel
                }
            }
        }
        Path examples = DocsPaths.repositoryDir().resolve("camel-stripe-examples/src");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                // relative, so a clone under a directory named "main" does not pull the tests in
                boolean mainSource = examples.relativize(file).startsWith("main");
                if (name.endsWith(".properties")) {
                    found.addAll(plainSecretsInProperties(file.toString(), Files.readString(file)));
                } else if (name.endsWith(".yaml") || (name.endsWith(".java") && mainSource)) {
                    found.addAll(plainKeysInUris(file.toString(), Files.readString(file)));
                }
            }
        }
        assertThat(found).as("secrets in plain text: use {{env:STRIPE_API_KEY}} or a property placeholder").isEmpty();
    }

    @Test
    void theRuleFindsAPlainKeyAndAcceptsPlaceholders() throws IOException {
        assertThat(plainSecretsInProperties("sample", "camel.component.stripe.api-key = sk_test_plain\n"
                                                      + "stripe.eu.api-key = rk_test_plain\n"))
                .hasSize(2);
        assertThat(plainSecretsInProperties("sample", "camel.component.stripe.api-key = {{env:STRIPE_API_KEY}}\n"
                                                      + "camel.component.stripe.api-base = http://127.0.0.1:4242\n"
                                                      + "stripe.eu.api-key = ${STRIPE_EU_API_KEY}\n"))
                .isEmpty();
        assertThat(plainKeysInUris("sample", "to(\"stripe:getCustomer?apiKey=sk_test_plain\")")).hasSize(1);
        assertThat(plainKeysInUris("sample", "to(\"stripe:getCustomer?apiKey={{stripe.eu.api-key}}\")")).isEmpty();
        assertThat(plainKeysInUris("sample", "  apiKey: \"{{stripe.api-key}}\"")).isEmpty();
    }

    private static List<String> plainSecretsInProperties(String where, String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        List<String> found = new ArrayList<>();
        properties.forEach((key, value) -> {
            if (SensitiveUtils.containsSensitive(key.toString()) && plainText(value.toString())) {
                found.add(where + ": " + key);
            }
        });
        return found;
    }

    private static boolean plainText(String value) {
        return SecurityUtils.isPlainTextSecret(value) && !SPRING_PLACEHOLDER.matcher(value).matches();
    }

    private static List<String> plainKeysInUris(String where, String text) {
        List<String> found = new ArrayList<>();
        Matcher apiKey = URI_API_KEY.matcher(text);
        while (apiKey.find()) {
            if (plainText(apiKey.group(1))) {
                found.add(where + ": apiKey=" + apiKey.group(1));
            }
        }
        return found;
    }
}
