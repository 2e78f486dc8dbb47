package dev.camelstripe.examples;

import java.util.List;
import java.util.Map;

import org.apache.camel.main.Main;
import org.apache.camel.main.SecurityPolicyResult;
import org.apache.camel.util.SecurityViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel's security policy reports at start, so that a test relying on "no violation" could fail: an API key
 * in plain text is reported, the same key through a placeholder is not.
 */
class CamelSecurityWarningTest {

    @Test
    void aKeyInPlainTextIsReportedAndAPlaceholderIsNot() throws Exception {
        assertThat(violations(Map.of("camel.component.stripe.api-key", "sk_test_plain_text")))
                .extracting(SecurityViolation::toString).singleElement().asString()
                .startsWith("[secret] ").endsWith("[camel.component.stripe.apiKey]");
        assertThat(violations(Map.of("camel.component.stripe.api-key", "{{stripe.key}}",
                "stripe.key", "sk_test_from_a_placeholder"))).isEmpty();
    }

    private static List<SecurityViolation> violations(Map<String, String> properties) throws Exception {
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("false"); // not the examples' application.properties
        properties.forEach(main::addInitialProperty);
        main.start();
        try {
            return main.getCamelContext().getCamelContextExtension().getContextPlugin(SecurityPolicyResult.class)
                    .getViolations();
        } finally {
            main.stop();
        }
    }
}
